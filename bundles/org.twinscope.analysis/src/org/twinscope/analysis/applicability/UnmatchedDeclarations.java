/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.applicability;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.twinscope.analysis.AnalysisWarning;
import org.twinscope.analysis.targets.EffectiveTargets;
import org.twinscope.model.smm.ApplicabilityOverride;
import org.twinscope.model.smm.Assessment;
import org.twinscope.model.smm.Practice;
import org.twinscope.model.smm.Profile;
import org.twinscope.model.smm.Rating;
import org.twinscope.model.smm.Target;
import org.twinscope.model.twin.Boundary;
import org.twinscope.model.twin.SystemElement;
import org.twinscope.model.util.ElementNames;

/**
 * Declarations with an {@code on} list that matches nothing where their practice applies: a not-applicable
 * declaration that excludes nothing and a rating that stands for no element the practice reaches or a target names
 * (both change no result), and a practice target on elements no rule brings the practice to (compared there only
 * because it names them, which is often a boundary meant for what it contains).
 */
public final class UnmatchedDeclarations {

    /** Code of the warnings, for tools that filter them. */
    public static final String CODE = "twinscope.unmatched-declaration";

    private static final int NAMES_SHOWN = 5;

    private UnmatchedDeclarations() {
    }

    public static List<AnalysisWarning> find(List<Applicability> applicabilities,
            Collection<ApplicabilityOverride> overrides, Collection<Profile> profiles,
            Collection<Assessment> assessments) {
        if (overrides.isEmpty() && profiles.stream().allMatch(p -> p.getTargets().stream()
                .allMatch(t -> t.getElements().isEmpty())) && assessments.stream().allMatch(a -> a.getRatings()
                        .stream().allMatch(r -> r.getElements().isEmpty()))) {
            return List.of(); // nothing names elements: nothing can miss them
        }
        Map<Practice, Set<SystemElement>> reaches = new HashMap<>();
        for (Applicability applicability : applicabilities) {
            reaches.computeIfAbsent(applicability.practice(), p -> new LinkedHashSet<>()).add(applicability.element());
        }
        List<AnalysisWarning> warnings = new ArrayList<>();
        for (ApplicabilityOverride override : overrides) {
            Practice practice = override.getPractice();
            if (practice != null && !practice.eIsProxy() && reach(reaches, practice).stream()
                    .noneMatch(e -> OverrideCoverage.covers(override.getElements(), e))) {
                warnings.add(new AnalysisWarning(override, CODE, ElementNames.distinctTitleAtStart(practice)
                        + " does not apply at "
                        + names(override.getElements()) + ", so declaring it not applicable there changes nothing. "
                        + whereItApplies(reaches, practice)));
            }
        }
        for (Profile profile : profiles) {
            for (Target target : profile.getTargets()) {
                if (target.getSubject() instanceof Practice practice && !target.getElements().isEmpty()
                        && unmatched(target.getElements(), reach(reaches, practice))) {
                    warnings.add(new AnalysisWarning(target, CODE, "The target of "
                            + ElementNames.distinctTitle(practice)
                            + " is set on " + names(target.getElements()) + ", where no rule brings the practice: "
                            + "it is compared there only because the target names them"
                            + (target.getElements().stream().anyMatch(Boundary.class::isInstance)
                                    ? " (a target on a boundary is not one on what the boundary contains)" : "")
                            + ". " + whereItApplies(reaches, practice)));
                }
            }
        }
        for (Assessment assessment : assessments) {
            for (Rating rating : assessment.getRatings()) {
                Practice practice = rating.getPractice();
                if (practice != null && !practice.eIsProxy() && !rating.getElements().isEmpty()
                        && unmatched(rating.getElements(), reach(reaches, practice))
                        && unmatched(rating.getElements(), targeted(profiles, practice))) {
                    warnings.add(new AnalysisWarning(rating, CODE, ElementNames.distinctTitleAtStart(practice)
                            + " is rated on "
                            + names(rating.getElements()) + ", where it does not apply, so the rating counts "
                            + "nowhere. " + whereItApplies(reaches, practice)));
                }
            }
        }
        return warnings;
    }

    private static boolean unmatched(List<SystemElement> named, Set<SystemElement> reach) {
        return named.stream().noneMatch(reach::contains);
    }

    /** The elements the targets of the practice name: a rating there counts too. */
    private static Set<SystemElement> targeted(Collection<Profile> profiles, Practice practice) {
        Set<SystemElement> elements = new LinkedHashSet<>();
        for (Profile profile : profiles) {
            for (Target target : profile.getTargets()) {
                if (EffectiveTargets.practicesOf(target.getSubject()).contains(practice)) {
                    elements.addAll(target.getElements());
                }
            }
        }
        return elements;
    }

    /** Where the practice applies (overridden or not), in the order of the system. */
    private static Set<SystemElement> reach(Map<Practice, Set<SystemElement>> reaches, Practice practice) {
        return reaches.getOrDefault(practice, Set.of());
    }

    private static String whereItApplies(Map<Practice, Set<SystemElement>> reaches, Practice practice) {
        List<SystemElement> reach = List.copyOf(reach(reaches, practice));
        if (reach.isEmpty()) {
            return "No rule brings it into scope in this system.";
        }
        return "It applies at " + names(reach.subList(0, Math.min(NAMES_SHOWN, reach.size())))
                + (reach.size() > NAMES_SHOWN ? " and " + (reach.size() - NAMES_SHOWN) + " more" : "")
                + "; name one of those, or leave out 'on' to mean the whole system.";
    }

    private static String names(List<? extends SystemElement> elements) {
        return String.join(", ", elements.stream().map(ElementNames::label).toList());
    }
}
