/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.twinscope.analysis.SystemAnalysis;
import org.twinscope.analysis.matrix.BoundaryMatrix;
import org.twinscope.diagram.BoundaryDiagram;
import org.twinscope.diagram.DiagramScope;
import org.twinscope.diagram.LaidOutDiagram;
import org.twinscope.diagram.LaidOutDiagram.Box;
import org.twinscope.diagram.LaidOutDiagram.Kind;
import org.twinscope.diagram.SwitchableDiagram;
import org.twinscope.model.twin.Boundary;
import org.twinscope.model.util.ElementNames;
import org.twinscope.testing.Examples;
import org.twinscope.testing.TestModels;

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

    /**
     * The report's diagram of a large system is its overview, switched between practices by classes: a folded
     * boundary carries, for each practice, the class of its matrix cell's status (the bottling line with 160 more
     * sensors in its cell, so that it is drawn as an overview).
     */
    @Test
    void theReportsOverviewClassesAFoldedBoundaryByItsMatrixCells() throws Exception {
        Map<String, String> files = new HashMap<>();
        for (Path file : Files.list(Examples.folder("bottling-line")).filter(f -> !f.toString().endsWith(".png")
                && !f.toString().endsWith(".md")).toList()) {
            files.put(file.getFileName().toString(), Examples.read(file));
        }
        StringBuilder sensors = new StringBuilder();
        for (int i = 0; i < 160; i++) {
            sensors.append("\t\t\tasset ExtraSensor").append(i).append(" kind sensor\n");
        }
        String twin = files.get("bottling-line.twin");
        String anchor = "\t\t\tasset FillLevelSensor";
        assertTrue(twin.contains(anchor), "the bottling line has its fill level sensor");
        files.put("bottling-line.twin", twin.replace(anchor, sensors + anchor));
        SystemAnalysis analysis = TestModels.valid(files).result().systems().get(0);
        SwitchableDiagram diagram = SwitchableDiagram.of(analysis);
        BoundaryMatrix matrix = analysis.matrix(analysis.latestAssessment());
        int compared = 0;
        for (Boundary boundary : analysis.system().getBoundaries()) {
            Matcher group = Pattern.compile("<g id=\"" + Pattern.quote("ts-" + ElementNames.qualified(boundary))
                    + "\" class=\"([^\"]*)\"").matcher(diagram.svg());
            assertTrue(group.find(), boundary.getName() + " is drawn");
            assertTrue(group.group(1).contains("collapsed"), "folded: " + group.group(1));
            List<String> classes = List.of(group.group(1).split(" "));
            for (int i = 0; i < diagram.practices().size(); i++) {
                String cell = matrix.cell(boundary, diagram.practices().get(i)).status();
                String prefix = "p" + i + "-";
                List<String> mine = classes.stream().filter(c -> c.startsWith(prefix)).toList();
                String expected = cell.isEmpty() ? null : SwitchableDiagram.stateClass(i,
                        cell.equals("partially assessed") ? "not-assessed" : cell.replace(' ', '-'));
                assertEquals(expected == null ? List.of() : List.of(expected), mine, boundary.getName() + ", "
                        + diagram.practices().get(i).getName());
                compared++;
            }
        }
        assertTrue(compared > 0);
    }
}
