/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.history;

import java.util.List;

import org.twinscope.analysis.gaps.AssessmentResult;

/**
 * Two consecutive assessments of a system (by date) and what changed between them.
 *
 * @param previous the earlier assessment
 * @param latest the later one
 * @param changes per practice, system-wide and at elements with their own target or rating, in catalog order
 */
public record AssessmentStep(AssessmentResult previous, AssessmentResult latest, List<PracticeChange> changes) {

    public long count(Change change) {
        return changes.stream().filter(c -> c.change() == change).count();
    }

    /** The practices rated lower than before. */
    public List<PracticeChange> regressions() {
        return changes.stream().filter(c -> c.change() == Change.REGRESSED).toList();
    }

    /** "3 improved, 1 regressed, 12 unchanged, 2 newly assessed, 0 no longer assessed". */
    public String summary() {
        StringBuilder text = new StringBuilder();
        for (Change change : Change.values()) {
            text.append(text.length() == 0 ? "" : ", ").append(count(change)).append(' ').append(change.label());
        }
        return text.toString();
    }
}
