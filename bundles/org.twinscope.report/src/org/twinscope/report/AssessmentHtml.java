/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.report;

import static org.twinscope.diagram.Markup.escape;

import java.util.List;

import org.twinscope.analysis.coverage.CoverageFinding;
import org.twinscope.analysis.gaps.AssessmentResult;
import org.twinscope.analysis.gaps.MappedControl;
import org.twinscope.analysis.gaps.PracticeGap;
import org.twinscope.analysis.gaps.RollUp;
import org.twinscope.analysis.plan.PlanResult;
import org.twinscope.model.util.ElementNames;

/** One assessment against its profile: its gaps largest first, scorecard, roll-ups and coverage findings. */
final class AssessmentHtml {

    private AssessmentHtml() {
    }

    /** "Audit against PressTargets, 2026-06-30, by Internal audit". */
    static String title(AssessmentResult assessment) {
        StringBuilder title = new StringBuilder(assessment.assessment().getName());
        if (assessment.profile() != null) {
            title.append(" against ").append(assessment.profile().getName());
        }
        if (assessment.assessment().getDate() != null) {
            title.append(", ").append(JsonReport.day(assessment.assessment().getDate()));
        }
        if (assessment.assessment().getAssessor() != null) {
            title.append(", by ").append(assessment.assessment().getAssessor());
        }
        return title.toString();
    }

    /**
     * The gaps, largest first: system-wide results in a table, and the results of elements with a target or rating
     * of their own in a collapsed table below it (a large system has many).
     */
    static void gaps(AssessmentResult assessment, PlanResult plan, LongTexts texts, StringBuilder html) {
        if (assessment.profile() != null && assessment.profile().getIndustry() != null) {
            html.append("<p class=\"note\">Industry-scope targets of ").append(escape(assessment.profile().getName()))
                    .append(" come from: ").append(texts.html(assessment.profile().getIndustry())).append("</p>\n");
        }
        List<PracticeGap> gaps = assessment.gapsBySize();
        if (gaps.isEmpty()) {
            html.append("<p>All targeted practices meet their targets, system-wide and at every element.</p>\n");
            return;
        }
        List<PracticeGap> systemWide = gaps.stream().filter(g -> g.element() == null).toList();
        List<PracticeGap> atElements = gaps.stream().filter(g -> g.element() != null).toList();
        if (!systemWide.isEmpty()) {
            table(systemWide, plan, texts, html);
        }
        if (!atElements.isEmpty()) {
            html.append("<details><summary>At elements with their own target or rating (").append(atElements.size())
                    .append(")</summary>\n");
            table(atElements, plan, texts, html);
            html.append("</details>\n");
        }
    }

    private static void table(List<PracticeGap> gaps, PlanResult plan, LongTexts texts, StringBuilder html) {
        html.append("<table><tr><th>Practice</th><th>Target</th><th>Current</th><th>Status</th>"
                + "<th>Why this target</th><th>Current state from</th><th>Evidence</th>"
                + "<th>To reach the target</th></tr>\n");
        for (PracticeGap gap : gaps) {
            html.append("<tr class=\"").append(gap.status().label().replace(' ', '-')).append("\"><td>")
                    .append(escape(GapText.subject(gap)));
            html.append("</td><td>").append(escape(GapText.target(gap))).append("</td><td>")
                    .append(escape(GapText.current(gap))).append("</td><td>")
                    .append(escape(GapText.status(gap) + GapText.accepted(plan, gap)))
                    .append(gap.scopeGap() > 0 ? ", scope" : "").append("</td><td>")
                    .append(escape(gap.target().provenance()));
            if (gap.target().target().getRationale() != null) {
                html.append(": ").append(texts.html(gap.target().target().getRationale()));
            }
            html.append("</td><td>").append(escape(gap.explanation())).append("</td><td>")
                    .append(texts.html(gap.evidence())).append("</td><td>");
            String open = GapText.openCriteria(gap);
            if (!open.isEmpty()) {
                html.append("<p class=\"criteria\">").append(escape(open)).append("</p>");
            }
            html.append(escape(String.join("; ", gap.controls().stream().map(MappedControl::label).toList())))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    /** Scorecard chart, roll-ups per sub-domain and domain, and where twin and asset are treated separately. */
    static void scorecard(AssessmentResult assessment, StringBuilder html) {
        html.append(ScorecardSvg.write(assessment)).append('\n');
        if (!assessment.coverage().isEmpty()) {
            html.append("<h4>Twin and asset treated separately</h4>\n<ul>\n");
            for (CoverageFinding finding : assessment.coverage()) {
                html.append("<li>").append(escape(finding.message())).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        rollUps("Sub-domains", assessment.subDomains(), html);
        rollUps("Domains", assessment.domains(), html);
    }

    private static void rollUps(String title, List<RollUp> rollUps, StringBuilder html) {
        if (rollUps.isEmpty()) {
            return;
        }
        html.append("<h4>").append(title).append("</h4>\n<p class=\"note\">Roll-up rule: ")
                .append(escape(RollUp.RULE)).append(".</p>\n<table><tr><th>").append(title)
                .append("</th><th>Status</th><th>Target</th><th>Current</th><th>Level gap</th>"
                        + "<th>Practices with gap</th><th>Not assessed</th><th>Partially assessed</th></tr>\n");
        for (RollUp rollUp : rollUps) {
            html.append("<tr class=\"").append(rollUp.status().label().replace(' ', '-')).append("\"><td>")
                    .append(escape(ElementNames.title(rollUp.subject()))).append("</td><td>")
                    .append(escape(rollUp.status().label())).append("</td><td>")
                    .append(escape(rollUp.targetRange())).append("</td><td>")
                    .append(escape(rollUp.currentRange())).append("</td><td>").append(rollUp.levelGap())
                    .append("</td><td>").append(rollUp.withGap()).append(" of ").append(rollUp.practices())
                    .append("</td><td>").append(rollUp.notAssessed()).append("</td><td>")
                    .append(rollUp.partiallyAssessed()).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }
}
