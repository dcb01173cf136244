/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.twinscope.model.smm.ApplicabilityRule;
import org.twinscope.model.smm.Assessment;
import org.twinscope.model.smm.CriteriaSet;
import org.twinscope.model.smm.MappingSet;
import org.twinscope.model.smm.Plan;
import org.twinscope.model.smm.Profile;
import org.twinscope.model.smm.SmmModel;
import org.twinscope.model.smm.Threshold;
import org.twinscope.model.twin.TwinModel;
import org.twinscope.model.twin.TwinSystem;

/**
 * What an analysis looks at: the systems, and the rules, profiles, assessments, mapping sets, plans, criteria sets
 * and thresholds
 * that go with them, in the order they were given, and the day the analysis is made for (which actions are overdue, which accepted
 * gaps have expired).
 */
public record AnalysisInput(List<TwinSystem> systems, List<ApplicabilityRule> rules, List<Profile> profiles,
        List<Assessment> assessments, List<MappingSet> mappingSets, List<Plan> plans, List<CriteriaSet> criteriaSets,
        List<Threshold> thresholds, LocalDate asOf) {

    /** The same input, analyzed as of another day (for reproducible CI runs and tests). */
    public AnalysisInput asOf(LocalDate day) {
        return new AnalysisInput(systems, rules, profiles, assessments, mappingSets, plans, criteriaSets, thresholds,
                day);
    }

    /** Collects the content of the resources (user files and built-in library alike), in resource order. */
    public static AnalysisInput of(Iterable<? extends Resource> resources) {
        List<TwinSystem> systems = new ArrayList<>();
        List<ApplicabilityRule> rules = new ArrayList<>();
        List<Profile> profiles = new ArrayList<>();
        List<Assessment> assessments = new ArrayList<>();
        List<MappingSet> mappingSets = new ArrayList<>();
        List<Plan> plans = new ArrayList<>();
        List<CriteriaSet> criteriaSets = new ArrayList<>();
        List<Threshold> thresholds = new ArrayList<>();
        for (Resource resource : resources) {
            for (EObject root : resource.getContents()) {
                if (root instanceof TwinModel model) {
                    systems.addAll(model.getSystems());
                } else if (root instanceof SmmModel model) {
                    rules.addAll(model.getRules());
                    profiles.addAll(model.getProfiles());
                    assessments.addAll(model.getAssessments());
                    mappingSets.addAll(model.getMappingSets());
                    plans.addAll(model.getPlans());
                    criteriaSets.addAll(model.getCriteriaSets());
                    thresholds.addAll(model.getThresholds());
                }
            }
        }
        return new AnalysisInput(List.copyOf(systems), List.copyOf(rules), List.copyOf(profiles),
                List.copyOf(assessments), List.copyOf(mappingSets), List.copyOf(plans), List.copyOf(criteriaSets),
                List.copyOf(thresholds),
                LocalDate.now(ZoneOffset.UTC));
    }
}
