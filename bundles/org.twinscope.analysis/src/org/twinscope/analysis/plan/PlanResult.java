/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.plan;

import java.time.LocalDate;
import java.util.List;

import org.twinscope.analysis.gaps.PracticeGap;

/**
 * A system's remediation plans read against its latest assessment, as of a day.
 *
 * @param asOf the day overdue actions and expired acceptances are judged on
 * @param actions every action, overdue first, then by due date
 * @param acceptances every accepted gap, in the order written
 * @param withoutAction open results of the latest assessment that no action addresses and no current acceptance
 *        covers
 */
public record PlanResult(LocalDate asOf, List<ActionState> actions, List<AcceptanceState> acceptances,
        List<PracticeGap> withoutAction) {

    /**
     * The acceptance that currently covers the result (system-wide or at any element), or null: a gap accepted until
     * a day still to come is shown as accepted and ignored by the gates.
     */
    public AcceptanceState activeAcceptance(PracticeGap gap) {
        return acceptances.stream().filter(a -> !a.expired() && a.covers(gap)).findFirst().orElse(null);
    }

    /** Whether anything in the plans is for this system at all. */
    public boolean isEmpty() {
        return actions.isEmpty() && acceptances.isEmpty();
    }
}
