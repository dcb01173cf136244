/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.applicability;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.twinscope.analysis.facts.SystemFacts;
import org.twinscope.model.smm.ApplicabilityOverride;
import org.twinscope.model.smm.ApplicabilityRule;
import org.twinscope.model.smm.Practice;
import org.twinscope.model.smm.RuleSubject;
import org.twinscope.model.twin.Actor;
import org.twinscope.model.twin.Asset;
import org.twinscope.model.twin.Boundary;
import org.twinscope.model.twin.Organization;
import org.twinscope.model.twin.Synchronization;
import org.twinscope.model.twin.SystemElement;
import org.twinscope.model.twin.Twin;

/**
 * Which practices apply where: every rule is evaluated for every element of its subject kind. Practices declared not
 * applicable at an element are kept and marked as overridden, never dropped.
 */
public final class ApplicabilityAnalysis {

    private ApplicabilityAnalysis() {
    }

    /**
     * The applicabilities, in the order of the system's elements, then rules, then the rules' practices.
     *
     * @param facts the facts of the system
     * @param rules built-in and user rules
     * @param overrides the "not-applicable" declarations of the profiles written for this system; one at a boundary
     *        covers what the boundary contains and the links into it ({@link OverrideCoverage})
     */
    public static List<Applicability> compute(SystemFacts facts, Collection<ApplicabilityRule> rules,
            Collection<ApplicabilityOverride> overrides) {
        ConditionEvaluator evaluator = new ConditionEvaluator(facts);
        List<Applicability> result = new ArrayList<>();
        for (SystemElement element : facts.elements()) {
            RuleSubject subject = subjectOf(element);
            if (subject == null) {
                continue;
            }
            for (ApplicabilityRule rule : rules) {
                if (rule.getSubject() != subject) {
                    continue;
                }
                List<String> reasons = evaluator.reasons(rule.getCondition(), element);
                if (reasons == null) {
                    continue;
                }
                for (Practice practice : rule.getPractices()) {
                    if (practice != null && !practice.eIsProxy()) {
                        result.add(new Applicability(element, practice, rule, List.copyOf(reasons),
                                overrideFor(overrides, element, practice)));
                    }
                }
            }
        }
        return result;
    }

    /** The kind of rule that can fire on the element. */
    public static RuleSubject subjectOf(SystemElement element) {
        if (element instanceof Synchronization) {
            return RuleSubject.SYNCHRONIZATION;
        }
        if (element instanceof Twin) {
            return RuleSubject.TWIN;
        }
        if (element instanceof Asset) {
            return RuleSubject.ASSET;
        }
        if (element instanceof Boundary) {
            return RuleSubject.BOUNDARY;
        }
        if (element instanceof Organization) {
            return RuleSubject.ORGANIZATION;
        }
        if (element instanceof Actor) {
            return RuleSubject.ACTOR;
        }
        return null;
    }

    private static ApplicabilityOverride overrideFor(Collection<ApplicabilityOverride> overrides,
            SystemElement element, Practice practice) {
        for (ApplicabilityOverride override : overrides) {
            if (override.getPractice() == practice && OverrideCoverage.covers(override.getElements(), element)) {
                return override;
            }
        }
        return null;
    }
}
