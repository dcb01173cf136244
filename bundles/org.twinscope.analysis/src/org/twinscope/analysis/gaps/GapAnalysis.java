/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.gaps;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.twinscope.analysis.applicability.Applicability;
import org.twinscope.analysis.coverage.CompleteSystemCoverage;
import org.twinscope.analysis.criteria.PracticeCriteria;
import org.twinscope.analysis.targets.CatalogOrder;
import org.twinscope.analysis.targets.EffectiveTarget;
import org.twinscope.analysis.targets.EffectiveTargets;
import org.twinscope.model.smm.Assessment;
import org.twinscope.model.smm.Comprehensiveness;
import org.twinscope.model.smm.Criterion;
import org.twinscope.model.smm.Mapping;
import org.twinscope.model.smm.MappingSet;
import org.twinscope.model.smm.Practice;
import org.twinscope.model.smm.Rating;
import org.twinscope.model.smm.Scope;
import org.twinscope.model.smm.SmmPackage;
import org.twinscope.model.twin.SystemElement;
import org.twinscope.model.util.ElementNames;

/**
 * Compares an assessment with the effective targets of its profile, for the system as a whole and at every element
 * where a targeted practice applies. The rules:
 * <ul>
 * <li>A practice applies at the elements its rules reach (declared not-applicable ones left out) and at the elements
 * a target names.</li>
 * <li>A target or rating without {@code on} is about the system as a whole; with {@code on}, about those elements
 * only. At an element the effective target is its own target if it has one, else the system's; the effective rating
 * is its own rating if it has one, else the system's (element over system).</li>
 * <li>System-wide, the status comes from the system-wide ratings (the weakest of several). When the practice is rated
 * only on elements it is <em>partially assessed</em>: the coverage says how many of the elements where it applies were
 * rated, the current level is the lowest of those ratings, and it is never met and never not applicable, since those
 * ratings speak for their elements only.</li>
 * <li>A rating that does not state its scope is "scope not stated": it falls short in scope only of a target that asks
 * for more than general.</li>
 * </ul>
 */
public final class GapAnalysis {

    private record ControlsKey(Practice practice, int from, int to) {
    }

    private record ComparisonKey(EffectiveTarget target, List<Rating> ratings, boolean systemWide) {
    }

    /**
     * Comparisons by target and ratings: most elements share the system's target and rating, and a comparison
     * depends on nothing else, so it is made once and copied to each element (a large system has hundreds of
     * thousands of element results).
     */
    private final Map<ComparisonKey, PracticeGap> comparisons = new HashMap<>();

    /** The mapping sets' controls, by practice and the levels between current and target. */
    private final Map<ControlsKey, List<MappedControl>> controlsCache = new HashMap<>();
    /** Where a rating was made, in words ("on LineTwin, Filler"), made once per rating, not once per element. */
    private final Map<Rating, String> whereCache = new HashMap<>();
    private final Collection<MappingSet> mappingSets;
    private final PracticeCriteria criteria;

    private GapAnalysis(Collection<MappingSet> mappingSets, PracticeCriteria criteria) {
        this.mappingSets = mappingSets;
        this.criteria = criteria;
    }

    /**
     * @param applicabilities where the practices apply in the assessed system (overridden ones do not count)
     * @param criteria the practices' criteria, to say which are still open on the way to each target
     */
    public static AssessmentResult compute(Assessment assessment, Collection<MappingSet> mappingSets,
            List<Applicability> applicabilities, PracticeCriteria criteria) {
        return new GapAnalysis(mappingSets, criteria).compute(assessment, applicabilities);
    }

