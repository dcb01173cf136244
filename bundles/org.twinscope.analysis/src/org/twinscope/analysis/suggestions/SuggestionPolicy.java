/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.suggestions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.twinscope.analysis.applicability.Applicability;
import org.twinscope.analysis.facts.SystemFacts;
import org.twinscope.analysis.targets.CatalogOrder;
import org.twinscope.model.smm.Comprehensiveness;
import org.twinscope.model.smm.Fact;
import org.twinscope.model.smm.Practice;
import org.twinscope.model.twin.SystemElement;

/**
 * Suggests a level for applicable practices that no profile targets. Where the practice applies to an element with a
 * high-stakes fact (commands across organizations, safety relevance, high criticality, access by another organization)
 * the suggestion is Consistent, the level at which twin and asset are treated as one system; elsewhere Ad hoc.
 */
public final class SuggestionPolicy {

    private SuggestionPolicy() {
    }

    public static List<Suggestion> suggest(SystemFacts facts, Collection<Applicability> applicabilities,
            Set<Practice> targeted) {
        Map<Practice, Comprehensiveness> levels = new LinkedHashMap<>();
        Map<Practice, Set<String>> reasons = new LinkedHashMap<>();
        for (Applicability applicability : applicabilities) {
            Practice practice = applicability.practice();
            if (targeted.contains(practice) || applicability.isOverridden()) {
                continue;
            }
            String stake = highStake(facts, applicability.element());
            Comprehensiveness level = stake != null ? Comprehensiveness.CONSISTENT : Comprehensiveness.AD_HOC;
            levels.merge(practice, level, (a, b) -> a.getValue() >= b.getValue() ? a : b);
            reasons.computeIfAbsent(practice, p -> new LinkedHashSet<>())
                    .add(stake != null ? stake : applicability.explanation());
        }
        List<Practice> practices = new ArrayList<>(levels.keySet());
        practices.sort(CatalogOrder.COMPARATOR);
        return practices.stream().map(p -> new Suggestion(p, levels.get(p), List.copyOf(reasons.get(p)))).toList();
    }

    /** The reason an element raises the stakes, or null. */
    private static String highStake(SystemFacts facts, SystemElement element) {
        if (facts.holds(element, Fact.ACTUATION) && facts.holds(element, Fact.CROSSES_ORGANIZATIONS)) {
            return facts.reason(element, Fact.ACTUATION) + ", across organizations";
        }
        for (Fact fact : List.of(Fact.SAFETY_RELEVANT, Fact.HIGH_CRITICALITY, Fact.EXTERNAL_ACCESS)) {
            if (facts.holds(element, fact)) {
                return facts.reason(element, fact);
            }
        }
        return null;
    }
}
