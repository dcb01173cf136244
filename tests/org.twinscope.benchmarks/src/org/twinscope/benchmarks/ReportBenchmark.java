/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.benchmarks;

import static org.twinscope.benchmarks.Timings.median;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.twinscope.dsl.load.AnalyzedModel;
import org.twinscope.dsl.load.TwinscopePipeline;
import org.twinscope.report.ReportFolder;
import org.twinscope.testing.Chromium;

/**
 * Prints what the HTML report costs a reader of a portfolio: the report folder's size (in all, and its pages alone)
 * for portfolios of 65-element systems (one system's asset carrying a 1 MB description), the pages' growth per
 * element (linear when the bytes per element stay the same), how many times that description is in the report in full, and how long headless Chromium
 * takes to open the index and a system's page (request to the first frame after the load event, median of 3 in fresh
 * tabs). Then one system of 1,200 elements: its page's size, opening time and height in pixels (1600 px wide).
 * Goals: the 100-system portfolio (6,500 elements) <= 10 MB in all, each page open in <= 2 s.
 * <p>
 * Arguments: numbers of systems (default 25 50 100). Needs Chromium (Debian package chromium).
 */
public final class ReportBenchmark {

    private static final double GOAL_MB = 10;
    private static final double GOAL_OPEN_SECONDS = 2;
    private static final int ROUNDS = 3;
    private static final int DESCRIPTION = 1 << 20;

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Logger.getRootLogger().setLevel(Level.WARN);
        int[] sizes = args.length > 0 ? Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
                : new int[] { 25, 50, 100 };
        TwinscopePipeline pipeline = TwinscopePipeline.standalone();
        try (Chromium chromium = Chromium.start()) {
            System.out.printf("%-8s %-9s %-6s %10s %10s %14s %7s %10s %13s %14s%n", "systems", "elements", "files",
                    "MB in all", "MB HTML", "HTML B/elem.", "ratio", "1 MB text", "open index s", "open system s");
            double firstPerElement = 0;
            for (int systems : sizes) {
                Path sources = Files.createTempDirectory("twinscope-report-bench-");
                Portfolio.writeTwoFiles(sources, systems);
                String lastSentence = describeOneAsset(sources.resolve("systems.twin"));
                AnalyzedModel model = pipeline.read(List.of(sources));
                Path report = sources.resolve("report");
                ReportFolder.write(model.result(), model.locator(sources), report, false);
                long bytes = size(report, "");
                long html = size(report, ".html") + size(report, ".css");
                int elements = systems * Portfolio.ELEMENTS_PER_SYSTEM;
                // the 1 MB description is a fixed cost, in the pages once: without it, bytes per element show growth
                double perElement = (double) (html - DESCRIPTION) / elements;
                if (firstPerElement == 0) {
                    firstPerElement = perElement;
                }
                Path systemPage = firstSystemPage(report);
                double index = open(chromium, report.resolve(ReportFolder.INDEX), null);
                double system = open(chromium, systemPage, null);
                System.out.printf("%-8d %-9d %-6d %10.2f %10.2f %14.0f %7.2f %10d %13.2f %14.2f%n", systems,
                        elements, files(report), bytes / 1e6, html / 1e6, perElement, perElement / firstPerElement,
                        fullCopies(report, lastSentence), index, system);
                if (systems == sizes[sizes.length - 1]) {
                    Path screenshot = Path.of(System.getProperty("screenshot", "target/report-portfolio.png"));
                    open(chromium, report.resolve(ReportFolder.INDEX), screenshot);
                    System.out.println("screenshot of the index: " + screenshot.toAbsolutePath());
                }
                if (Boolean.getBoolean("keep")) {
                    System.out.println("kept: " + report);
                } else {
                    delete(sources);
                }
            }
            System.out.printf("goal: the 100-system portfolio <= %.0f MB in all, open <= %.0f s. 'in all' counts "
                    + "analysis.json and analysis.sarif, the machine-readable outputs, as well as the pages (HTML and "
                    + "their style sheet); ratio = HTML bytes per element (without the 1 MB text) / the smallest portfolio's (1.00 = linear); "
                    + "'1 MB text' = in how many places of the pages the 1 MB description is in full (goal 1)%n",
                    GOAL_MB, GOAL_OPEN_SECONDS);
            oneLargeSystem(pipeline, chromium);
        }
    }

    /** One system of 1,200 elements: its page's size, opening time and height. */
    private static void oneLargeSystem(TwinscopePipeline pipeline, Chromium chromium) throws Exception {
        Path sources = Files.createTempDirectory("twinscope-report-bench-");
        Files.writeString(sources.resolve("big.twin"), SyntheticSystem.twin(1_200));
        Files.writeString(sources.resolve("targets.smm"), SyntheticSystem.smm());
        AnalyzedModel model = pipeline.read(List.of(sources));
        int elements = model.result().systems().get(0).facts().elements().size();
        Path report = sources.resolve("report");
        ReportFolder.write(model.result(), model.locator(sources), report, false);
        double seconds = open(chromium, report.resolve(ReportFolder.INDEX), null);
        Chromium.Tab tab = chromium.open(1600, 1000); // the tab in front: a tab behind it draws no frames
        tab.navigate(report.resolve(ReportFolder.INDEX).toUri().toString());
        int height = tab.evaluate("document.documentElement.scrollHeight").getAsInt();
        int open = tab.evaluate("(() => { document.querySelectorAll('details').forEach(d => d.open = true); "
                + "return document.documentElement.scrollHeight; })()").getAsInt();
        System.out.printf("one system of %,d elements: index.html %.2f MB, opens in %.2f s, page %,d px tall "
                + "(%,d px with every section opened; before: 370,000 px)%n", elements,
                Files.size(report.resolve(ReportFolder.INDEX)) / 1e6, seconds, height, open);
        tab.close();
        delete(sources);
    }

    /** Median seconds to open the page in a fresh tab, 1600 x 1000; with a screenshot of its first screen. */
    private static double open(Chromium chromium, Path page, Path screenshot) throws IOException {
        List<Double> seconds = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            Chromium.Tab tab = chromium.open(1600, 1000);
            seconds.add(tab.navigate(page.toUri().toString()));
            if (!tab.errors().isEmpty()) {
                throw new IllegalStateException(page + ": " + tab.errors());
            }
            if (screenshot != null) {
                tab.screenshot(screenshot, false);
            }
            tab.close();
            if (screenshot != null) {
                break;
            }
        }
        return median(seconds);
    }

    /**
     * Gives the first asset of the first system a description of 1 MB, as one that the issue saw copied 15 times.
     *
     * @return its last sentence, which only a full copy holds
     */
    private static String describeOneAsset(Path twin) throws IOException {
        String text = Files.readString(twin);
        String asset = "asset Machine0 kind machine";
        StringBuilder description = new StringBuilder(DESCRIPTION + 64).append("asset Machine0 \"");
        String sentence = "";
        for (int i = 0; description.length() < DESCRIPTION; i++) {
            sentence = "Line " + i + " of the filler manual.";
            description.append(sentence).append(' ');
        }
        description.append("\" kind machine");
        int at = text.indexOf(asset);
        Files.writeString(twin, text.substring(0, at) + description + text.substring(at + asset.length()));
        return sentence;
    }

    /** In how many places of the HTML pages the whole text is: the number of times its last sentence is there. */
    private static int fullCopies(Path report, String lastSentence) throws IOException {
        int copies = 0;
        try (var files = Files.walk(report)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file);
                for (int at = html.indexOf(lastSentence); at >= 0; at = html.indexOf(lastSentence, at + 1)) {
                    copies++;
                }
            }
        }
        return copies;
    }

    private static Path firstSystemPage(Path report) throws IOException {
        Path systems = report.resolve("systems");
        if (!Files.isDirectory(systems)) {
            return report.resolve(ReportFolder.INDEX);
        }
        try (var pages = Files.list(systems)) {
            return pages.sorted().findFirst().orElseThrow();
        }
    }

    /** The bytes of the folder's files whose names end so ("" for all). */
    private static long size(Path folder, String ending) throws IOException {
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(ending))
                    .mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static long files(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static void delete(Path folder) throws IOException {
        try (var walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
