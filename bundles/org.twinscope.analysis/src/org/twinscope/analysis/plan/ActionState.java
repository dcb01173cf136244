/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.plan;

import java.util.List;

import org.twinscope.analysis.gaps.PracticeGap;
import org.twinscope.model.smm.Action;
import org.twinscope.model.smm.ActionStatus;

/**
 * A remediation action against the latest assessment.
 *
 * @param action the action
 * @param gaps the open results (gap, not or partially assessed) of the latest assessment it addresses
 * @param overdue its due date has passed and it is not done
 * @param doneButOpen it is marked done, but a result it addresses is still open in the latest assessment
 */
public record ActionState(Action action, List<PracticeGap> gaps, boolean overdue, boolean doneButOpen) {

    /** "overdue", "done, gap still open", or the action's status. */
    public String describe() {
        if (overdue) {
            return "overdue";
        }
        if (doneButOpen) {
            return "done, but the gap is still open in the latest assessment";
        }
        return action.getStatus() == null ? ActionStatus.PLANNED.getLiteral() : action.getStatus().getLiteral();
    }
}
