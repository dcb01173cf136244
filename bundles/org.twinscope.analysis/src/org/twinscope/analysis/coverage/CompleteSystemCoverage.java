/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.coverage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.twinscope.analysis.targets.EffectiveTarget;
import org.twinscope.analysis.targets.EffectiveTargets;
import org.twinscope.model.smm.Assessment;
import org.twinscope.model.smm.Catalog;
import org.twinscope.model.smm.Comprehensiveness;
import org.twinscope.model.smm.Domain;
import org.twinscope.model.smm.Practice;
import org.twinscope.model.smm.Rating;
import org.twinscope.model.smm.SmmPackage;
import org.twinscope.model.smm.SubDomain;
import org.twinscope.model.twin.Asset;
import org.twinscope.model.twin.Synchronization;
import org.twinscope.model.twin.SystemElement;
import org.twinscope.model.twin.Twin;
import org.twinscope.model.twin.TwinSystem;

/**
 * The Digital Twin Profile's "complete system" concern: from a level the catalog names ({@code complete-system-from},
 * Consistent in the built-in SMM catalog) a practice treats the twin, the assets it represents and the synchronization
 * between them together. A rating of the whole system covers everything.
 */
public final class CompleteSystemCoverage {

    private CompleteSystemCoverage() {
    }

    public static List<CoverageFinding> findings(Assessment assessment) {
        List<CoverageFinding> findings = new ArrayList<>();
        if (assessment.getProfile() == null || assessment.getProfile().eIsProxy()) {
            return findings;
        }
        EffectiveTargets targets = EffectiveTargets.of(assessment.getProfile());
        Set<Practice> practices = new LinkedHashSet<>();
        assessment.getRatings().forEach(r -> practices.add(r.getPractice()));
        for (Practice practice : practices) {
            if (practice == null || practice.eIsProxy()) {
                continue;
            }
            List<Rating> ratings = assessment.getRatings().stream().filter(r -> r.getPractice() == practice)
                    .toList();
            if (ratings.stream().anyMatch(r -> r.getElements().isEmpty())) {
                continue;
            }
            Set<SystemElement> covered = new LinkedHashSet<>();
            ratings.forEach(r -> covered.addAll(r.getElements()));
            for (Rating rating : ratings) {
                for (SystemElement element : rating.getElements()) {
                    if (element instanceof Twin twin && !twin.eIsProxy()) {
                        check(targets, practice, twin, covered, rating, findings);
                    }
                }
            }
        }
        return findings;
    }

    private static void check(EffectiveTargets targets, Practice practice, Twin twin, Set<SystemElement> covered,
            Rating rating, List<CoverageFinding> findings) {
        EffectiveTarget target = targets.forPractice(practice, twin).orElse(null);
        Comprehensiveness threshold = threshold(practice);
        if (target == null || threshold == null || target.level().getValue() < threshold.getValue()) {
            return;
        }
        for (Asset asset : twin.getRepresentedAssets()) {
            if (asset.eIsProxy()) {
                continue;
            }
            List<Synchronization> links = links(twin, asset);
            boolean assetCovered = covered.contains(asset);
            boolean linkCovered = links.isEmpty() || links.stream().anyMatch(covered::contains);
            if (!assetCovered || !linkCovered) {
                findings.add(new CoverageFinding(practice, target, rating, twin, asset, assetCovered,
                        linkCovered ? List.of() : links));
            }
        }
    }

    /**
     * The level from which the practice's catalog asks for the complete system ({@code complete-system-from} in the
     * catalog: data, not code), or null when it does not.
     */
    private static Comprehensiveness threshold(Practice practice) {
        SubDomain subDomain = practice.getSubDomain();
        Domain domain = subDomain == null ? null : subDomain.getDomain();
        if (domain != null && domain.eContainer() instanceof Catalog catalog
                && catalog.eIsSet(SmmPackage.Literals.CATALOG__COMPLETE_SYSTEM_FROM)) {
            return catalog.getCompleteSystemFrom();
        }
        return null;
    }

    private static List<Synchronization> links(Twin twin, Asset asset) {
        EObject container = twin;
        while (container != null && !(container instanceof TwinSystem)) {
            container = container.eContainer();
        }
        if (container == null) {
            return List.of();
        }
        return ((TwinSystem) container).getSynchronizations().stream()
                .filter(s -> (s.getSource() == twin && s.getTarget() == asset)
                        || (s.getSource() == asset && s.getTarget() == twin))
                .toList();
    }
}
