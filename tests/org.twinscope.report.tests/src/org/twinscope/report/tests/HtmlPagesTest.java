/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.twinscope.analysis.AnalysisResult;
import org.twinscope.diagram.Diagrams;
import org.twinscope.report.HtmlReport;
import org.twinscope.testing.TestModels;

/** The report's pages: which files there are, and that long texts and diagrams are not repeated. */
class HtmlPagesTest {

    private static final String TARGETS = """
            profile Targets for %1$s { target AccessControl consistent scope system }
            assessment Audit of %1$s against Targets { rate AccessControl ad-hoc scope system }
            """;

    @Test
    void aLongDescriptionIsShortenedWithItsLengthAndInFullOnce() {
        StringBuilder manual = new StringBuilder();
        for (int i = 0; manual.length() < 20_000; i++) {
            manual.append("Step ").append(i).append(" of the manual. ");
        }
        String last = manual.toString().strip();
        last = last.substring(last.lastIndexOf("Step "));
        AnalysisResult result = TestModels.valid(Map.of("line.twin", """
                system Line {
                	boundary Cell kind ot-zone { asset Filler "%s" kind machine criticality high }
                	twin FillerTwin represents Filler
                	sync Feed: Filler -> FillerTwin telemetry every 1 s
                }
                """.formatted(manual.toString().strip()), "t.smm", TARGETS.formatted("Line"))).result();
        String html = HtmlReport.write(result, Diagrams.forReport(result));
        assertEquals(1, html.split(java.util.regex.Pattern.quote(last), -1).length - 1,
                "the whole description once, under Full texts");
        assertTrue(html.contains(String.format(java.util.Locale.ROOT, "(%,d characters)", manual.toString().strip()
                .length())), "shortened where shown, with its length");
        assertTrue(html.contains("<a href=\"#text-1\">full text</a>") && html.contains("id=\"text-1\""),
                "the short text links to the full one");
    }

    @Test
    void severalSystemsGetAnIndexAndOnePagePerSystemWithOneDiagramEach() {
        AnalysisResult result = TestModels.valid(Map.of("lines.twin", """
                system Line { asset Filler kind machine twin FillerTwin represents Filler }
                system Press { asset Press kind machine twin PressTwin represents Press }
                """, "line.smm", TARGETS.formatted("Line"), "press.smm", TARGETS.formatted("Press")
                .replace("Targets", "PressTargets").replace("Audit", "PressAudit"))).result();
        Map<String, String> pages = HtmlReport.pages(result, Diagrams.forReport(result));
        assertEquals(List.of("index.html", "report.css", "systems/Line.html", "systems/Press.html"),
                pages.keySet().stream().sorted().toList());
        for (String page : List.of("systems/Line.html", "systems/Press.html")) {
            assertEquals(1, pages.get(page).split("class=\"twinscope-diagram\"", -1).length - 1, page);
            assertTrue(pages.get(page).contains("<link rel=\"stylesheet\" href=\"../report.css\">"), page);
        }
        assertTrue(pages.get("report.css").contains(".pk0:checked~.canvas .p0-gap{"), "the picker's rules");
        assertTrue(pages.get("index.html").indexOf("systems/Line.html") > 0);
    }

    @Test
    void systemNamesThatDifferOnlyInCaseGetDifferentFiles() {
        AnalysisResult result = TestModels.valid(Map.of("lines.twin", """
                system Line { asset Filler kind machine }
                system line { asset Capper kind machine }
                """)).result();
        assertEquals(List.of("index.html", "report.css", "systems/Line.html", "systems/line-2.html"),
                HtmlReport.pages(result, Map.of()).keySet().stream().sorted().toList());
    }
}
