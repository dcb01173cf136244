/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.validation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.twinscope.analysis.targets.EffectiveTarget;
import org.twinscope.analysis.targets.EffectiveTargets;
import org.twinscope.model.smm.Assessment;
import org.twinscope.model.smm.Comprehensiveness;
import org.twinscope.model.smm.Practice;
import org.twinscope.model.smm.Profile;
import org.twinscope.model.smm.Rating;
import org.twinscope.model.smm.SmmPackage;
import org.twinscope.model.twin.Asset;
import org.twinscope.model.twin.SystemElement;
import org.twinscope.model.twin.Synchronization;
import org.twinscope.model.twin.Twin;
import org.twinscope.model.twin.TwinSystem;

/** Checks of assessments against the profile they are made against. */
public class AssessmentChecks extends AbstractTwinscopeCheck {

    private static final SmmPackage SMM = SmmPackage.eINSTANCE;

    @Check
    public void ratedPracticeIsTargeted(Rating rating) {
        Profile profile = rating.getAssessment() == null ? null : rating.getAssessment().getProfile();
        Practice practice = rating.getPractice();
        if (profile == null || profile.eIsProxy() || practice == null || practice.eIsProxy()) {
            return;
        }
        if (!EffectiveTargets.of(profile).targets(practice)) {
            info("Profile " + profile.getName() + " sets no target for " + Labels.of(practice)
                    + ", so this rating is not compared with anything. Add 'target " + practice.getName()
                    + " <level>' to the profile, or remove the rating.", SMM.getRating_Practice(),
                    IssueCodes.UNTARGETED_RATING);
        }
    }

    @Check
    public void notApplicableIsJustified(Rating rating) {
        if (rating.isNotApplicable() && (rating.getJustification() == null || rating.getJustification().isBlank())) {
            warning("Say why " + Labels.of(rating.getPractice()) + " is not applicable: add 'because \"...\"'. "
                    + "An unexplained exclusion cannot be reviewed.", SMM.getRating_NotApplicable(),
                    IssueCodes.MISSING_JUSTIFICATION);
        }
    }

    /**
     * The Digital Twin Profile's "complete system" concern: at Consistent or above, a practice covers the twin, the
     * assets it represents and the synchronization between them together, not the twin alone.
     */
    @Check
    public void consistentPracticeCoversTheCompleteSystem(Assessment assessment) {
        Profile profile = assessment.getProfile();
        if (profile == null || profile.eIsProxy()) {
            return;
        }
        EffectiveTargets targets = EffectiveTargets.of(profile);
        Set<Practice> practices = new LinkedHashSet<>();
        assessment.getRatings().forEach(r -> practices.add(r.getPractice()));
        for (Practice practice : practices) {
            if (practice == null || practice.eIsProxy()) {
                continue;
            }
            List<Rating> ratings = assessment.getRatings().stream().filter(r -> r.getPractice() == practice)
                    .toList();
            if (ratings.stream().anyMatch(r -> r.getElements().isEmpty())) {
                continue; // a rating of the whole system covers everything
            }
            Set<SystemElement> covered = new LinkedHashSet<>();
            ratings.forEach(r -> covered.addAll(r.getElements()));
            for (Rating rating : ratings) {
                for (SystemElement element : rating.getElements()) {
                    if (element instanceof Twin twin && !twin.eIsProxy()) {
                        checkTwinCoverage(targets, practice, twin, covered, rating);
                    }
                }
            }
        }
    }

    private void checkTwinCoverage(EffectiveTargets targets, Practice practice, Twin twin,
            Set<SystemElement> covered, Rating rating) {
        EffectiveTarget target = targets.forPractice(practice, twin).orElse(null);
        if (target == null || target.level().getValue() < Comprehensiveness.CONSISTENT_VALUE) {
            return;
        }
        for (Asset asset : twin.getRepresentedAssets()) {
            List<Synchronization> links = links(twin, asset);
            boolean assetCovered = covered.contains(asset);
            boolean linkCovered = links.isEmpty() || links.stream().anyMatch(covered::contains);
            if (assetCovered && linkCovered) {
                continue;
            }
            String missing = !assetCovered ? "the asset " + asset.getName() + " it represents"
                    : "the synchronization between them";
            String fix = !assetCovered ? "add " + asset.getName() + " to 'on'"
                    : links.stream().anyMatch(l -> l.getName() != null)
                            ? "add " + links.stream().filter(l -> l.getName() != null).findFirst().get().getName()
                                    + " to 'on'"
                            : "name the synchronization ('sync Name: ...') and add it to 'on'";
            warning(Labels.of(practice) + " is targeted " + target.level().getLiteral() + ", but its ratings "
                    + "cover twin " + twin.getName() + " and not " + missing + ". At this level twin, asset and "
                    + "their synchronization are assessed as one system: " + fix + ".", rating,
                    SMM.getRating_Elements(), rating.getElements().indexOf(twin),
                    IssueCodes.INCOMPLETE_SYSTEM_COVERAGE);
        }
    }

    private static List<Synchronization> links(Twin twin, Asset asset) {
        TwinSystem system = EcoreUtil2.getContainerOfType(twin, TwinSystem.class);
        if (system == null) {
            return List.of();
        }
        return system.getSynchronizations().stream()
                .filter(s -> (s.getSource() == twin && s.getTarget() == asset)
                        || (s.getSource() == asset && s.getTarget() == twin))
                .toList();
    }
}
