/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.gaps;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.twinscope.analysis.coverage.CompleteSystemCoverage;
import org.twinscope.analysis.targets.CatalogOrder;
import org.twinscope.analysis.targets.EffectiveTarget;
import org.twinscope.analysis.targets.EffectiveTargets;
import org.twinscope.model.smm.Assessment;
import org.twinscope.model.smm.CatalogElement;
import org.twinscope.model.smm.Comprehensiveness;
import org.twinscope.model.smm.Mapping;
import org.twinscope.model.smm.MappingSet;
import org.twinscope.model.smm.Practice;
import org.twinscope.model.smm.Rating;
import org.twinscope.model.smm.Scope;
import org.twinscope.model.smm.SubDomain;
import org.twinscope.model.twin.SystemElement;

/**
 * Compares an assessment with the effective targets of its profile. The current state of a practice is its rating of
 * the whole system; a practice rated only on elements takes the weakest of those ratings. An element-specific target
 * is compared with the rating on that element, else with the rating of the whole system.
 */
public final class GapAnalysis {

    private GapAnalysis() {
    }

    public static AssessmentResult compute(Assessment assessment, Collection<MappingSet> mappingSets) {
        if (assessment.getProfile() == null || assessment.getProfile().eIsProxy()) {
            return new AssessmentResult(assessment, null, List.of(), List.of(), List.of(), List.of());
        }
        EffectiveTargets targets = EffectiveTargets.of(assessment.getProfile());
        List<Practice> practices = new ArrayList<>(targets.practices());
        practices.sort(CatalogOrder.COMPARATOR);
        List<PracticeGap> gaps = new ArrayList<>();
        for (Practice practice : practices) {
            List<Rating> ratings = assessment.getRatings().stream().filter(r -> r.getPractice() == practice)
                    .toList();
            targets.forPractice(practice).ifPresent(target -> gaps.add(compare(practice, null, target,
                    systemWide(ratings), mappingSets)));
            for (Map.Entry<SystemElement, EffectiveTarget> entry : targets.elementTargets(practice).entrySet()) {
                List<Rating> onElement = ratings.stream().filter(r -> r.getElements().contains(entry.getKey()))
                        .toList();
                List<Rating> wholeSystem = ratings.stream().filter(r -> r.getElements().isEmpty()).toList();
                gaps.add(compare(practice, entry.getKey(), entry.getValue(),
                        onElement.isEmpty() ? wholeSystem : onElement, mappingSets));
            }
        }
        return new AssessmentResult(assessment, assessment.getProfile(), List.copyOf(gaps),
                rollUps(gaps, false), rollUps(gaps, true), CompleteSystemCoverage.findings(assessment));
    }

    /** The ratings that stand for the whole system: those without elements, else all (the weakest will count). */
    private static List<Rating> systemWide(List<Rating> ratings) {
        List<Rating> whole = ratings.stream().filter(r -> r.getElements().isEmpty()).toList();
        return whole.isEmpty() ? ratings : whole;
    }

