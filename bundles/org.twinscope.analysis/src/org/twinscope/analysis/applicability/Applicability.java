/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.applicability;

import java.util.List;

import org.twinscope.model.smm.ApplicabilityOverride;
import org.twinscope.model.smm.ApplicabilityRule;
import org.twinscope.model.smm.Practice;
import org.twinscope.model.twin.SystemElement;

/**
 * A practice applies at an element because a rule fired on facts of that element.
 *
 * @param element where the practice applies
 * @param practice the practice
 * @param rule the rule that brought it into scope
 * @param reasons the facts that made the rule fire, in words (empty for rules without a condition)
 * @param override the user's declaration that the practice is not applicable here, or null
 */
public record Applicability(SystemElement element, Practice practice, ApplicabilityRule rule, List<String> reasons,
        ApplicabilityOverride override) {

    public boolean isOverridden() {
        return override != null;
    }

    /** Rule, rationale and facts in one sentence, for tables and tooltips. */
    public String explanation() {
        StringBuilder text = new StringBuilder("rule ").append(rule.getName());
        if (!reasons.isEmpty()) {
            text.append(": ").append(String.join("; ", reasons));
        }
        if (rule.getRationale() != null) {
            text.append(". ").append(rule.getRationale());
        }
        if (override != null) {
            text.append(" [declared not applicable: ").append(override.getJustification()).append(']');
        }
        return text.toString();
    }
}
