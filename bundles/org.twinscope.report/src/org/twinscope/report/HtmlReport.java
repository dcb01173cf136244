/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.report;

import static org.twinscope.diagram.Markup.escape;

import java.util.List;
import java.util.Map;

import org.twinscope.analysis.AnalysisResult;
import org.twinscope.analysis.SystemAnalysis;
import org.twinscope.analysis.applicability.Applicability;
import org.twinscope.analysis.coverage.CoverageFinding;
import org.twinscope.analysis.gaps.AssessmentResult;
import org.twinscope.analysis.gaps.MappedControl;
import org.twinscope.analysis.gaps.PracticeGap;
import org.twinscope.analysis.gaps.RollUp;
import org.twinscope.analysis.matrix.BoundaryMatrix;
import org.twinscope.analysis.matrix.MatrixCell;
import org.twinscope.analysis.plan.PlanResult;
import org.twinscope.analysis.suggestions.Suggestion;
import org.twinscope.model.smm.Practice;
import org.twinscope.model.twin.Boundary;
import org.twinscope.model.twin.Synchronization;
import org.twinscope.model.util.ElementNames;

/**
 * A self-contained HTML report: no network, no scripts, no external fonts or style sheets. Every string from the
 * model is escaped. Diagrams can be added per system as ready SVG (views never compute analysis).
 */
