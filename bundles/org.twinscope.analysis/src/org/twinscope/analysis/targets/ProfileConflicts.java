/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.targets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.twinscope.model.smm.Practice;
import org.twinscope.model.smm.Profile;
import org.twinscope.model.smm.SmmPackage;
import org.twinscope.model.twin.SystemElement;

/**
 * Finds where a profile that extends several profiles inherits different targets for the same practice and elements
 * from two of them. {@link EffectiveTargets} then takes the one of the profile listed first after {@code extends}:
 * a silent decision that this makes visible. A target of the profile itself for the practice and elements settles the
 * question, and is no conflict.
 */
public final class ProfileConflicts {

    private ProfileConflicts() {
    }

    /** The conflicts of the profile, by parent pair, then practice in catalog order; empty when it has none. */
    public static List<TargetConflict> of(Profile profile) {
        List<Profile> parents = profile.getExtends().stream().filter(p -> p != null && !p.eIsProxy() && p != profile)
                .distinct().toList();
        if (parents.size() < 2 || !ProfileHierarchy.findCycle(profile).isEmpty()) {
            return List.of();
        }
        EffectiveTargets own = EffectiveTargets.of(profile);
        List<EffectiveTargets> inherited = parents.stream().map(EffectiveTargets::of).toList();
        List<TargetConflict> conflicts = new ArrayList<>();
        for (int i = 0; i < parents.size(); i++) {
            for (int j = i + 1; j < parents.size(); j++) {
                conflicts.addAll(between(profile, own, parents.get(i), inherited.get(i), parents.get(j),
                        inherited.get(j)));
            }
        }
        return conflicts;
    }

    private static List<TargetConflict> between(Profile profile, EffectiveTargets own, Profile firstParent,
            EffectiveTargets first, Profile secondParent, EffectiveTargets second) {
        List<Practice> practices = first.practices().stream().filter(second.practices()::contains)
                .sorted(CatalogOrder.COMPARATOR).toList();
        List<TargetConflict> conflicts = new ArrayList<>();
        for (Practice practice : practices) {
            Optional<EffectiveTarget> a = first.forPractice(practice);
            Optional<EffectiveTarget> b = second.forPractice(practice);
            Optional<EffectiveTarget> holds = own.forPractice(practice);
            boolean settled = holds.map(t -> t.source() == profile).orElse(false);
            if (a.isPresent() && b.isPresent() && differ(a.get(), b.get()) && !settled) {
                conflicts.add(new TargetConflict(profile, practice, List.of(), firstParent, a.get(), secondParent,
                        b.get(), holds.orElse(a.get())));
            }
            // element targets: one conflict per pair of targets, listing the elements they disagree on
            Map<List<EffectiveTarget>, List<SystemElement>> disagreements = new LinkedHashMap<>();
            Map<SystemElement, EffectiveTarget> theirs = second.elementTargets(practice);
            first.elementTargets(practice).forEach((element, mine) -> {
                EffectiveTarget other = theirs.get(element);
                EffectiveTarget decided = own.elementTargets(practice).get(element);
                if (other != null && differ(mine, other) && (decided == null || decided.source() != profile)) {
                    disagreements.computeIfAbsent(List.of(mine, other, decided == null ? mine : decided),
                            k -> new ArrayList<>()).add(element);
                }
            });
            disagreements.forEach((pair, elements) -> conflicts
                    .add(new TargetConflict(profile, practice, List.copyOf(elements), firstParent, pair.get(0),
                            secondParent, pair.get(1), pair.get(2))));
        }
        return conflicts;
    }

    /** Different level, or a different scope asked for (a stated scope and none differ too). */
    private static boolean differ(EffectiveTarget a, EffectiveTarget b) {
        if (a.target() == b.target()) {
            return false; // the same target reached through both parents (a common ancestor)
        }
        boolean aScoped = a.target().eIsSet(SmmPackage.Literals.TARGET__SCOPE);
        boolean bScoped = b.target().eIsSet(SmmPackage.Literals.TARGET__SCOPE);
        return a.level() != b.level() || aScoped != bScoped || aScoped && !Objects.equals(a.scope(), b.scope());
    }
}
