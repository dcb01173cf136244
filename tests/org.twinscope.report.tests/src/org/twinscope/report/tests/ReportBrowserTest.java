/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinscope.diagram.Legend;
import org.twinscope.diagram.SwitchableDiagram;
import org.twinscope.dsl.load.AnalyzedModel;
import org.twinscope.report.ReportFolder;
import org.twinscope.testing.Chromium;
import org.twinscope.testing.Examples;
import org.twinscope.testing.TestModels;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

/**
 * The report as a reader sees it, in headless Chromium: the pages open without script or console errors, request
 * nothing outside the report folder, and the practice picker recolors the diagram to exactly the picked practice's
 * states. Screenshots land in the module's {@code target/screenshots}. Without Chromium the test fails under CI
 * ({@code CI=true}) and is skipped elsewhere.
 */
class ReportBrowserTest {

    private static Chromium chromium;

    @BeforeAll
    static void startBrowser() throws IOException {
        if (Chromium.executable() == null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("Chromium is not installed, and CI must run the browser test: install the Debian package "
                        + "chromium (.ci/run installs it)");
            }
            Assumptions.abort("Chromium is not installed (Debian package chromium): browser test skipped");
        }
        chromium = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void anExampleReportOpensCleanlyAndItsPickerShowsOnePractice(@TempDir Path temp) throws IOException {
        AnalyzedModel model = TestModels.example("bottling-line");
        Path folder = temp.resolve("report");
        ReportFolder.write(model.result(), model.locator(Examples.folder("bottling-line")), folder, false);
        Chromium.Tab tab = chromium.open(1600, 1000);
        tab.navigate(folder.resolve(ReportFolder.INDEX).toUri().toString());
        tab.screenshot(screenshots().resolve("report-example.png"), false);
        assertTrue(tab.evaluate("document.querySelectorAll('table.summary tbody tr').length").getAsInt() == 1,
                "one row for the one system on the first screen");
        pickerShowsEachPractice(tab, "bottling-line");
        assertClean(tab, folder);
        tab.close();
    }

    @Test
    void aReportOfSeveralSystemsHasAnIndexAndAPagePerSystem(@TempDir Path temp) throws IOException {
        AnalyzedModel model = TestModels.read(Examples.folder("bottling-line"), Examples.folder("water-utility"));
        Path folder = temp.resolve("report");
        ReportFolder.write(model.result(), model.locator(Examples.folder()), folder, false);
        Chromium.Tab tab = chromium.open(1600, 1000);
        tab.navigate(folder.resolve(ReportFolder.INDEX).toUri().toString());
        tab.screenshot(screenshots().resolve("report-two-systems.png"), false);
        JsonArray links = tab.evaluate("[...document.querySelectorAll('table.summary a')].map(a => a.href)")
                .getAsJsonArray();
        assertEquals(2, links.size(), "a link per system");
        assertEquals(0, tab.evaluate("document.querySelectorAll('svg.twinscope-diagram').length").getAsInt(),
                "the index draws no diagram");
        for (JsonElement link : links) {
            Path page = Path.of(java.net.URI.create(link.getAsString()));
            assertTrue(Files.isRegularFile(page) && page.startsWith(folder.resolve("systems")), page.toString());
            tab.navigate(link.getAsString());
            assertEquals(1, tab.evaluate("document.querySelectorAll('svg.twinscope-diagram').length").getAsInt(),
                    "one diagram on " + page);
            tab.screenshot(screenshots().resolve("report-system-" + page.getFileName() + ".png"), false);
            assertEquals(folder.resolve(ReportFolder.INDEX), Path.of(java.net.URI.create(
                    tab.evaluate("document.querySelector('.crumbs a').href").getAsString())),
                    "the page links back to the index");
        }
        tab.navigate(links.get(0).getAsString());
        pickerShowsEachPractice(tab, "first-system");
        assertClean(tab, folder);
        tab.close();
    }

