/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.report;

import static org.twinscope.diagram.Markup.escape;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.twinscope.analysis.AnalysisResult;
import org.twinscope.analysis.SystemAnalysis;
import org.twinscope.diagram.SwitchableDiagram;

/**
 * The HTML report: self-contained pages (no network, no scripts, no external fonts or style sheets; every string from
 * the model escaped). Its first screen answers "how are we doing": one row per system, worst first, linking down to
 * the system's details. One system gets one page; several get {@value ReportFolder#INDEX} with the rows and a page
 * per system under {@value #SYSTEMS}, so that a portfolio's report opens as fast as one system's. Diagrams come ready
 * (views never compute analysis): one per system, switched between practices by CSS.
 */
public final class HtmlReport {

    /** The folder of the systems' pages, when there are several systems. */
    public static final String SYSTEMS = "systems";

    private HtmlReport() {
    }

    /** The report of a result with one system (or the index of several), without diagrams. */
    public static String write(AnalysisResult result) {
        return write(result, Map.of());
    }

    /** The page to open first: with one system, the whole report. */
    public static String write(AnalysisResult result, Map<String, SwitchableDiagram> diagrams) {
        return pages(result, diagrams).get(ReportFolder.INDEX);
    }

    /**
     * Every page, by path relative to the report folder, the index first (with several systems, also the style sheet
     * the pages share).
     *
     * @param diagrams the diagram per system name (systems without one are shown without)
     */
    public static Map<String, String> pages(AnalysisResult result, Map<String, SwitchableDiagram> diagrams) {
        List<SystemSummary> summaries = result.systems().stream().map(SystemSummary::of)
                .sorted(SystemSummary.WORST_FIRST).toList();
        Map<String, String> pages = new LinkedHashMap<>();
        if (summaries.size() <= 1) {
            pages.put(ReportFolder.INDEX, single(summaries, diagrams));
            return pages;
        }
        Map<SystemSummary, String> files = fileNames(result, summaries);
        pages.put(ReportFolder.INDEX, index(result, summaries, files));
        pages.put(HtmlPage.STYLE_SHEET, HtmlPage.style(diagrams));
        for (SystemSummary summary : summaries) {
            pages.put(SYSTEMS + "/" + files.get(summary), systemPage(summary, diagram(diagrams, summary)));
        }
        return pages;
    }

    private static String single(List<SystemSummary> summaries, Map<String, SwitchableDiagram> diagrams) {
        StringBuilder html = HtmlPage.start("Twinscope report", diagrams);
        html.append("<h1>Twinscope report</h1>\n");
        intro(html);
        LongTexts texts = new LongTexts();
        SummaryHtml.write(summaries, s -> "#" + SystemHtml.anchor(s.system().system().getName()), html);
        for (SystemSummary summary : summaries) {
            SystemHtml.write(summary, diagram(diagrams, summary), "h2", texts, html);
        }
        texts.write(html);
        return HtmlPage.end(html);
    }

    private static String index(AnalysisResult result, List<SystemSummary> summaries,
            Map<SystemSummary, String> files) {
        StringBuilder html = HtmlPage.start("Twinscope report", HtmlPage.STYLE_SHEET);
        html.append("<h1>Twinscope report</h1>\n");
        intro(html);
        html.append("<p class=\"overall\">").append(escape(overall(result, summaries))).append("</p>\n");
        SummaryHtml.write(summaries, s -> SYSTEMS + "/" + files.get(s), html);
        return HtmlPage.end(html);
    }

    private static String systemPage(SystemSummary summary, SwitchableDiagram diagram) {
        String name = summary.system().system().getName();
        StringBuilder html = HtmlPage.start("System " + name + " - Twinscope report", "../" + HtmlPage.STYLE_SHEET);
        html.append("<p class=\"crumbs\"><a href=\"../").append(ReportFolder.INDEX).append("\">All systems</a></p>\n");
        LongTexts texts = new LongTexts();
        SystemHtml.write(summary, diagram, "h1", texts, html);
        texts.write(html);
        return HtmlPage.end(html);
    }

    private static void intro(StringBuilder html) {
        html.append("<p class=\"note\">Which IIC IoT Security Maturity Model practices apply where in each digital "
                + "twin system, why, and where the current maturity falls short of the target, in each system's "
                + "latest assessment. Suggestions are suggestions only.</p>\n");
    }

    /** "12 systems, 780 elements: 3 with a gap of 2 levels or more, 1 regressed since its previous assessment." */
    private static String overall(AnalysisResult result, List<SystemSummary> summaries) {
        long elements = result.systems().stream().mapToLong(s -> s.facts().elements().size()).sum();
        long severe = summaries.stream().filter(s -> s.gaps()[0] + s.gaps()[1] > 0).count();
        long anyGap = summaries.stream().filter(s -> s.withGap() > 0).count();
        long unassessed = summaries.stream().filter(s -> s.latest() == null).count();
        long regressed = summaries.stream().filter(s -> s.regressed() > 0).count();
        return String.format(Locale.ROOT, "%,d systems, %,d elements: %d with a gap of 2 levels or more, %d with any "
                + "gap, %d without an assessment, %d regressed since their previous assessment. Worst first.",
                summaries.size(), elements, severe, anyGap, unassessed, regressed);
    }

    private static SwitchableDiagram diagram(Map<String, SwitchableDiagram> diagrams, SystemSummary summary) {
        String name = summary.system().system().getName();
        return name == null ? null : diagrams.get(name);
    }

    /**
     * A file name per system, given in the order of the result (so that a system keeps its name when the order of the
     * first screen changes): its name with anything but letters, digits, '_' and '-' replaced, unique even where the
     * file system ignores case ("Line" and "line" get "Line.html" and "line-2.html").
     */
    static Map<SystemSummary, String> fileNames(AnalysisResult result, List<SystemSummary> summaries) {
        Map<SystemAnalysis, SystemSummary> bySystem = new java.util.IdentityHashMap<>();
        summaries.forEach(s -> bySystem.put(s.system(), s));
        Map<SystemSummary, String> names = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (SystemAnalysis system : result.systems()) {
            String name = system.system().getName();
            String base = name == null || name.isBlank() ? "system" : name.replaceAll("[^A-Za-z0-9_-]", "_");
            if (base.length() > 100) {
                base = base.substring(0, 100);
            }
            String candidate = base;
            for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
                candidate = base + "-" + n;
            }
            names.put(bySystem.get(system), candidate + ".html");
        }
        return names;
    }
}
