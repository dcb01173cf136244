/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.diagram;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.twinscope.analysis.AnalysisResult;
import org.twinscope.analysis.SystemAnalysis;

/** Ready-made diagrams for reports: per system, the boundary diagram for "all" and for each applicable practice. */
public final class Diagrams {

    private Diagrams() {
    }

    /**
     * SVG per system name and scope title, for {@code HtmlReport.write(result, diagrams)}.
     *
     * @param perPractice also one diagram per applicable practice (else only "all practices")
     */
    public static Map<String, Map<String, String>> forReport(AnalysisResult result, boolean perPractice) {
        Map<String, Map<String, String>> diagrams = new LinkedHashMap<>();
        for (SystemAnalysis system : result.systems()) {
            Map<String, String> svgs = new LinkedHashMap<>();
            List<DiagramScope> scopes = perPractice ? DiagramScope.perApplicablePractice(system)
                    : List.of(DiagramScope.all());
            for (DiagramScope scope : scopes) {
                svgs.put(scope.title(), SvgRenderer.render(BoundaryDiagram.auto(system, scope)));
            }
            diagrams.put(system.system().getName(), svgs);
        }
        return diagrams;
    }
}
