/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.report;

import static org.twinscope.diagram.Markup.escape;

import org.twinscope.analysis.SystemAnalysis;
import org.twinscope.analysis.gaps.PracticeGap;
import org.twinscope.analysis.plan.AcceptanceState;
import org.twinscope.analysis.plan.ActionState;
import org.twinscope.analysis.plan.PlanResult;
import org.twinscope.model.smm.Action;
import org.twinscope.model.util.ElementNames;

/** The report's remediation plan: actions by due date (overdue first), accepted gaps, gaps nobody plans to close. */
final class PlanHtml {

    private PlanHtml() {
    }

    /** "1 action", "3 actions". */
    static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    static void write(SystemAnalysis system, LongTexts texts, StringBuilder html) {
        PlanResult plan = system.plan();
        if (plan.isEmpty()) {
            return;
        }
        html.append("<details class=\"section\"><summary>Remediation plan (")
                .append(count(plan.actions().size(), "action")).append(", ")
                .append(count(plan.acceptances().size(), "accepted gap")).append(", ")
                .append(count(plan.withoutAction().size(), "open gap")).append(" without an action)</summary>\n")
                .append("<p class=\"note\">Against the latest assessment, as of ").append(plan.asOf()).append(".</p>\n");
        if (!plan.actions().isEmpty()) {
            html.append("<table><tr><th>Action</th><th>Raises</th><th>On</th><th>Owner</th><th>Due</th>"
                    + "<th>Status</th><th>Open gaps it addresses</th></tr>\n");
            for (ActionState state : plan.actions()) {
                Action action = state.action();
                html.append("<tr class=\"").append(state.overdue() || state.doneButOpen() ? "gap" : "")
                        .append("\"><td>").append(escape(action.getName()))
                        .append(action.getDescription() == null ? "" : ": " + texts.html(action.getDescription()))
                        .append("</td><td>").append(escape(ElementNames.distinctTitle(action.getPractice()) + " to "
                                + action.getLevel().getLiteral()))
                        .append("</td><td>").append(escape(action.getElements().isEmpty() ? "the whole system"
                                : String.join(", ", action.getElements().stream().map(ElementNames::label)
                                        .toList())))
                        .append("</td><td>").append(escape(action.getOwner()))
                        .append("</td><td>").append(escape(JsonReport.day(action.getDue())))
                        .append("</td><td>").append(escape(state.describe()))
                        .append("</td><td>").append(state.gaps().size()).append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        if (!plan.acceptances().isEmpty()) {
            html.append("<h4>Accepted gaps</h4>\n<p class=\"note\">Shown, not hidden: an accepted gap stays in every "
                    + "table; the CI gates ignore it until its date, and count it again after.</p>\n<table><tr>"
                    + "<th>Practice</th><th>On</th><th>Accepted by</th><th>Until</th><th>Why</th><th>State</th>"
                    + "</tr>\n");
            for (AcceptanceState state : plan.acceptances()) {
                html.append("<tr class=\"").append(state.expired() ? "gap" : "overridden").append("\"><td>")
                        .append(escape(ElementNames.distinctTitle(state.acceptance().getPractice())))
                        .append("</td><td>").append(escape(state.acceptance().getElements().isEmpty()
                                ? "the whole system" : String.join(", ", state.acceptance().getElements().stream()
                                        .map(ElementNames::label).toList())))
                        .append("</td><td>").append(escape(state.acceptance().getAcceptedBy()))
                        .append("</td><td>").append(escape(JsonReport.day(state.acceptance().getUntil())))
                        .append("</td><td>").append(texts.html(state.acceptance().getJustification()))
                        .append("</td><td>").append(state.expired() ? "expired: the gap counts again" : "accepted")
                        .append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        if (!plan.withoutAction().isEmpty()) {
            html.append("<h4>Open gaps without an action</h4>\n<ul>\n");
            for (PracticeGap gap : plan.withoutAction()) {
                html.append("<li>").append(escape(GapText.subject(gap) + ": " + GapText.status(gap)))
                        .append("</li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("</details>\n");
    }
}