    private AssessmentResult compute(Assessment assessment, List<Applicability> applicabilities) {
        if (assessment.getProfile() == null || assessment.getProfile().eIsProxy()) {
            return AssessmentResult.of(assessment, null, List.of(), List.of(), List.of(), List.of());
        }
        EffectiveTargets targets = EffectiveTargets.of(assessment.getProfile());
        List<Practice> practices = new ArrayList<>(targets.practices());
        practices.sort(CatalogOrder.COMPARATOR);
        Map<Practice, Set<SystemElement>> reach = reach(applicabilities);
        List<PracticeGap> systemWide = new ArrayList<>();
        List<PracticeGap> specific = new ArrayList<>();
        List<AssessmentResult.Inherited> inherited = new ArrayList<>();
        for (Practice practice : practices) {
            PracticeRatings ratings = PracticeRatings.of(assessment, practice);
            // where the practice applies: where its rules reach, and where the profile targets it by name
            Map<SystemElement, EffectiveTarget> elementTargets = targets.elementTargets(practice);
            Set<SystemElement> elements = reach.getOrDefault(practice, Set.of());
            if (!elementTargets.isEmpty()) { // copied only when targets add elements: a reach can be 50,000 long
                elements = new LinkedHashSet<>(elements);
                elements.addAll(elementTargets.keySet());
            }
            Set<SystemElement> applies = elements;
            Optional<EffectiveTarget> systemTarget = targets.forPractice(practice);
            systemTarget.ifPresent(target -> systemWide.add(systemWide(practice, target, ratings, applies)));
            SystemElement firstInheriting = null;
            for (SystemElement element : applies) {
                EffectiveTarget own = elementTargets.get(element);
                if (own != null || ratings.ratesOwn(element)) {
                    EffectiveTarget target = own != null ? own : systemTarget.orElse(null);
                    if (target != null) {
                        specific.add(compare(practice, element, target, ratings.at(element), null));
                    }
                } else if (firstInheriting == null) {
                    firstInheriting = element;
                }
            }
            // every other element has the system's target and rating: one comparison stands for all of them
            if (systemTarget.isPresent() && firstInheriting != null) {
                inherited.add(new AssessmentResult.Inherited(compare(practice, firstInheriting, systemTarget.get(),
                        ratings.wholeSystem(), null), applies));
            }
        }
        return AssessmentResult.of(assessment, assessment.getProfile(), systemWide, specific, inherited,
                CompleteSystemCoverage.findings(assessment));
    }

    /** The elements where each practice applies, in the order of the system (overridden applicabilities left out). */
    private static Map<Practice, Set<SystemElement>> reach(List<Applicability> applicabilities) {
        Map<Practice, Set<SystemElement>> reach = new LinkedHashMap<>();
        for (Applicability applicability : applicabilities) {
            if (!applicability.isOverridden()) {
                reach.computeIfAbsent(applicability.practice(), p -> new LinkedHashSet<>())
                        .add(applicability.element());
            }
        }
        return reach;
    }

    private PracticeGap systemWide(Practice practice, EffectiveTarget target, PracticeRatings ratings,
            Set<SystemElement> applies) {
        if (!ratings.wholeSystem().isEmpty() || ratings.onElements().isEmpty()) {
            return compare(practice, null, target, ratings.wholeSystem(), null);
        }
        int rated = (int) applies.stream().filter(ratings::ratesOwn).count();
        Coverage coverage = new Coverage(rated, applies.size());
        List<Rating> levels = ratings.onElements().stream().filter(r -> !r.isNotApplicable()).toList();
        Comprehensiveness lowest = levels.stream().map(Rating::getLevel)
                .min(Comparator.comparingInt(Comprehensiveness::getValue)).orElse(null);
        int levelGap = lowest == null ? 0 : Math.max(0, target.level().getValue() - lowest.getValue());
        String explanation = "rated only on elements (" + coverage.describe() + ")"
                + (lowest == null ? ", each declared not applicable there" : "; the lowest is " + lowest.getLiteral());
        return new PracticeGap(practice, null, target, ratings.onElements(), lowest, lowestScope(levels),
                Status.PARTIALLY_ASSESSED, levelGap, 0, coverage,
                controls(practice, lowest, target.level()), openCriteria(practice, lowest, target, levels),
                explanation);
    }

    private PracticeGap compare(Practice practice, SystemElement element, EffectiveTarget target,
            List<Rating> ratings, Coverage coverage) {
        PracticeGap made = comparisons.computeIfAbsent(new ComparisonKey(target, ratings, element == null),
                key -> comparison(practice, element, target, ratings, coverage));
        return made.at(element);
    }

