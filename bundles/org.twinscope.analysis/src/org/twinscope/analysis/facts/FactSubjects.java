/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.facts;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.twinscope.model.smm.Fact;
import org.twinscope.model.smm.RuleSubject;

/**
 * Which facts can hold for which kind of element. A rule that asks for a fact its subject never has would silently
 * never fire; the language reports it instead.
 */
public final class FactSubjects {

    private static final Map<RuleSubject, Set<Fact>> FACTS = new EnumMap<>(RuleSubject.class);

    static {
        FACTS.put(RuleSubject.SYNCHRONIZATION, EnumSet.of(Fact.CROSSES_ORGANIZATIONS, Fact.CROSSES_BOUNDARY,
                Fact.ACTUATION, Fact.HIGH_FREQUENCY, Fact.HIGH_FIDELITY, Fact.CLOUD, Fact.SAFETY_RELEVANT,
                Fact.HIGH_CRITICALITY, Fact.CONFIDENTIAL_DATA, Fact.PERSONAL_DATA));
        FACTS.put(RuleSubject.TWIN, EnumSet.of(Fact.CROSSES_ORGANIZATIONS, Fact.ACTUATION, Fact.HIGH_FREQUENCY,
                Fact.HIGH_FIDELITY, Fact.HOSTED_BY_OTHER_ORGANIZATION, Fact.AGGREGATES_TWINS, Fact.IN_OT_ZONE,
                Fact.SAFETY_RELEVANT, Fact.HIGH_CRITICALITY, Fact.EXTERNAL_ACCESS, Fact.CLOUD, Fact.RUNS_SOFTWARE,
                Fact.CONFIDENTIAL_DATA, Fact.PERSONAL_DATA, Fact.FED_BY_SEVERAL_ORGANIZATIONS));
        FACTS.put(RuleSubject.ASSET, EnumSet.of(Fact.CROSSES_ORGANIZATIONS, Fact.ACTUATION, Fact.HIGH_FREQUENCY,
                Fact.HIGH_FIDELITY, Fact.HOSTED_BY_OTHER_ORGANIZATION, Fact.IN_OT_ZONE, Fact.SAFETY_RELEVANT,
                Fact.HIGH_CRITICALITY, Fact.EXTERNAL_ACCESS, Fact.CLOUD, Fact.RUNS_SOFTWARE, Fact.HOSTS_TWINS));
        FACTS.put(RuleSubject.BOUNDARY, EnumSet.of(Fact.CROSSES_ORGANIZATIONS, Fact.CROSSES_BOUNDARY,
                Fact.ACTUATION, Fact.HOSTED_BY_OTHER_ORGANIZATION, Fact.IN_OT_ZONE, Fact.EXTERNAL_ACCESS,
                Fact.CLOUD, Fact.CONFIDENTIAL_DATA, Fact.PERSONAL_DATA));
        FACTS.put(RuleSubject.ORGANIZATION, EnumSet.of(Fact.CROSSES_ORGANIZATIONS, Fact.ACTUATION,
                Fact.EXTERNAL_ACCESS, Fact.CLOUD, Fact.HAS_STAKE));
        FACTS.put(RuleSubject.ACTOR, EnumSet.of(Fact.ACTUATION, Fact.EXTERNAL_ACCESS, Fact.HIGH_CRITICALITY,
                Fact.SAFETY_RELEVANT));
    }

    private FactSubjects() {
    }

    /** Whether the fact can ever hold for an element of the subject kind. */
    public static boolean applies(Fact fact, RuleSubject subject) {
        return FACTS.get(subject).contains(fact);
    }

    /** The facts that can hold for the subject kind. */
    public static Set<Fact> factsOf(RuleSubject subject) {
        return EnumSet.copyOf(FACTS.get(subject));
    }
}