public final class HtmlReport {

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2em;color:#222;max-width:1400px}
            h1{font-size:1.6em}h2{margin-top:2em;border-bottom:2px solid #1f3b57;padding-bottom:.2em}
            table{border-collapse:collapse;margin:1em 0;font-size:.9em}
            th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}
            th{background:#f0f3f7}
            table.matrix td{text-align:center;min-width:1.6em}table.matrix td.sl{font-size:.85em;white-space:nowrap;
            border-right:3px double #1f3b57}p.criteria{margin:0 0 .3em}
            table.matrix th.practice{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap}
            .met{background:#cfe9d6}.gap{background:#f5c6c4}.not-assessed{background:#fbe7b5}
            .not-applicable,.overridden{background:#ddd}.untargeted{background:#e3ecf7}
            .partially-assessed{background:#fde0c2}
            .legend span{display:inline-block;padding:.1em .6em;margin-right:.5em;border:1px solid #ccc}
            .note{color:#555;font-size:.9em}.suggestion{font-style:italic}
            .diagrams>input{position:absolute;opacity:0}
            .diagrams>label{display:inline-block;padding:.2em .6em;margin:0 .2em .3em 0;border:1px solid #ccc;
            border-radius:3px;cursor:pointer;font-size:.85em;background:#f7f7f7}
            .diagrams>input:checked+label{background:#1f3b57;color:#fff;border-color:#1f3b57}
            .diagrams>.panel{display:none;overflow:auto;border:1px solid #ddd;margin-top:.3em}
            """;

    private HtmlReport() {
    }

    public static String write(AnalysisResult result) {
        return write(result, Map.of());
    }

    /**
     * The report, with diagrams.
     *
     * @param diagrams ready SVG per system name and per diagram title, shown in the system's section
     */
    public static String write(AnalysisResult result, Map<String, Map<String, String>> diagrams) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Twinscope report</title><style>").append(STYLE).append("</style></head><body>\n");
        html.append("<h1>Twinscope report</h1>\n<p class=\"note\">Which IIC IoT Security Maturity Model practices "
                + "apply where in each digital twin system, why, and where the current maturity falls short of the "
                + "target. Suggestions are suggestions only.</p>\n");
        for (SystemAnalysis system : result.systems()) {
            String name = system.system().getName();
            system(system, name == null ? Map.of() : diagrams.getOrDefault(name, Map.of()), html);
        }
        html.append("</body></html>\n");
        return html.toString();
    }

    private static void system(SystemAnalysis system, Map<String, String> diagrams, StringBuilder html) {
        html.append("<h2>System ").append(escape(system.system().getName())).append("</h2>\n");
        if (system.system().getDescription() != null) {
            html.append("<p>").append(escape(system.system().getDescription())).append("</p>\n");
        }
        diagrams(system.system().getName(), diagrams, html);
        AssessmentResult latest = system.latestAssessment();
        matrix(system.matrix(latest), latest, html);
        for (AssessmentResult assessment : system.assessments()) {
            assessment(assessment, assessment == latest ? system.plan() : null, html);
        }
        TrendHtml.write(system, html);
        PlanHtml.write(system, html);
        suggestions(system.suggestions(), html);
        warnings(system, html);
        applicability(system.applicabilities(), html);
    }

    /** Diagrams switchable by practice with radio buttons and CSS only (the report runs no scripts). */
    private static void diagrams(String systemName, Map<String, String> diagrams, StringBuilder html) {
        if (diagrams.isEmpty()) {
            return;
        }
        String group = "d-" + Integer.toHexString(systemName == null ? 0 : systemName.hashCode());
        html.append("<h3>Scope diagram</h3>\n<p class=\"note\">Pick a practice to see where it applies and how it "
                + "stands; hover an element for the reasons.</p>\n<div class=\"diagrams\">\n");
        int index = 0;
        for (String title : diagrams.keySet()) {
            String id = group + "-" + index;
            html.append("<input type=\"radio\" name=\"").append(group).append("\" id=\"").append(id)
                    .append("\" class=\"tab-").append(index).append("\"").append(index == 0 ? " checked" : "")
                    .append("><label for=\"").append(id).append("\">").append(escape(title)).append("</label>\n");
            index++;
        }
        index = 0;
        StringBuilder rules = new StringBuilder("<style>");
        for (String svg : diagrams.values()) {
            html.append("<div class=\"panel panel-").append(index).append("\">").append(svg).append("</div>\n");
            rules.append(".diagrams>input.tab-").append(index).append(":checked~.panel-").append(index)
                    .append("{display:block}");
            index++;
        }
        html.append(rules).append("</style>\n</div>\n");
    }

    private static void matrix(BoundaryMatrix matrix, AssessmentResult latest, StringBuilder html) {
        html.append("<h3>Boundary x practice matrix</h3>\n<p class=\"note\">A mark means the practice applies to the "
                + "boundary, to something inside it, or to a link that reaches inside it")
                .append(latest == null ? "." : "; colors give its status in " + escape(latest.assessment().getName())
                        + ". Hover a cell for the reasons.")
                .append("</p>\n<p class=\"legend\"><span class=\"met\">met</span><span class=\"gap\">gap</span>"
                        + "<span class=\"not-assessed\">not assessed</span>"
                        + "<span class=\"partially-assessed\">partially assessed</span><span class=\"untargeted\">no target"
                        + "</span><span class=\"overridden\">declared not applicable</span></p>\n");
        html.append("<table class=\"matrix\"><tr><th>Boundary</th><th class=\"sl\" title=\"IEC 62443 target "
                + "security level of the zone and of the conduits into it; a security level, not a maturity level\">"
                + "SL-T</th>");
        for (Practice practice : matrix.practices()) {
            html.append("<th class=\"practice\" title=\"").append(escape(practice.getObjective())).append("\">")
                    .append(escape(ElementNames.distinctTitle(practice))).append("</th>");
        }
        html.append("</tr>\n");
        for (Boundary boundary : matrix.boundaries()) {
            html.append("<tr><th>").append(escape(boundary.getName())).append("</th>");
            securityLevels(matrix, boundary, html);
            for (Practice practice : matrix.practices()) {
                MatrixCell cell = matrix.cell(boundary, practice);
                if (cell.applicabilities().isEmpty()) {
                    html.append("<td></td>");
                    continue;
                }
                String status = cell.status();
                StringBuilder tooltip = new StringBuilder(ElementNames.distinctTitle(practice) + " at "
                        + boundary.getName() + ": " + status);
                PracticeGap worst = cell.worst();
                if (worst != null && !cell.overridden()) {
                    tooltip.append(" (worst at ").append(worst.element() == null ? "the system"
                            : ElementNames.label(worst.element())).append(": ").append(worst.explanation())
                            .append(')');
                }
                cell.applicabilities().stream().limit(6).forEach(a -> tooltip.append("\n- ")
                        .append(ElementNames.label(a.element())).append(": ").append(a.explanation()));
                if (cell.applicabilities().size() > 6) {
                    tooltip.append("\n(").append(cell.applicabilities().size() - 6).append(" more)");
                }
                html.append("<td class=\"").append(status.replace(' ', '-')).append("\" title=\"")
                        .append(escape(tooltip.toString())).append("\">").append(cell.applicabilities().size())
                        .append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    /** "SL 2" for the zone, and each conduit with its own level ("Feed: SL 3"), apart from the maturity cells. */
    private static void securityLevels(BoundaryMatrix matrix, Boundary boundary, StringBuilder html) {
        List<String> levels = new java.util.ArrayList<>();
        Integer zone = BoundaryMatrix.securityLevel(boundary);
        if (zone != null) {
            levels.add("SL " + zone);
        }
        for (Synchronization conduit : matrix.conduits(boundary)) {
            levels.add(ElementNames.label(conduit) + ": SL " + BoundaryMatrix.securityLevel(conduit));
        }
        html.append("<td class=\"sl\">").append(escape(String.join("; ", levels))).append("</td>");
    }

    private static void assessment(AssessmentResult assessment, PlanResult plan, StringBuilder html) {
        html.append("<h3>Assessment ").append(escape(assessment.assessment().getName()));
        if (assessment.profile() != null) {
            html.append(" against ").append(escape(assessment.profile().getName()));
        }
        html.append("</h3>\n");
        if (assessment.profile() != null && assessment.profile().getIndustry() != null) {
            html.append("<p class=\"note\">Industry-scope targets of ").append(escape(assessment.profile().getName()))
                    .append(" come from: ").append(escape(assessment.profile().getIndustry())).append("</p>\n");
        }
        if (assessment.assessment().getAssessor() != null) {
            html.append("<p class=\"note\">By ").append(escape(assessment.assessment().getAssessor()))
                    .append("</p>\n");
        }
        html.append("<h4>Scorecard</h4>\n").append(ScorecardSvg.write(assessment)).append('\n');
        html.append("<h4>Gaps, largest first</h4>\n");
        List<PracticeGap> gaps = assessment.gapsBySize();
        if (gaps.isEmpty()) {
            html.append("<p>All targeted practices meet their targets, system-wide and at every element.</p>\n");
        } else {
            html.append("<table><tr><th>Practice</th><th>Target</th><th>Current</th><th>Status</th>"
                    + "<th>Why this target</th><th>Current state from</th><th>Evidence</th>"
                    + "<th>To reach the target</th></tr>\n");
            for (PracticeGap gap : gaps) {
                html.append("<tr class=\"").append(gap.status().label().replace(' ', '-')).append("\"><td>")
                        .append(escape(GapText.subject(gap)));
                html.append("</td><td>").append(escape(GapText.target(gap))).append("</td><td>")
                        .append(escape(GapText.current(gap))).append("</td><td>")
                        .append(escape(GapText.status(gap) + GapText.accepted(plan, gap)))
                        .append(gap.scopeGap() > 0 ? ", scope" : "").append("</td><td>")
                        .append(escape(gap.target().provenance()));
                if (gap.target().target().getRationale() != null) {
                    html.append(": ").append(escape(gap.target().target().getRationale()));
                }
                html.append("</td><td>").append(escape(gap.explanation())).append("</td><td>")
                        .append(escape(gap.evidence())).append("</td><td>");
                String open = GapText.openCriteria(gap);
                if (!open.isEmpty()) {
                    html.append("<p class=\"criteria\">").append(escape(open)).append("</p>");
                }
                html.append(escape(String.join("; ", gap.controls().stream().map(MappedControl::label).toList())))
                        .append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        if (!assessment.coverage().isEmpty()) {
            html.append("<h4>Twin and asset treated separately</h4>\n<ul>\n");
            for (CoverageFinding finding : assessment.coverage()) {
                html.append("<li>").append(escape(finding.message())).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        rollUps("Sub-domains", assessment.subDomains(), html);
        rollUps("Domains", assessment.domains(), html);
    }

    private static void rollUps(String title, List<RollUp> rollUps, StringBuilder html) {
        if (rollUps.isEmpty()) {
            return;
        }
        html.append("<h4>").append(title).append("</h4>\n<p class=\"note\">Roll-up rule: ")
                .append(escape(RollUp.RULE)).append(".</p>\n<table><tr><th>").append(title)
                .append("</th><th>Status</th><th>Target</th><th>Current</th><th>Level gap</th>"
                        + "<th>Practices with gap</th><th>Not assessed</th><th>Partially assessed</th></tr>\n");
        for (RollUp rollUp : rollUps) {
            html.append("<tr class=\"").append(rollUp.status().label().replace(' ', '-')).append("\"><td>")
                    .append(escape(ElementNames.title(rollUp.subject()))).append("</td><td>")
                    .append(escape(rollUp.status().label())).append("</td><td>")
                    .append(escape(rollUp.targetRange())).append("</td><td>")
                    .append(escape(rollUp.currentRange())).append("</td><td>").append(rollUp.levelGap())
                    .append("</td><td>").append(rollUp.withGap()).append(" of ").append(rollUp.practices())
                    .append("</td><td>").append(rollUp.notAssessed()).append("</td><td>")
                    .append(rollUp.partiallyAssessed()).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static void warnings(SystemAnalysis system, StringBuilder html) {
        if (system.warnings().isEmpty()) {
            return;
        }
        html.append("<h3>Declarations that change nothing</h3>\n<ul>\n");
        system.warnings().forEach(w -> html.append("<li>").append(escape(w.message())).append("</li>\n"));
        html.append("</ul>\n");
    }

    private static void suggestions(List<Suggestion> suggestions, StringBuilder html) {
        if (suggestions.isEmpty()) {
            return;
        }
        html.append("<h3>Suggested targets</h3>\n<p class=\"note\">Practices that apply but that no profile "
                + "targets. These levels are suggestions derived from the facts, not requirements.</p>\n<ul>\n");
        for (Suggestion suggestion : suggestions) {
            html.append("<li class=\"suggestion\">")
                    .append(escape(ElementNames.distinctTitleAtStart(suggestion.practice())))
                    .append(": suggestion, at least ").append(escape(suggestion.level().getLiteral()))
                    .append(" (").append(escape(suggestion.reasons().get(0))).append(")</li>\n");
        }
        html.append("</ul>\n");
    }

    private static void applicability(List<Applicability> applicabilities, StringBuilder html) {
        html.append("<h3>Why practices apply</h3>\n<table><tr><th>Element</th><th>Practice</th><th>Rule and facts"
                + "</th></tr>\n");
        for (Applicability a : applicabilities) {
            html.append("<tr").append(a.isOverridden() ? " class=\"overridden\"" : "").append("><td>")
                    .append(escape(ElementNames.label(a.element()))).append("</td><td>")
                    .append(escape(ElementNames.distinctTitle(a.practice()))).append("</td><td>")
                    .append(escape(a.explanation())).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }
}
