/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.design.services;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.twinscope.analysis.AnalysisResult;
import org.twinscope.analysis.SystemAnalysis;
import org.twinscope.analysis.applicability.Applicability;
import org.twinscope.analysis.facts.Frequencies;
import org.twinscope.analysis.gaps.AssessmentResult;
import org.twinscope.analysis.gaps.PracticeGap;
import org.twinscope.dsl.load.TwinscopePipeline;
import org.twinscope.model.smm.Fact;
import org.twinscope.model.twin.Synchronization;
import org.twinscope.model.twin.SystemElement;
import org.twinscope.model.twin.TwinSystem;
import org.twinscope.model.util.ElementNames;

/**
 * Services of the Twinscope Sirius viewpoint. Plain Java, as Sirius calls them (public, no-argument constructor,
 * receiver first); every answer comes from org.twinscope.analysis, nothing is decided here.
 */
public class ScopeServices {

    /** One analysis per resource set until it changes: Sirius asks for every element of a diagram. */
    private static final Map<ResourceSet, Cached> CACHE = new WeakHashMap<>();

    private record Cached(long stamp, AnalysisResult result) {
    }

    /** The worst status at the element over all applicable practices: gap, not-assessed, untargeted, met or "". */
    public String twinscopeStatus(SystemElement element) {
        return worst(element, null);
    }

    /** The status of one practice at the element, or "" when the practice does not apply there. */
    public String twinscopePracticeStatus(SystemElement element, String practice) {
        return worst(element, practice);
    }

    /** Whether the practice applies at the element (for layers and filters). */
    public boolean twinscopeApplies(SystemElement element, String practice) {
        return !worst(element, practice).isEmpty();
    }

    /** The practices that apply at the element, as short names, for a label or decorator. */
    public String twinscopeBadges(SystemElement element) {
        SystemAnalysis analysis = analysisOf(element);
        if (analysis == null) {
            return "";
        }
        List<String> names = new ArrayList<>();
        for (Applicability a : analysis.applicabilities()) {
            if (a.element() == element && !names.contains(a.practice().getName())) {
                names.add(a.practice().getName());
            }
        }
        return String.join(", ", names);
    }

    /** "every 100 ms, raw" and so on, for synchronization edges. */
    public String twinscopeSyncLabel(Synchronization sync) {
        String label = Frequencies.describe(sync.getFrequency());
        return sync.getFidelity().getValue() == 0 ? label : label + ", " + sync.getFidelity().getName();
    }

    /** Whether a synchronization links two organizations (drawn thick). */
    public boolean twinscopeCrossesOrganizations(Synchronization sync) {
        SystemAnalysis analysis = analysisOf(sync);
        return analysis != null && analysis.facts().holds(sync, Fact.CROSSES_ORGANIZATIONS);
    }

    /** The reasons practices apply at the element, for tooltips. */
    public String twinscopeReasons(SystemElement element) {
        SystemAnalysis analysis = analysisOf(element);
        if (analysis == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (Applicability a : analysis.applicabilities()) {
            if (a.element() == element) {
                text.append(ElementNames.title(a.practice())).append(": ").append(a.explanation()).append('\n');
            }
        }
        return text.toString().strip();
    }

    private String worst(SystemElement element, String practice) {
        SystemAnalysis analysis = analysisOf(element);
        if (analysis == null) {
            return "";
        }
        AssessmentResult latest = analysis.latestAssessment();
        String worst = "";
        for (Applicability a : analysis.applicabilities()) {
            if (a.element() != element || practice != null && !practice.equals(a.practice().getName())) {
                continue;
            }
            String status = a.isOverridden() ? "overridden" : statusOf(latest, a);
            if (rank(status) > rank(worst)) {
                worst = status;
            }
        }
        return worst;
    }

    private static String statusOf(AssessmentResult latest, Applicability applicability) {
        PracticeGap gap = latest == null ? null : latest.gapFor(applicability.practice(), applicability.element());
        return gap == null ? "untargeted" : gap.status().label().replace(' ', '-');
    }

    private static int rank(String status) {
        return List.of("", "overridden", "met", "not-applicable", "untargeted", "not-assessed", "gap").indexOf(status);
    }

    private static SystemAnalysis analysisOf(EObject element) {
        Resource resource = element.eResource();
        TwinSystem system = system(element);
        if (resource == null || resource.getResourceSet() == null || system == null) {
            return null;
        }
        ResourceSet resourceSet = resource.getResourceSet();
        long stamp = resourceSet.getResources().stream().mapToLong(r -> r.getTimeStamp() + (r.isModified() ? 1 : 0))
                .sum();
        Cached cached;
        synchronized (CACHE) {
            cached = CACHE.get(resourceSet);
            if (cached == null || cached.stamp() != stamp) {
                cached = new Cached(stamp, TwinscopePipeline.analyze(resourceSet.getResources()));
                CACHE.put(resourceSet, cached);
            }
        }
        return cached.result().systems().stream().filter(s -> s.system() == system).findFirst().orElse(null);
    }

    private static TwinSystem system(EObject element) {
        for (EObject current = element; current != null; current = current.eContainer()) {
            if (current instanceof TwinSystem system) {
                return system;
            }
        }
        return null;
    }
}
