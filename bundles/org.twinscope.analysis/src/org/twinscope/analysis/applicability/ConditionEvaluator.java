/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.applicability;

import java.util.ArrayList;
import java.util.List;

import org.twinscope.analysis.facts.SystemFacts;
import org.twinscope.model.smm.AndCondition;
import org.twinscope.model.smm.Condition;
import org.twinscope.model.smm.FactCondition;
import org.twinscope.model.smm.NotCondition;
import org.twinscope.model.smm.OrCondition;
import org.twinscope.model.twin.SystemElement;

/** Evaluates a rule's condition for an element and collects the reasons that made it true. */
final class ConditionEvaluator {

    private final SystemFacts facts;

    ConditionEvaluator(SystemFacts facts) {
        this.facts = facts;
    }

    /** The reasons the condition holds for the element, or null when it does not hold. */
    List<String> reasons(Condition condition, SystemElement element) {
        List<String> reasons = new ArrayList<>();
        return holds(condition, element, reasons) ? reasons : null;
    }

    private boolean holds(Condition condition, SystemElement element, List<String> reasons) {
        if (condition == null) {
            return true;
        }
        if (condition instanceof FactCondition fact) {
            String reason = facts.reason(element, fact.getFact());
            if (reason != null) {
                reasons.add(reason);
            }
            return reason != null;
        }
        if (condition instanceof NotCondition not) {
            // what does not hold explains nothing, so reasons found below a "not" are dropped
            return !holds(not.getOperand(), element, new ArrayList<>());
        }
        if (condition instanceof AndCondition and) {
            return holds(and.getLeft(), element, reasons) && holds(and.getRight(), element, reasons);
        }
        if (condition instanceof OrCondition or) {
            boolean left = holds(or.getLeft(), element, reasons);
            boolean right = holds(or.getRight(), element, reasons);
            return left || right;
        }
        throw new IllegalArgumentException("unknown condition " + condition.eClass().getName());
    }
}
