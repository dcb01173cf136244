/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.report;

import static org.twinscope.diagram.Markup.escape;

import java.util.List;
import java.util.function.Function;

import org.twinscope.model.smm.Assessment;

/**
 * The report's first screen: one row per system, worst first, that says how it stands (results by gap size, how much
 * of its targets was assessed, what changed since the previous assessment) and links down to its details.
 */
final class SummaryHtml {

    private static final String[] GAP_HEADERS = { "3+ levels", "2 levels", "1 level", "scope only" };

    private SummaryHtml() {
    }

    /**
     * @param link where each system's details are (a page or an anchor)
     */
    static void write(List<SystemSummary> summaries, Function<SystemSummary, String> link, StringBuilder html) {
        // the counts are results: a practice's target for the whole system, or for an element a target names
        html.append("<table class=\"summary\"><thead><tr><th rowspan=\"2\">System</th>"
                + "<th rowspan=\"2\">Latest assessment</th><th colspan=\"4\" class=\"group\" title=\"Results "
                + "(a practice for the whole system or at an element a target names) below their target, by how many "
                + "levels\">Gaps by size</th>"
                + "<th rowspan=\"2\" title=\"Targeted results nobody rated, or rated only on some elements\">"
                + "Not assessed</th><th rowspan=\"2\" title=\"Results that reach their target\">Met</th>"
                + "<th rowspan=\"2\" title=\"System-wide targets rated for the whole system\">Coverage</th>"
                + "<th rowspan=\"2\" title=\"Since the previous assessment\">Trend</th></tr><tr>");
        for (String header : GAP_HEADERS) {
            html.append("<th class=\"num\">").append(header).append("</th>");
        }
        html.append("</tr></thead><tbody>\n");
        for (SystemSummary summary : summaries) {
            row(summary, link.apply(summary), html);
        }
        html.append("</tbody></table>\n<p class=\"note\">Gaps, not assessed and met count results: a practice's "
                + "target for the whole system, and each element a target or rating names on its own.</p>\n");
    }

    private static void row(SystemSummary summary, String link, StringBuilder html) {
        html.append("<tr><th class=\"system\"><a href=\"").append(escape(link)).append("\">")
                .append(escape(summary.system().system().getName())).append("</a></th>");
        if (summary.latest() == null) {
            html.append("<td colspan=\"9\" class=\"note\">no assessment</td></tr>\n");
            return;
        }
        Assessment assessment = summary.latest().assessment();
        html.append("<td>").append(escape(assessment.getName()));
        if (assessment.getDate() != null) {
            html.append(" <span class=\"note\">").append(escape(JsonReport.day(assessment.getDate()))).append("</span>");
        }
        html.append("</td>");
        String[] classes = { "gap3", "gap2", "gap1", "gap1" };
        for (int i = 0; i < summary.gaps().length; i++) {
            count(summary.gaps()[i], classes[i], html);
        }
        count(summary.notAssessed(), "not-assessed", html);
        count(summary.met(), "met", html);
        coverage(summary, html);
        trend(summary, html);
        html.append("</tr>\n");
    }

    private static void count(int count, String cssClass, StringBuilder html) {
        html.append("<td class=\"num").append(count > 0 ? " " + cssClass : "").append("\">")
                .append(count > 0 ? Integer.toString(count) : "").append("</td>");
    }

    private static void coverage(SystemSummary summary, StringBuilder html) {
        int percent = summary.targeted() == 0 ? 100 : Math.round(100f * summary.assessed() / summary.targeted());
        html.append("<td class=\"coverage\"><span class=\"bar\"><i style=\"width:").append(percent)
                .append("%\"></i></span> ").append(summary.assessed()).append(" of ").append(summary.targeted());
        if (summary.accepted() > 0) {
            html.append(" <span class=\"note\">(").append(summary.accepted()).append(" accepted)</span>");
        }
        html.append("</td>");
    }

    private static void trend(SystemSummary summary, StringBuilder html) {
        if (summary.step() == null) {
            html.append("<td class=\"note\">first assessment</td>");
            return;
        }
        html.append("<td title=\"").append(escape(summary.step().summary())).append("\">");
        if (summary.regressed() > 0) {
            html.append("<span class=\"down\">\u25bc ").append(summary.regressed()).append(" regressed</span> ");
        }
        if (summary.improved() > 0) {
            html.append("<span class=\"up\">\u25b2 ").append(summary.improved()).append(" improved</span>");
        }
        if (summary.regressed() == 0 && summary.improved() == 0) {
            html.append("unchanged");
        }
        html.append("</td>");
    }
}
