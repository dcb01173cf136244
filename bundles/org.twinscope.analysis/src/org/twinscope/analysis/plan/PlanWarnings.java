/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.plan;

import java.util.ArrayList;
import java.util.List;

import org.twinscope.analysis.AnalysisWarning;
import org.twinscope.model.smm.AcceptedGap;
import org.twinscope.model.smm.Action;
import org.twinscope.model.util.ElementNames;

/** What a plan's owner must hear about: overdue actions, done actions whose gap is open, expired acceptances. */
public final class PlanWarnings {

    /** Code of the warnings, for tools that filter them. */
    public static final String CODE = "twinscope.plan";

    private PlanWarnings() {
    }

    public static List<AnalysisWarning> of(PlanResult plan) {
        List<AnalysisWarning> warnings = new ArrayList<>();
        for (ActionState state : plan.actions()) {
            Action action = state.action();
            if (state.overdue()) {
                warnings.add(new AnalysisWarning(action, CODE, "Action " + action.getName() + " (raise "
                        + ElementNames.distinctTitle(action.getPractice()) + " to " + action.getLevel().getLiteral()
                        + ") was due " + PlanAnalysis.day(action.getDue()) + " and is not done: update its status "
                        + "or its due date."));
            } else if (state.doneButOpen()) {
                warnings.add(new AnalysisWarning(action, CODE, "Action " + action.getName() + " is marked done, but "
                        + ElementNames.distinctTitle(action.getPractice())
                        + " is still short in the latest assessment: "
                        + "assess it again, or reopen the action."));
            }
        }
        for (AcceptanceState state : plan.acceptances()) {
            AcceptedGap acceptance = state.acceptance();
            if (state.expired()) {
                warnings.add(new AnalysisWarning(acceptance, CODE, "The acceptance of "
                        + ElementNames.distinctTitle(acceptance.getPractice()) + " by " + acceptance.getAcceptedBy()
                        + " expired on " + PlanAnalysis.day(acceptance.getUntil()) + ": the gap counts again. "
                        + "Close it, or renew the acceptance with a new date and reason."));
            }
        }
        return warnings;
    }
}