    /**
     * Clicks the picker's labels as a user would and checks, for every element of the drawing, the fill Chromium
     * computes: a practice's status where it applies, neutral elsewhere; and "all practices" back as at first.
     */
    private static void pickerShowsEachPractice(Chromium.Tab tab, String name) throws IOException {
        String fills = "[...document.querySelectorAll('.canvas :is(.asset,.twin,.actor,.boundary,.collapsed-boundary)"
                + "')].map(g => getComputedStyle(g.querySelector(':scope>rect')).fill)";
        JsonArray before = tab.evaluate(fills).getAsJsonArray();
        int practices = tab.evaluate("document.querySelectorAll('.picker>input.pk').length").getAsInt();
        assertTrue(practices > 3, "a picker entry per applicable practice: " + practices);
        int shown = tab.evaluate("[...Array(" + practices + ").keys()].map(i => document.querySelectorAll("
                + "'.canvas [class*=\" p' + i + '-\"]').length).reduce((best, n, i, all) => n > all[best] ? i : best, 0)")
                .getAsInt(); // the practice that applies in most places: the most telling screenshot
        boolean anyChange = false;
        for (int i = 0; i < practices; i++) {
            clickLabel(tab, "input.pk" + i);
            assertTrue(tab.evaluate("document.querySelector('.picker>input.pk" + i + "').checked").getAsBoolean(),
                    "a click on its label picks practice " + i);
            JsonArray after = tab.evaluate(fills).getAsJsonArray();
            JsonArray classes = tab.evaluate("[...document.querySelectorAll('.canvas :is(.asset,.twin,.actor,"
                    + ".boundary,.collapsed-boundary)')].map(g => g.getAttribute('class'))").getAsJsonArray();
            List<String> wrong = new ArrayList<>();
            for (int e = 0; e < after.size(); e++) {
                String expected = rgb(Legend.fill(status(classes.get(e).getAsString(), i)));
                if (!expected.equals(after.get(e).getAsString())) {
                    wrong.add(classes.get(e).getAsString() + ": " + after.get(e).getAsString() + ", expected "
                            + expected);
                }
            }
            assertEquals(List.of(), wrong, "elements colored by practice " + i);
            assertTrue(tab.evaluate("getComputedStyle(document.querySelector('.canvas ."
                    + SwitchableDiagram.titleClass(i) + "')).display != 'none'").getAsBoolean(), "its title shows");
            anyChange |= !after.equals(before);
            if (i == shown) {
                tab.evaluate("document.querySelector('.picker').scrollIntoView()");
                tab.screenshot(screenshots().resolve("report-" + name + "-picked.png"), false);
            }
        }
        assertTrue(anyChange, "some practice's view differs from all practices'");
        clickLabel(tab, "input.pk-all");
        assertEquals(before, tab.evaluate(fills).getAsJsonArray(), "all practices again as at first");
    }

    /** The element's status for practice i from its classes ("p3-gap"), or "" where the practice does not apply. */
    private static String status(String classes, int practice) {
        String prefix = "p" + practice + "-";
        for (String name : classes.split(" ")) {
            if (name.startsWith(prefix)) {
                return name.substring(prefix.length());
            }
        }
        return "";
    }

    private static void clickLabel(Chromium.Tab tab, String input) throws IOException {
        JsonArray center = tab.evaluate("(() => { const l = document.querySelector('.picker>" + input + "+label');"
                + " l.scrollIntoView({block: 'center'}); const r = l.getBoundingClientRect();"
                + " return [r.x + r.width / 2, r.y + r.height / 2]; })()").getAsJsonArray();
        tab.click(center.get(0).getAsDouble(), center.get(1).getAsDouble());
    }

    /** "#f7d4d2" as getComputedStyle gives it: "rgb(247, 212, 210)". */
    private static String rgb(String hex) {
        int value = Integer.parseInt(hex.substring(1), 16);
        return "rgb(" + (value >> 16) + ", " + (value >> 8 & 0xff) + ", " + (value & 0xff) + ")";
    }

    private static void assertClean(Chromium.Tab tab, Path folder) {
        assertEquals(List.of(), tab.errors(), "no script, console or loading errors");
        String inside = folder.toUri().toString();
        List<String> requests = tab.requests();
        assertFalse(requests.isEmpty(), "the pages were requested");
        List<String> outside = requests.stream().filter(url -> !url.startsWith(inside)).toList();
        assertEquals(List.of(), outside, "no request outside " + inside);
        assertNotEquals(0, requests.size());
    }

    private static Path screenshots() {
        return Path.of(System.getProperty("twinscope.screenshots", "target/screenshots"));
    }
}
