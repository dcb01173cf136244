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
import org.twinscope.model.smm.Practice;
import org.twinscope.model.twin.SystemElement;

/**
 * How one element stands for the practices in scope: which apply there (with their status in the latest
 * assessment) and the worst of those statuses, which colors the element. Read off the analysis; nothing is computed
 * here that the analysis did not decide.
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
            ElementState state = states.computeIfAbsent(applicability.element(), e -> new ElementState());
            state.add(applicability, latest);
        }
        return states;
    }

    private void add(Applicability applicability, AssessmentResult latest) {
        Practice practice = applicability.practice();
        PracticeGap gap = latest == null ? null : latest.gapFor(practice, applicability.element());
        Mark mark = applicability.isOverridden() ? Mark.OVERRIDDEN : gap == null ? Mark.UNTARGETED
                : switch (gap.status()) {
                    case MET -> Mark.MET;
                    case GAP -> Mark.GAP;
                    // an element's own result is never partial (that is a system-wide status); defensive
                    case NOT_ASSESSED, PARTIALLY_ASSESSED -> Mark.NOT_ASSESSED;
                    case NOT_APPLICABLE -> Mark.NOT_APPLICABLE;
                };
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
