/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.report;

import static org.twinscope.diagram.Markup.escape;

import java.util.List;

import org.twinscope.analysis.gaps.AssessmentResult;
import org.twinscope.analysis.gaps.PracticeGap;
import org.twinscope.analysis.matrix.BoundaryMatrix;
import org.twinscope.analysis.matrix.MatrixCell;
import org.twinscope.model.smm.Practice;
import org.twinscope.model.twin.Boundary;
import org.twinscope.model.twin.Synchronization;
import org.twinscope.model.util.ElementNames;

/** The boundary x practice matrix: how many elements each practice applies to per boundary, colored by status. */
final class MatrixHtml {

    private MatrixHtml() {
    }

    static void write(BoundaryMatrix matrix, AssessmentResult latest, StringBuilder html) {
        html.append("<p class=\"note\">A mark means the practice applies to the "
                + "boundary, to something inside it, or to a link that reaches inside it")
                .append(latest == null ? "." : "; colors give its status in " + escape(latest.assessment().getName())
                        + ". Hover a cell for the reasons.")
                .append("</p>\n<p class=\"legend\"><span class=\"met\">met</span><span class=\"gap\">gap</span>"
                        + "<span class=\"not-assessed\">not assessed</span>"
                        + "<span class=\"partially-assessed\">partially assessed</span><span class=\"untargeted\">no target"
                        + "</span><span class=\"overridden\">declared not applicable</span></p>\n");
        html.append("<table class=\"matrix\"><tr><th>Boundary</th><th class=\"sl\" title=\"IEC 62443 target "
                + "security level of the zone and of the conduits into it; a security level, not a maturity level\">"
                + "SL-T</th>");
        for (Practice practice : matrix.practices()) {
            html.append("<th class=\"practice\" title=\"").append(escape(practice.getObjective())).append("\">")
                    .append(escape(ElementNames.distinctTitle(practice))).append("</th>");
        }
        html.append("</tr>\n");
        for (Boundary boundary : matrix.boundaries()) {
            html.append("<tr><th>").append(escape(boundary.getName())).append("</th>");
            securityLevels(matrix, boundary, html);
            for (Practice practice : matrix.practices()) {
                MatrixCell cell = matrix.cell(boundary, practice);
                if (cell.applicabilities().isEmpty()) {
                    html.append("<td></td>");
                    continue;
                }
                String status = cell.status();
                StringBuilder tooltip = new StringBuilder(ElementNames.distinctTitle(practice) + " at "
                        + boundary.getName() + ": " + status);
                PracticeGap worst = cell.worst();
                if (worst != null && !cell.overridden()) {
                    tooltip.append(" (worst at ").append(worst.element() == null ? "the system"
                            : ElementNames.label(worst.element())).append(": ").append(worst.explanation())
                            .append(')');
                }
                // the element and its rule; the rules' facts and reasons are listed once, under "Why practices apply"
                cell.applicabilities().stream().limit(12).forEach(a -> tooltip.append("\n- ")
                        .append(ElementNames.label(a.element())).append(" (rule ").append(a.rule().getName())
                        .append(a.isOverridden() ? ", declared not applicable" : "").append(')'));
                if (cell.applicabilities().size() > 12) {
                    tooltip.append("\n(").append(cell.applicabilities().size() - 12).append(" more)");
                }
                html.append("<td class=\"").append(status.replace(' ', '-')).append("\" title=\"")
                        .append(escape(tooltip.toString())).append("\">").append(cell.applicabilities().size())
                        .append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    /** "SL 2" for the zone, and each conduit with its own level ("Feed: SL 3"), apart from the maturity cells. */
    private static void securityLevels(BoundaryMatrix matrix, Boundary boundary, StringBuilder html) {
        List<String> levels = new java.util.ArrayList<>();
        Integer zone = BoundaryMatrix.securityLevel(boundary);
        if (zone != null) {
            levels.add("SL " + zone);
        }
        for (Synchronization conduit : matrix.conduits(boundary)) {
            levels.add(ElementNames.label(conduit) + ": SL " + BoundaryMatrix.securityLevel(conduit));
        }
        html.append("<td class=\"sl\">").append(escape(String.join("; ", levels))).append("</td>");
    }

}
