/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.twinscope.analysis.SystemAnalysis;
import org.twinscope.analysis.applicability.Applicability;
import org.twinscope.analysis.gaps.AssessmentResult;
import org.twinscope.analysis.gaps.PracticeGap;
import org.twinscope.analysis.gaps.Status;
import org.twinscope.analysis.matrix.BoundaryMatrix;
import org.twinscope.analysis.matrix.MatrixCell;
import org.twinscope.model.smm.Practice;
import org.twinscope.model.twin.Boundary;
import org.twinscope.model.util.ElementNames;
import org.twinscope.model.twin.SystemElement;

/**
 * How one element stands for the practices in scope: which apply there (with their status in the latest
 * assessment) and the worst of those statuses, which colors the element. Read off the analysis; nothing is computed
 * here that the analysis did not decide. A boundary stands as its cell of the analysis's boundary matrix says (the
 * worst at the boundary, inside it and on the links that reach into it), so that the diagram colors a boundary as
 * the Practice Matrix and the report's matrix do: coloring it by the practices that apply to the boundary itself
 * left a boundary white where the matrix showed a gap of an element inside.
 */
final class ElementState {

    /** Statuses from best to worst, for coloring by the worst. */
    enum Mark {
        NONE("does not apply"), OVERRIDDEN("declared not applicable"), MET("target met"),
        NOT_APPLICABLE("rated not applicable"), UNTARGETED("no target"), NOT_ASSESSED("not assessed"), GAP("gap");

        final String label;

        Mark(String label) {
            this.label = label;
        }
    }

    /** One applicable practice at the element. */
    record PracticeMark(Practice practice, Mark mark, int levelGap, List<String> reasons) {
    }

    private final Map<Practice, PracticeMark> marks = new LinkedHashMap<>();

    private ElementState() {
    }

    static Map<SystemElement, ElementState> of(SystemAnalysis analysis, DiagramScope scope) {
        AssessmentResult latest = analysis.latestAssessment();
        Map<SystemElement, ElementState> states = new LinkedHashMap<>();
        for (Applicability applicability : analysis.applicabilities()) {
            if (!scope.includes(applicability.practice())) {
                continue;
            }
            if (applicability.element() instanceof Boundary) {
                continue; // from the matrix, below
            }
            ElementState state = states.computeIfAbsent(applicability.element(), e -> new ElementState());
            state.add(applicability, latest);
        }
        BoundaryMatrix matrix = analysis.matrix(latest);
        for (Boundary boundary : matrix.boundaries()) {
            for (Practice practice : matrix.practices()) {
                MatrixCell cell = matrix.cell(boundary, practice);
                if (scope.includes(practice) && !cell.applicabilities().isEmpty()) {
                    states.computeIfAbsent(boundary, b -> new ElementState()).add(boundary, practice, cell);
                }
            }
        }
        return states;
    }

    /** The practice at a boundary as its matrix cell has it, with the reasons of what brings it there. */
    private void add(Boundary boundary, Practice practice, MatrixCell cell) {
        PracticeGap worst = cell.worst();
        Mark mark = cell.overridden() ? Mark.OVERRIDDEN : worst == null ? Mark.UNTARGETED : mark(worst.status());
        int levelGap = worst != null && worst.status() == Status.GAP ? worst.levelGap() : 0;
        List<String> reasons = cell.applicabilities().stream().map(a -> a.element() == boundary ? a.explanation()
                : ElementNames.label(a.element()) + ": " + a.explanation()).toList();
        marks.put(practice, new PracticeMark(practice, mark, levelGap, reasons));
    }

    private static Mark mark(Status status) {
        return switch (status) {
            case MET -> Mark.MET;
            case GAP -> Mark.GAP;
            // an element's own result is never partial (that is a system-wide status); defensive
            case NOT_ASSESSED, PARTIALLY_ASSESSED -> Mark.NOT_ASSESSED;
            case NOT_APPLICABLE -> Mark.NOT_APPLICABLE;
        };
    }

    private void add(Applicability applicability, AssessmentResult latest) {
        Practice practice = applicability.practice();
        PracticeGap gap = latest == null ? null : latest.gapFor(practice, applicability.element());
        Mark mark = applicability.isOverridden() ? Mark.OVERRIDDEN : gap == null ? Mark.UNTARGETED
                : mark(gap.status());
        int levelGap = gap != null && gap.status() == Status.GAP ? gap.levelGap() : 0;
        PracticeMark previous = marks.get(practice);
        List<String> reasons = new ArrayList<>(previous == null ? List.of() : previous.reasons());
        reasons.add(applicability.explanation());
        Mark merged = previous == null || mark.ordinal() > previous.mark().ordinal() ? mark : previous.mark();
        marks.put(practice, new PracticeMark(practice, merged, Math.max(levelGap,
                previous == null ? 0 : previous.levelGap()), reasons));
    }

    List<PracticeMark> marks() {
        return List.copyOf(marks.values());
    }

    Mark worst() {
        return marks.values().stream().map(PracticeMark::mark).max(Enum::compareTo).orElse(Mark.NONE);
    }

    int largestGap() {
        return marks.values().stream().mapToInt(PracticeMark::levelGap).max().orElse(0);
    }
}
