/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.diagram;

import java.util.LinkedHashMap;
import java.util.Map;

import org.twinscope.analysis.AnalysisResult;
import org.twinscope.analysis.SystemAnalysis;

/** Ready-made diagrams for reports: per system, one boundary diagram that a page switches between practices. */
public final class Diagrams {

    private Diagrams() {
    }

    /** The diagram per system name, for {@code HtmlReport}. */
    public static Map<String, SwitchableDiagram> forReport(AnalysisResult result) {
        Map<String, SwitchableDiagram> diagrams = new LinkedHashMap<>();
        for (SystemAnalysis system : result.systems()) {
            diagrams.put(system.system().getName(), SwitchableDiagram.of(system));
        }
        return diagrams;
    }
}
