/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.plan;

import java.util.List;

import org.twinscope.analysis.gaps.PracticeGap;
import org.twinscope.model.smm.AcceptedGap;

/**
 * An accepted gap against the latest assessment.
 *
 * @param acceptance the declaration (who, why, until when)
 * @param gaps the open results of the latest assessment it covers
 * @param expired its date has passed: the gaps count again
 */
public record AcceptanceState(AcceptedGap acceptance, List<PracticeGap> gaps, boolean expired) {

    /** Whether the acceptance is about this result: its practice, and its element when it names elements. */
    public boolean covers(PracticeGap gap) {
        return gap.practice() == acceptance.getPractice()
                && (acceptance.getElements().isEmpty() || acceptance.getElements().contains(gap.element()));
    }
}