    private PracticeGap comparison(Practice practice, SystemElement element, EffectiveTarget target,
            List<Rating> ratings, Coverage coverage) {
        if (ratings.isEmpty()) {
            return new PracticeGap(practice, element, target, List.of(), null, null, Status.NOT_ASSESSED, 0, 0,
                    coverage, controls(practice, null, target.level()), openCriteria(practice, null, target, List.of()),
                    element == null ? "not rated for the whole system in this assessment"
                            : "not rated here in this assessment");
        }
        List<Rating> applicable = ratings.stream().filter(r -> !r.isNotApplicable()).toList();
        if (applicable.isEmpty()) {
            String why = ratings.get(0).getJustification();
            return new PracticeGap(practice, element, target, ratings, null, null, Status.NOT_APPLICABLE, 0, 0,
                    coverage, List.of(), List.of(), "declared not applicable" + (why == null ? "" : ": " + why));
        }
        Rating weakest = applicable.stream().min(Comparator.comparingInt((Rating r) -> r.getLevel().getValue()))
                .get();
        Comprehensiveness current = weakest.getLevel();
        Scope currentScope = lowestScope(applicable);
        int levelGap = Math.max(0, target.level().getValue() - current.getValue());
        int scopeGap = scopeGap(target, currentScope);
        Status status = levelGap > 0 || scopeGap > 0 ? Status.GAP : Status.MET;
        String explanation = (applicable.size() == 1 ? "rated " + ratedWhere(weakest)
                : "weakest of " + applicable.size() + " ratings (" + ratedWhere(weakest) + ")")
                + (currentScope == null ? "; scope not stated" : "");
        return new PracticeGap(practice, element, target, applicable, current, currentScope, status, levelGap,
                scopeGap, coverage, levelGap > 0 ? controls(practice, current, target.level()) : List.of(),
                openCriteria(practice, current, target, applicable), explanation);
    }

    /** The narrowest scope the ratings state, or null when any of them states none (not stated: not known). */
    private static Scope lowestScope(List<Rating> ratings) {
        if (ratings.isEmpty() || ratings.stream().anyMatch(r -> !r.eIsSet(SmmPackage.Literals.RATING__SCOPE))) {
            return null;
        }
        return ratings.stream().map(Rating::getScope).min(Comparator.naturalOrder()).orElse(null);
    }

    /**
     * Scope steps short of the target. A target that states no scope asks for none; a rating that states none falls
     * short of any target above general (it may be general only).
     */
    private static int scopeGap(EffectiveTarget target, Scope current) {
        if (!target.target().eIsSet(SmmPackage.Literals.TARGET__SCOPE)) {
            return 0;
        }
        int wanted = target.scope().getValue();
        int have = current == null ? Scope.GENERAL_VALUE : current.getValue();
        return Math.max(0, wanted - have);
    }

    private String ratedWhere(Rating rating) {
        return rating.getElements().isEmpty() ? "for the whole system"
                : whereCache.computeIfAbsent(rating, r -> "on " + String.join(", ", r.getElements().stream()
                        .map(ElementNames::label).toList()));
    }

    /**
     * The criteria of the levels above the current one up to the target that the ratings do not name as met. With
     * several ratings, a criterion counts as met only when every one of them names it: the result rests on all of them.
     */
    private List<Criterion> openCriteria(Practice practice, Comprehensiveness current, EffectiveTarget target,
            List<Rating> ratings) {
        Set<String> met = null;
        for (Rating rating : ratings) {
            Set<String> named = new HashSet<>();
            rating.getMetCriteria().stream().filter(c -> !c.eIsProxy()).forEach(c -> named.add(c.getName()));
            if (met == null) {
                met = named;
            } else {
                met.retainAll(named);
            }
        }
        return criteria.open(practice, current, target.level(), met == null ? Set.of() : met);
    }

    /** Controls mapped to the levels above the current one up to the target: what reaching the target involves. */
    private List<MappedControl> controls(Practice practice, Comprehensiveness current, Comprehensiveness target) {
        int from = current == null ? 0 : current.getValue();
        // elements share their practice's levels: the same list serves them all
        return controlsCache.computeIfAbsent(new ControlsKey(practice, from, target.getValue()),
                key -> List.copyOf(findControls(practice, from, target)));
    }

    private List<MappedControl> findControls(Practice practice, int from, Comprehensiveness target) {
        List<MappedControl> controls = new ArrayList<>();
        for (MappingSet set : mappingSets) {
            for (Mapping mapping : set.getMappings()) {
                if (mapping.getPractice() == practice && mapping.getLevel().getValue() > from
                        && mapping.getLevel().getValue() <= target.getValue()) {
                    mapping.getControls().forEach(c -> controls.add(new MappedControl(set, mapping.getLevel(), c)));
                }
            }
        }
        return controls;
    }
}
