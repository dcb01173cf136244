/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.targets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.twinscope.model.smm.CatalogElement;
import org.twinscope.model.smm.Domain;
import org.twinscope.model.smm.Practice;
import org.twinscope.model.smm.Profile;
import org.twinscope.model.smm.SubDomain;
import org.twinscope.model.smm.Target;
import org.twinscope.model.twin.SystemElement;

/**
 * The targets a profile sets once inheritance is resolved. For each practice the most specific target wins: one on
 * the practice beats one on its sub-domain, which beats one on its domain; among equally specific targets the one of
 * the nearer profile wins (the profile itself before what it extends), and among those the first written. Targets
 * "on" elements are kept apart: for an element they win over the system-wide target.
 */
public final class EffectiveTargets {

    private final Map<Practice, EffectiveTarget> systemWide = new LinkedHashMap<>();
    private final Map<Practice, Map<SystemElement, EffectiveTarget>> perElement = new LinkedHashMap<>();

    private EffectiveTargets() {
    }

    public static EffectiveTargets of(Profile profile) {
        EffectiveTargets result = new EffectiveTargets();
        if (profile == null || profile.eIsProxy()) {
            return result;
        }
        ProfileHierarchy hierarchy = ProfileHierarchy.of(profile);
        List<EffectiveTarget> candidates = new ArrayList<>();
        for (Profile source : hierarchy.profiles()) {
            for (Target target : source.getTargets()) {
                for (Practice practice : practicesOf(target.getSubject())) {
                    candidates.add(new EffectiveTarget(practice, target, source, hierarchy.distance(source)));
                }
            }
        }
        // stable sort: declaration order breaks the remaining ties
        candidates.sort(Comparator.comparing(EffectiveTarget::specificity)
                .thenComparingInt(EffectiveTarget::distance));
        for (EffectiveTarget candidate : candidates) {
            List<SystemElement> elements = candidate.target().getElements();
            if (elements.isEmpty()) {
                result.systemWide.putIfAbsent(candidate.practice(), candidate);
            } else {
                Map<SystemElement, EffectiveTarget> byElement = result.perElement
                        .computeIfAbsent(candidate.practice(), p -> new LinkedHashMap<>());
                for (SystemElement element : elements) {
                    byElement.putIfAbsent(element, candidate);
                }
            }
        }
        return result;
    }

    /** The practices the subject of a target stands for. */
    public static List<Practice> practicesOf(CatalogElement subject) {
        List<Practice> practices = new ArrayList<>();
        if (subject instanceof Practice practice) {
            practices.add(practice);
        } else if (subject instanceof SubDomain subDomain) {
            practices.addAll(subDomain.getPractices());
        } else if (subject instanceof Domain domain) {
            domain.getSubDomains().forEach(s -> practices.addAll(s.getPractices()));
        }
        return practices;
    }

    /** Whether the profile sets any target, system-wide or on an element, for the practice. */
    public boolean targets(Practice practice) {
        return systemWide.containsKey(practice) || perElement.containsKey(practice);
    }

    /** The system-wide target of the practice. */
    public Optional<EffectiveTarget> forPractice(Practice practice) {
        return Optional.ofNullable(systemWide.get(practice));
    }

    /** The target of the practice for an element: one "on" the element if any, else the system-wide one. */
    public Optional<EffectiveTarget> forPractice(Practice practice, SystemElement element) {
        EffectiveTarget specific = perElement.getOrDefault(practice, Map.of()).get(element);
        return specific != null ? Optional.of(specific) : forPractice(practice);
    }

    /** The element-specific targets of the practice, by element. */
    public Map<SystemElement, EffectiveTarget> elementTargets(Practice practice) {
        return java.util.Collections.unmodifiableMap(perElement.getOrDefault(practice, new LinkedHashMap<>()));
    }

    /** Every practice the profile targets, in the order first met. */
    public Set<Practice> practices() {
        Set<Practice> practices = new java.util.LinkedHashSet<>(systemWide.keySet());
        practices.addAll(perElement.keySet());
        return practices;
    }
}
