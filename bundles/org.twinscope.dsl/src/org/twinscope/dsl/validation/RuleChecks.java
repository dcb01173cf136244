/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.validation;

import java.util.stream.Collectors;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.twinscope.analysis.facts.FactSubjects;
import org.twinscope.dsl.IssueCodes;
import org.twinscope.model.smm.ApplicabilityRule;
import org.twinscope.model.smm.FactCondition;
import org.twinscope.model.smm.SmmPackage;

/** Checks of applicability rules. */
public class RuleChecks extends AbstractTwinscopeCheck {

    @Check
    public void factCanHoldForSubject(FactCondition condition) {
        ApplicabilityRule rule = EcoreUtil2.getContainerOfType(condition, ApplicabilityRule.class);
        if (rule == null || FactSubjects.applies(condition.getFact(), rule.getSubject())) {
            return;
        }
        String subject = Keywords.of(rule.getSubject());
        String possible = FactSubjects.factsOf(rule.getSubject()).stream().map(Keywords::of)
                .collect(Collectors.joining(", "));
        warning("The fact '" + Keywords.of(condition.getFact()) + "' never holds for a " + subject + ", so rule "
                + rule.getName() + " would never apply. Facts of a " + subject + ": " + possible + ".",
                SmmPackage.Literals.FACT_CONDITION__FACT, IssueCodes.FACT_NOT_APPLICABLE);
    }
}
