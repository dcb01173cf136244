/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.report;

import static org.twinscope.diagram.Markup.escape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.twinscope.analysis.SystemAnalysis;
import org.twinscope.analysis.applicability.Applicability;
import org.twinscope.analysis.gaps.AssessmentResult;
import org.twinscope.analysis.suggestions.Suggestion;
import org.twinscope.diagram.SwitchableDiagram;
import org.twinscope.model.smm.ApplicabilityRule;
import org.twinscope.model.smm.Practice;
import org.twinscope.model.twin.SystemElement;
import org.twinscope.model.util.ElementNames;

/**
 * A system's part of the report: open, what to act on (the latest gaps and the diagram); collapsed, the details
 * (matrix, scorecard, trend, plan, earlier assessments, suggestions, why practices apply, descriptions).
 */
final class SystemHtml {

    private SystemHtml() {
    }

    /**
     * @param diagram the system's diagram, or null for none
     * @param heading "h1" on a page of its own (then with its row of the first screen), "h2" in a page with others
     */
    static void write(SystemSummary summary, SwitchableDiagram diagram, String heading, LongTexts texts,
            StringBuilder html) {
        SystemAnalysis system = summary.system();
        String name = system.system().getName();
        html.append('<').append(heading).append(" id=\"").append(escape(anchor(name))).append("\">System ")
                .append(escape(name)).append("</").append(heading).append(">\n");
        if (system.system().getDescription() != null) {
            html.append("<p>").append(texts.html(system.system().getDescription())).append("</p>\n");
        }
        if (heading.equals("h1")) {
            SummaryHtml.write(List.of(summary), s -> "#gaps", html);
        }
        AssessmentResult latest = system.latestAssessment();
        if (latest != null) {
            html.append("<h3 id=\"gaps\">Gaps in ").append(escape(AssessmentHtml.title(latest))).append(", largest first</h3>\n");
            AssessmentHtml.gaps(latest, system.plan(), texts, html);
        } else {
            html.append("<p class=\"note\">No assessment of this system yet: only where practices apply.</p>\n");
        }
        if (diagram != null) {
            html.append("<h3>Scope diagram</h3>\n<p class=\"note\">Pick a practice to see where it applies and how "
                    + "it stands; hover an element for the reasons.</p>\n");
            PickerHtml.write("d-" + escape(anchor(name)), diagram, html);
        }
        open("Boundary x practice matrix", html);
        MatrixHtml.write(system.matrix(latest), latest, html);
        close(html);
        if (latest != null) {
            open("Scorecard and roll-ups of " + latest.assessment().getName(), html);
            AssessmentHtml.scorecard(latest, html);
            close(html);
        }
        TrendHtml.write(system, html);
        PlanHtml.write(system, texts, html);
        List<AssessmentResult> earlier = system.assessments().stream().filter(a -> a != latest).toList();
        if (!earlier.isEmpty()) {
            open("Earlier assessments (" + earlier.size() + ")", html);
            for (AssessmentResult assessment : earlier.reversed()) {
                html.append("<details><summary>").append(escape(AssessmentHtml.title(assessment)))
                        .append("</summary>\n");
                AssessmentHtml.gaps(assessment, null, texts, html);
                AssessmentHtml.scorecard(assessment, html);
                html.append("</details>\n");
            }
            close(html);
        }
        suggestions(system.suggestions(), html);
        warnings(system, html);
        applicability(system.applicabilities(), texts, html);
        descriptions(system, texts, html);
    }

    /** The id of a system's section: its name, which the language keeps to letters, digits and underscores. */
    static String anchor(String systemName) {
        return "system-" + (systemName == null ? "unnamed" : systemName);
    }

    private static void open(String title, StringBuilder html) {
        html.append("<details class=\"section\"><summary>").append(escape(title)).append("</summary>\n");
    }

    private static void close(StringBuilder html) {
        html.append("</details>\n");
    }

