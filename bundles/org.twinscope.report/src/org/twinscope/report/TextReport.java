/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.twinscope.analysis.AnalysisResult;
import org.twinscope.analysis.SystemAnalysis;
import org.twinscope.analysis.applicability.Applicability;
import org.twinscope.analysis.gaps.AssessmentResult;
import org.twinscope.analysis.gaps.MappedControl;
import org.twinscope.analysis.gaps.PracticeGap;
import org.twinscope.analysis.gaps.RollUp;
import org.twinscope.analysis.history.AssessmentStep;
import org.twinscope.analysis.history.Change;
import org.twinscope.analysis.history.PracticeChange;
import org.twinscope.analysis.plan.AcceptanceState;
import org.twinscope.analysis.plan.ActionState;
import org.twinscope.analysis.plan.PlanResult;
import org.twinscope.analysis.matrix.BoundaryMatrix;
import org.twinscope.analysis.suggestions.Suggestion;
import org.twinscope.model.smm.Practice;
import org.twinscope.model.twin.Boundary;
import org.twinscope.model.util.ElementNames;

/** The analysis as plain-text tables for a terminal: practices per boundary, then gaps by size with reasons. */
public final class TextReport {

    private TextReport() {
    }

    public static String write(AnalysisResult result) {
        StringBuilder out = new StringBuilder();
        for (SystemAnalysis system : result.systems()) {
            String title = "System " + system.system().getName();
            out.append(title).append('\n').append("=".repeat(title.length())).append("\n\n");
            practicesPerBoundary(system, out);
            for (AssessmentResult assessment : system.assessments()) {
                gaps(assessment, assessment == system.latestAssessment() ? system.plan() : null, out);
            }
            plan(system, out);
            history(system, out);
            suggestions(system, out);
            warnings(system, out);
        }
        return out.toString();
    }

    private static void plan(SystemAnalysis system, StringBuilder out) {
        PlanResult plan = system.plan();
        if (plan.isEmpty()) {
            return;
        }
        out.append("Remediation plan (as of ").append(plan.asOf()).append(")\n");
        List<String[]> rows = new ArrayList<>();
        for (ActionState state : plan.actions()) {
            rows.add(new String[] { state.action().getName(), ElementNames.distinctTitle(state.action().getPractice())
                    + " to " + state.action().getLevel().getLiteral(), JsonReport.day(state.action().getDue()),
                state.describe(), String.valueOf(state.action().getOwner()) });
        }
        if (!rows.isEmpty()) {
            table(out, new String[] { "Action", "Raises", "Due", "Status", "Owner" }, rows);
        }
        for (AcceptanceState state : plan.acceptances()) {
            out.append("Accepted: ").append(ElementNames.distinctTitle(state.acceptance().getPractice())).append(" by ")
                    .append(state.acceptance().getAcceptedBy()).append(" until ")
                    .append(JsonReport.day(state.acceptance().getUntil()))
                    .append(state.expired() ? " (expired: the gap counts again)" : "").append('\n');
        }
        if (!plan.withoutAction().isEmpty()) {
            out.append("Open gaps without an action: ").append(String.join(", ", plan.withoutAction().stream()
                    .map(GapText::subject).toList())).append('\n');
        }
        out.append('\n');
    }

    private static void history(SystemAnalysis system, StringBuilder out) {
        for (AssessmentStep step : system.history()) {
            out.append("Trend from ").append(step.previous().assessment().getName()).append(" to ")
                    .append(step.latest().assessment().getName()).append(": ").append(step.summary()).append('\n');
            List<String[]> rows = new ArrayList<>();
            for (PracticeChange change : step.changes()) {
                if (change.change() != Change.UNCHANGED) {
                    rows.add(new String[] { ElementNames.distinctTitle(change.practice())
                            + (change.element() == null ? "" : " on " + ElementNames.label(change.element())),
                        change.change().label(), change.describe() });
                }
            }
            if (!rows.isEmpty()) {
                table(out, new String[] { "Practice", "Change", "Level" }, rows);
            }
            out.append('\n');
        }
    }

    private static void warnings(SystemAnalysis system, StringBuilder out) {
        if (system.warnings().isEmpty()) {
            return;
        }
        out.append("Declarations that change nothing\n");
        system.warnings().forEach(w -> out.append("  ").append(w.message()).append('\n'));
        out.append('\n');
    }

    private static void practicesPerBoundary(SystemAnalysis system, StringBuilder out) {
        out.append("Practices per boundary\n");
        BoundaryMatrix matrix = system.matrix(system.latestAssessment());
        List<String[]> rows = new ArrayList<>();
        for (Boundary boundary : matrix.boundaries()) {
            Map<String, List<String>> byStatus = new LinkedHashMap<>();
            for (Practice practice : matrix.practices()) {
                String status = matrix.cell(boundary, practice).status();
                if (!status.isEmpty()) {
                    byStatus.computeIfAbsent(status, s -> new ArrayList<>()).add(practice.getName());
                }
            }
            StringBuilder cell = new StringBuilder();
            byStatus.forEach((status, practices) -> cell.append(cell.length() == 0 ? "" : "; ").append(status)
                    .append(": ").append(String.join(", ", practices)));
            Integer zone = BoundaryMatrix.securityLevel(boundary);
            rows.add(new String[] { boundary.getName(), zone == null ? "" : "SL " + zone,
                    String.valueOf(byStatus.values().stream().mapToInt(List::size).sum()), cell.toString() });
        }
        table(out, new String[] { "Boundary", "SL-T", "#", "Practices (status in latest assessment)" }, rows);
        for (var conduit : matrix.conduits()) {
            Boundary from = BoundaryMatrix.zoneOf(conduit.getSource());
            Boundary to = BoundaryMatrix.zoneOf(conduit.getTarget());
            out.append("Conduit ").append(ElementNames.label(conduit)).append(": SL ")
                    .append(BoundaryMatrix.securityLevel(conduit)).append(" (")
                    .append(from == null ? "-" : from.getName()).append(" to ").append(to == null ? "-" : to.getName())
                    .append(")\n");
        }
        long overridden = system.applicabilities().stream().filter(Applicability::isOverridden).count();
        if (overridden > 0) {
            out.append(overridden).append(" applicabilities declared not applicable (see JSON or HTML report)\n");
        }
        out.append('\n');
    }

