/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.twinscope.analysis.SystemAnalysis;
import org.twinscope.analysis.matrix.BoundaryMatrix;
import org.twinscope.diagram.BoundaryDiagram;
import org.twinscope.diagram.DiagramScope;
import org.twinscope.diagram.LaidOutDiagram;
import org.twinscope.diagram.LaidOutDiagram.Box;
import org.twinscope.diagram.LaidOutDiagram.Kind;
import org.twinscope.model.twin.Boundary;
import org.twinscope.model.util.ElementNames;

/**
 * In the overview of a large system each top-level boundary is folded into one box; for a practice, that box has the
 * status of the boundary's cell in the boundary matrix (what is at it, inside it and on the links that reach into it),
 * as the full diagram and the Practice Matrix have it. Coloring it by the elements inside alone missed the links.
 */
class OverviewMatrixColorsTest {

    static Iterable<String> examples() {
        return ExampleAnalyses.names();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void aFoldedBoundaryHasTheStatusOfItsMatrixCell(String example) {
        SystemAnalysis analysis = ExampleAnalyses.analyze(example);
        BoundaryMatrix matrix = analysis.matrix(analysis.latestAssessment());
        int compared = 0;
        for (DiagramScope scope : DiagramScope.perApplicablePractice(analysis)) {
            LaidOutDiagram overview = BoundaryDiagram.overview(analysis, scope);
            for (Boundary boundary : analysis.system().getBoundaries()) {
                Box box = overview.boxes().stream().filter(b -> b.kind() == Kind.COLLAPSED_BOUNDARY
                        && ElementNames.qualified(boundary).equals(b.source())).findFirst().orElse(null);
                if (box == null || scope.practices().size() != 1) {
                    continue;
                }
                String cell = matrix.cell(boundary, scope.practices().iterator().next()).status();
                String expected = cell.equals("partially assessed") ? "not-assessed" : cell.replace(' ', '-');
                assertEquals(expected, box.status(), example + ", " + scope.key() + ", " + boundary.getName());
                compared++;
            }
        }
        assertTrue(compared > 0, "no folded boundary compared in " + example);
    }
}