    private static PracticeGap compare(Practice practice, SystemElement element, EffectiveTarget target,
            List<Rating> ratings, Collection<MappingSet> mappingSets) {
        if (ratings.isEmpty()) {
            return new PracticeGap(practice, element, target, List.of(), null, null, Status.NOT_ASSESSED, 0, 0,
                    controls(practice, null, target.level(), mappingSets),
                    "not rated in this assessment");
        }
        List<Rating> applicable = ratings.stream().filter(r -> !r.isNotApplicable()).toList();
        if (applicable.isEmpty()) {
            String why = ratings.get(0).getJustification();
            return new PracticeGap(practice, element, target, ratings, null, null, Status.NOT_APPLICABLE, 0, 0,
                    List.of(), "declared not applicable" + (why == null ? "" : ": " + why));
        }
        Rating weakest = applicable.stream().min(Comparator.comparingInt((Rating r) -> r.getLevel().getValue()))
                .get();
        Comprehensiveness current = weakest.getLevel();
        Scope currentScope = applicable.stream().map(Rating::getScope).min(Comparator.naturalOrder()).get();
        int levelGap = Math.max(0, target.level().getValue() - current.getValue());
        int scopeGap = Math.max(0, target.scope().getValue() - currentScope.getValue());
        Status status = levelGap > 0 || scopeGap > 0 ? Status.GAP : Status.MET;
        String explanation = applicable.size() == 1 && weakest.getElements().isEmpty() ? "rated for the whole system"
                : applicable.size() == 1 ? "rated on " + names(weakest.getElements())
                        : "weakest of " + applicable.size() + " ratings (" + names(weakest.getElements()) + ")";
        return new PracticeGap(practice, element, target, applicable, current, currentScope, status, levelGap,
                scopeGap, levelGap > 0 ? controls(practice, current, target.level(), mappingSets) : List.of(),
                explanation);
    }

    /** Controls mapped to the levels above the current one up to the target: what reaching the target involves. */
    private static List<MappedControl> controls(Practice practice, Comprehensiveness current,
            Comprehensiveness target, Collection<MappingSet> mappingSets) {
        int from = current == null ? 0 : current.getValue();
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

    private static List<RollUp> rollUps(List<PracticeGap> gaps, boolean domains) {
        Map<CatalogElement, List<PracticeGap>> groups = new LinkedHashMap<>();
        for (PracticeGap gap : gaps) {
            SubDomain subDomain = gap.practice().getSubDomain();
            CatalogElement group = subDomain == null ? null : domains ? subDomain.getDomain() : subDomain;
            if (group != null) {
                groups.computeIfAbsent(group, g -> new ArrayList<>()).add(gap);
            }
        }
        List<RollUp> rollUps = new ArrayList<>();
        groups.entrySet().stream().sorted(Map.Entry.comparingByKey(CatalogOrder.COMPARATOR))
                .forEach(e -> rollUps.add(rollUp(e.getKey(), e.getValue())));
        return rollUps;
    }

    private static RollUp rollUp(CatalogElement subject, List<PracticeGap> all) {
        // target and current over every comparison (system-wide and element-specific) ...
        Comprehensiveness target = all.stream().map(g -> g.target().level())
                .max(Comparator.comparingInt(Comprehensiveness::getValue)).orElse(Comprehensiveness.NONE);
        Comprehensiveness current = all.stream().map(PracticeGap::current).filter(c -> c != null)
                .min(Comparator.comparingInt(Comprehensiveness::getValue)).orElse(null);
        // ... gaps and counts once per practice, from its worst comparison
        Map<Practice, PracticeGap> worst = new LinkedHashMap<>();
        for (PracticeGap gap : all) {
            worst.merge(gap.practice(), gap, (a, b) -> rank(b) > rank(a) ? b : a);
        }
        int levelGap = worst.values().stream().filter(g -> g.status() == Status.GAP).mapToInt(PracticeGap::levelGap)
                .sum();
        long withGap = worst.values().stream().filter(g -> g.status() == Status.GAP).count();
        long notAssessed = worst.values().stream().filter(g -> g.status() == Status.NOT_ASSESSED).count();
        return new RollUp(subject, target, current, levelGap, worst.size(), (int) withGap, (int) notAssessed);
    }

    /** Orders comparisons of one practice from best to worst: met, not applicable, not assessed, then by gap. */
    private static int rank(PracticeGap gap) {
        return switch (gap.status()) {
            case MET -> 0;
            case NOT_APPLICABLE -> 1;
            case NOT_ASSESSED -> 2;
            case GAP -> 3 + gap.levelGap() * 10 + gap.scopeGap();
        };
    }

    private static String names(List<SystemElement> elements) {
        return elements.isEmpty() ? "the whole system"
                : String.join(", ", elements.stream().map(SystemElement::getName).toList());
    }
}