    private static void warnings(SystemAnalysis system, StringBuilder html) {
        if (system.warnings().isEmpty()) {
            return;
        }
        open("Declarations that change nothing (" + system.warnings().size() + ")", html);
        html.append("<ul>\n");
        system.warnings().forEach(w -> html.append("<li>").append(escape(w.message())).append("</li>\n"));
        html.append("</ul>\n");
        close(html);
    }

    private static void suggestions(List<Suggestion> suggestions, StringBuilder html) {
        if (suggestions.isEmpty()) {
            return;
        }
        open("Suggested targets (" + suggestions.size() + ")", html);
        html.append("<p class=\"note\">Practices that apply but that no profile targets. These levels are "
                + "suggestions derived from the facts, not requirements.</p>\n<ul>\n");
        for (Suggestion suggestion : suggestions) {
            html.append("<li class=\"suggestion\">")
                    .append(escape(ElementNames.distinctTitleAtStart(suggestion.practice())))
                    .append(": suggestion, at least ").append(escape(suggestion.level().getLiteral()))
                    .append(" (").append(escape(suggestion.reasons().get(0))).append(")</li>\n");
        }
        html.append("</ul>\n");
        close(html);
    }

    /**
     * Why practices apply, grouped by practice (collapsed each), with the element, its rule and the facts that made it
     * fire; each rule's rationale once, below. The longest part of a large system's report.
     */
    private static void applicability(List<Applicability> applicabilities, LongTexts texts, StringBuilder html) {
        Map<Practice, List<Applicability>> byPractice = new LinkedHashMap<>();
        applicabilities.stream().sorted(java.util.Comparator.comparing(Applicability::practice,
                org.twinscope.analysis.targets.CatalogOrder.COMPARATOR))
                .forEach(a -> byPractice.computeIfAbsent(a.practice(), p -> new ArrayList<>()).add(a));
        open("Why practices apply (" + byPractice.size() + " practices, " + applicabilities.size() + " elements)",
                html);
        java.util.Set<ApplicabilityRule> rules = new java.util.LinkedHashSet<>();
        for (Map.Entry<Practice, List<Applicability>> entry : byPractice.entrySet()) {
            html.append("<details><summary>").append(escape(ElementNames.distinctTitleAtStart(entry.getKey())))
                    .append(" (").append(entry.getValue().size()).append(")</summary>\n<table><tr><th>Element</th>"
                            + "<th>Rule</th><th>Facts</th></tr>\n");
            for (Applicability a : entry.getValue()) {
                rules.add(a.rule());
                html.append("<tr").append(a.isOverridden() ? " class=\"overridden\"" : "").append("><td>")
                        .append(escape(ElementNames.label(a.element()))).append("</td><td>")
                        .append(escape(a.rule().getName())).append("</td><td>")
                        .append(escape(String.join("; ", a.reasons())));
                if (a.isOverridden()) {
                    html.append(" [declared not applicable: ").append(texts.html(a.override().getJustification()))
                            .append(']');
                }
                html.append("</td></tr>\n");
            }
            html.append("</table>\n</details>\n");
        }
        html.append("<h4>The rules</h4>\n<dl class=\"rules\">\n");
        rules.forEach(rule -> html.append("<dt>").append(escape(rule.getName())).append("</dt><dd>")
                .append(texts.html(rule.getRationale())).append("</dd>\n"));
        html.append("</dl>\n");
        close(html);
    }

    /** Elements' descriptions: diagram tooltips shorten them; long ones are here once, in full (see LongTexts). */
    private static void descriptions(SystemAnalysis system, LongTexts texts, StringBuilder html) {
        List<SystemElement> described = system.facts().elements().stream()
                .filter(e -> e.getDescription() != null && !e.getDescription().isBlank()).toList();
        if (described.isEmpty()) {
            return;
        }
        open("Element descriptions (" + described.size() + ")", html);
        html.append("<table><tr><th>Element</th><th>Description</th></tr>\n");
        for (SystemElement element : described) {
            html.append("<tr><td>").append(escape(ElementNames.label(element))).append("</td><td>")
                    .append(texts.html(element.getDescription())).append("</td></tr>\n");
        }
        html.append("</table>\n");
        close(html);
    }
}
