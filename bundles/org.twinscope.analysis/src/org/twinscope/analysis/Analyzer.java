/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.twinscope.analysis.applicability.Applicability;
import org.twinscope.analysis.applicability.ApplicabilityAnalysis;
import org.twinscope.analysis.applicability.UnmatchedDeclarations;
import org.twinscope.analysis.criteria.PracticeCriteria;
import org.twinscope.analysis.facts.SystemFacts;
import org.twinscope.analysis.facts.Thresholds;
import org.twinscope.analysis.facts.UndecidedOwners;
import org.twinscope.analysis.gaps.AssessmentResult;
import org.twinscope.analysis.gaps.GapAnalysis;
import org.twinscope.analysis.history.Trend;
import org.twinscope.analysis.plan.PlanAnalysis;
import org.twinscope.analysis.plan.PlanResult;
import org.twinscope.analysis.plan.PlanWarnings;
import org.twinscope.analysis.suggestions.Suggestion;
import org.twinscope.analysis.suggestions.SuggestionPolicy;
import org.twinscope.analysis.targets.EffectiveTargets;
import org.twinscope.model.smm.ApplicabilityOverride;
import org.twinscope.model.smm.Assessment;
import org.twinscope.model.smm.Plan;
import org.twinscope.model.smm.Practice;
import org.twinscope.model.smm.Profile;
import org.twinscope.model.twin.TwinSystem;

/**
 * Twinscope's analysis: for every system, which SMM practices apply where and why, and for every assessment of it
 * where maturity falls short of the target. Deterministic (the output follows the input order and the catalog order)
 * and linear in the size of the model. Front ends call this and only present its result.
 */
public final class Analyzer {

    private Analyzer() {
    }

    public static AnalysisResult analyze(AnalysisInput input) {
        List<SystemAnalysis> systems = new ArrayList<>();
        PracticeCriteria criteria = PracticeCriteria.of(input.criteriaSets());
        Thresholds thresholds = Thresholds.of(input.thresholds());
        for (TwinSystem system : input.systems()) {
            systems.add(analyze(system, input, criteria, thresholds));
        }
        return new AnalysisResult(List.copyOf(systems));
    }

    private static SystemAnalysis analyze(TwinSystem system, AnalysisInput input, PracticeCriteria criteria,
            Thresholds thresholds) {
        SystemFacts facts = SystemFacts.of(system, thresholds);
        List<Profile> profiles = input.profiles().stream().filter(p -> p.getSystem() == system).toList();
        List<Assessment> assessments = input.assessments().stream().filter(a -> a.getSystem() == system
                || a.getSystem() == null && a.getProfile() != null && a.getProfile().getSystem() == system).toList();
        // a set: the profile an assessment names is usually also one written for the system
        Set<ApplicabilityOverride> overrides = new LinkedHashSet<>();
        Set<Practice> targeted = new LinkedHashSet<>();
        for (Profile profile : profiles) {
            overrides.addAll(profile.getOverrides());
            targeted.addAll(EffectiveTargets.of(profile).practices());
        }
        for (Assessment assessment : assessments) {
            if (assessment.getProfile() != null && !assessment.getProfile().eIsProxy()) {
                targeted.addAll(EffectiveTargets.of(assessment.getProfile()).practices());
                overrides.addAll(assessment.getProfile().getOverrides());
            }
        }
        List<Applicability> applicabilities = ApplicabilityAnalysis.compute(facts, input.rules(), overrides);
        List<AssessmentResult> results = byDate(assessments).stream()
                .map(a -> GapAnalysis.compute(a, input.mappingSets(), applicabilities, criteria)).toList();
        List<Suggestion> suggestions = SuggestionPolicy.suggest(facts, applicabilities, targeted);
        List<AnalysisWarning> warnings = new ArrayList<>(UnmatchedDeclarations.find(applicabilities, overrides,
                profiles, assessments));
        List<Plan> plans = input.plans().stream().filter(p -> p.getSystem() == system).toList();
        PlanResult plan = PlanAnalysis.of(plans, results.isEmpty() ? null : results.get(results.size() - 1),
                input.asOf());
        warnings.addAll(PlanWarnings.of(plan));
        warnings.addAll(undated(assessments));
        warnings.addAll(thresholds.warnings());
        warnings.addAll(UndecidedOwners.of(system));
        return new SystemAnalysis(system, facts, applicabilities, profiles, results, Trend.of(results), plan,
                suggestions, List.copyOf(warnings));
    }

    /** With several assessments, one without a date cannot be placed in time: which is latest is then a guess. */
    private static List<AnalysisWarning> undated(List<Assessment> assessments) {
        if (assessments.size() < 2) {
            return List.of();
        }
        return assessments.stream().filter(a -> a.getDate() == null).map(a -> new AnalysisWarning(a,
                "twinscope.undated-assessment", "Assessment " + a.getName() + " has no date, and its system has "
                        + assessments.size() + " assessments: it is taken as the oldest. Add 'date YYYY-MM-DD' so "
                        + "that the latest and the trend are right.")).toList();
    }

    /**
     * Assessments oldest first, by date: "latest" means latest by date, never by file order. Assessments without a
     * date come first (they cannot be placed); among equal dates the given order stands.
     */
    private static List<Assessment> byDate(List<Assessment> assessments) {
        return assessments.stream().sorted(Comparator.comparing(Assessment::getDate,
                Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
    }
}
