/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.twinscope.diagram.BoundaryDiagram;
import org.twinscope.diagram.DiagramScope;
import org.twinscope.diagram.PngRenderer;
import org.twinscope.diagram.SvgRenderer;
import org.twinscope.testing.Golden;

/**
 * The SVG of every example equals its golden file, and renders to PNG. After an intended change, regenerate with
 * {@code ./mvnw -o verify -pl tests/org.twinscope.diagram.tests -am -Dtwinscope.updateGolden=true} and look at the
 * pictures ({@code examples/render-diagrams.sh}).
 */
class GoldenSvgTest {

    static Stream<String> examples() {
        return ExampleAnalyses.names().stream();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void svgMatchesGoldenFileAndRenders(String example) throws Exception {
        String svg = SvgRenderer.render(BoundaryDiagram.full(ExampleAnalyses.analyze(example), DiagramScope.all()));
        assertTrue(svg.contains("<title>"), "tooltips");
        assertTrue(svg.contains("id=\"ts-"), "stable ids");
        assertFalse(svg.contains("NaN"), "no invalid coordinates");
        byte[] png = PngRenderer.render(svg, 1);
        assertTrue(png.length > 1000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "renders to PNG");

        Golden.assertMatches(example + ".svg", svg);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void layoutIsDeterministic(String example) {
        String first = SvgRenderer.render(BoundaryDiagram.full(ExampleAnalyses.analyze(example), DiagramScope.all()));
        String second = SvgRenderer.render(BoundaryDiagram.full(ExampleAnalyses.analyze(example),
                DiagramScope.all()));
        assertTrue(first.equals(second), "two layouts of the same model differ");
    }
}