    private static void gaps(AssessmentResult assessment, PlanResult plan, StringBuilder out) {
        out.append("Assessment ").append(assessment.assessment().getName());
        if (assessment.profile() != null) {
            out.append(" against profile ").append(assessment.profile().getName());
            if (assessment.profile().getIndustry() != null) {
                out.append(" (industry: ").append(assessment.profile().getIndustry()).append(')');
            }
        }
        out.append('\n');
        List<String[]> rows = new ArrayList<>();
        for (PracticeGap gap : assessment.gapsBySize()) {
            rows.add(new String[] { GapText.subject(gap), GapText.target(gap), GapText.current(gap),
                    GapText.status(gap) + GapText.accepted(plan, gap),
                    gap.target().provenance() + "; " + gap.explanation()
                            + (gap.evidence().isEmpty() ? "" : "; evidence: " + gap.evidence()) });
        }
        if (rows.isEmpty()) {
            out.append("All targeted practices meet their targets, system-wide and at every element.\n");
        } else {
            table(out, new String[] { "Practice", "Target", "Current", "Status (levels)", "Why" }, rows);
        }
        java.util.Set<String> shown = new java.util.HashSet<>();
        java.util.Set<String> open = new java.util.HashSet<>();
        for (PracticeGap gap : assessment.gapsBySize()) {
            String criteria = GapText.openCriteria(gap);
            if (!criteria.isEmpty() && open.add(GapText.subject(gap) + criteria)) {
                out.append("Open criteria of ").append(GapText.subject(gap)).append(": ").append(criteria)
                        .append('\n');
            }
        }
        for (PracticeGap gap : assessment.gapsBySize()) {
            if (!gap.controls().isEmpty() && shown.add(gap.practice().getName() + gap.target().level())) {
                out.append("To reach ").append(gap.target().level().getLiteral()).append(" in ")
                        .append(ElementNames.distinctTitle(gap.practice())).append(": ")
                        .append(String.join(", ", gap.controls().stream().map(MappedControl::label).toList()))
                        .append('\n');
            }
        }
        assessment.coverage().forEach(c -> out.append("Coverage: ").append(c.message()).append('\n'));
        out.append("Roll-up per sub-domain (").append(RollUp.RULE).append(")\n");
        List<String[]> rollUps = new ArrayList<>();
        for (RollUp rollUp : assessment.subDomains()) {
            rollUps.add(new String[] { ElementNames.title(rollUp.subject()), rollUp.status().label(),
                    rollUp.targetRange(), rollUp.currentRange(), String.valueOf(rollUp.levelGap()),
                    rollUp.withGap() + "/" + rollUp.practices(), String.valueOf(rollUp.notAssessed()),
                    String.valueOf(rollUp.partiallyAssessed()) });
        }
        table(out, new String[] { "Sub-domain", "Status", "Target", "Current", "Gap", "With gap", "Not assessed",
            "Partially assessed" }, rollUps);
        out.append('\n');
    }

    private static void suggestions(SystemAnalysis system, StringBuilder out) {
        if (system.suggestions().isEmpty()) {
            return;
        }
        out.append("Suggestions (applicable practices without a target; suggestions only)\n");
        for (Suggestion suggestion : system.suggestions()) {
            out.append("  ").append(ElementNames.distinctTitleAtStart(suggestion.practice()))
                    .append(": suggest at least ")
                    .append(suggestion.level().getLiteral()).append(" - ").append(suggestion.reasons().get(0))
                    .append('\n');
        }
        out.append('\n');
    }

    /** A simple aligned table; the last column is not padded. */
    static void table(StringBuilder out, String[] header, List<String[]> rows) {
        int[] widths = new int[header.length];
        for (int i = 0; i < header.length; i++) {
            widths[i] = header[i].length();
            for (String[] row : rows) {
                widths[i] = Math.min(48, Math.max(widths[i], row[i] == null ? 0 : row[i].length()));
            }
        }
        appendRow(out, header, widths);
        String[] rule = new String[header.length];
        for (int i = 0; i < header.length; i++) {
            rule[i] = "-".repeat(i == header.length - 1 ? header[i].length() : widths[i]);
        }
        appendRow(out, rule, widths);
        rows.forEach(row -> appendRow(out, row, widths));
    }

    private static void appendRow(StringBuilder out, String[] row, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.length; i++) {
            String cell = row[i] == null ? "" : row[i];
            if (i < row.length - 1) {
                line.append(cell).append(" ".repeat(Math.max(1, widths[i] - cell.length() + 2)));
            } else {
                line.append(cell);
            }
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
