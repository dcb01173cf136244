/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.twinscope.analysis.applicability.Applicability;
import org.twinscope.analysis.applicability.ApplicabilityAnalysis;
import org.twinscope.analysis.facts.SystemFacts;
import org.twinscope.analysis.gaps.AssessmentResult;
import org.twinscope.analysis.gaps.GapAnalysis;
import org.twinscope.analysis.suggestions.Suggestion;
import org.twinscope.analysis.suggestions.SuggestionPolicy;
import org.twinscope.analysis.targets.EffectiveTargets;
import org.twinscope.model.smm.ApplicabilityOverride;
import org.twinscope.model.smm.Assessment;
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
        for (TwinSystem system : input.systems()) {
            systems.add(analyze(system, input));
        }
        return new AnalysisResult(List.copyOf(systems));
    }

    private static SystemAnalysis analyze(TwinSystem system, AnalysisInput input) {
        SystemFacts facts = SystemFacts.of(system);
        List<Profile> profiles = input.profiles().stream().filter(p -> p.getSystem() == system).toList();
        List<Assessment> assessments = input.assessments().stream().filter(a -> a.getSystem() == system
                || a.getSystem() == null && a.getProfile() != null && a.getProfile().getSystem() == system).toList();
        List<ApplicabilityOverride> overrides = new ArrayList<>();
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
        List<AssessmentResult> results = assessments.stream()
                .map(a -> GapAnalysis.compute(a, input.mappingSets())).toList();
        List<Suggestion> suggestions = SuggestionPolicy.suggest(facts, applicabilities, targeted);
        return new SystemAnalysis(system, facts, applicabilities, profiles, results, suggestions);
    }
}
