/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.validation;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.validation.Check;
import org.twinscope.analysis.coverage.CompleteSystemCoverage;
import org.twinscope.analysis.coverage.CoverageFinding;
import org.twinscope.analysis.targets.EffectiveTargets;
import org.twinscope.dsl.IssueCodes;
import org.twinscope.model.smm.Assessment;
import org.twinscope.model.smm.Practice;
import org.twinscope.model.smm.Profile;
import org.twinscope.model.smm.Rating;
import org.twinscope.model.smm.SmmPackage;
import org.twinscope.model.util.ElementNames;

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
            info("Profile " + profile.getName() + " sets no target for " + ElementNames.label(practice)
                    + ", so this rating is not compared with anything. Add 'target " + practice.getName()
                    + " <level>' to the profile, or remove the rating.", SMM.getRating_Practice(),
                    IssueCodes.UNTARGETED_RATING);
        }
    }

    /** A rating without scope is "scope not stated", never general: say so, and offer the three scopes. */
    @Check
    public void ratingStatesItsScope(Rating rating) {
        if (!rating.isNotApplicable() && rating.getPractice() != null
                && !rating.eIsSet(SMM.getRating_Scope())) {
            warning("Say at which scope " + ElementNames.label(rating.getPractice()) + " was found: add 'scope "
                    + "general', 'scope industry' or 'scope system' after the level. Without it the rating is 'scope "
                    + "not stated' and falls short of any target that asks for an industry or system scope.",
                    SMM.getRating_Level(), IssueCodes.MISSING_SCOPE);
        }
    }

    /**
     * Evidence "at" a relative path points at a file next to the .smm file; a missing one is a broken promise of
     * evidence. Links (anything with a scheme) are not checked: that would need the network.
     */
    @Check
    public void evidenceFileExists(Rating rating) {
        String at = rating.getEvidenceAt();
        URI uri = rating.eResource() == null ? null : rating.eResource().getURI();
        if (at == null || at.isBlank() || at.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || uri == null
                || !uri.isFile()) {
            return;
        }
        try {
            Path file = Path.of(uri.toFileString()).resolveSibling(at).normalize();
            if (!Files.exists(file)) {
                warning("No file at '" + at + "' (looked for " + file + "): fix the path, relative to this file, or "
                        + "add the evidence there.", SMM.getRating_EvidenceAt(), IssueCodes.EVIDENCE_NOT_FOUND);
            }
        } catch (InvalidPathException e) {
            warning("'" + at + "' is not a file path: " + e.getReason() + ".", SMM.getRating_EvidenceAt(),
                    IssueCodes.EVIDENCE_NOT_FOUND);
        }
    }

    @Check
    public void notApplicableIsJustified(Rating rating) {
        if (rating.isNotApplicable() && (rating.getJustification() == null || rating.getJustification().isBlank())) {
            warning("Say why " + ElementNames.label(rating.getPractice()) + " is not applicable: add 'because \"...\"'. "
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
        for (CoverageFinding finding : CompleteSystemCoverage.findings(assessment)) {
            warning(finding.message(), finding.rating(), SMM.getRating_Elements(),
                    finding.rating().getElements().indexOf(finding.twin()), IssueCodes.INCOMPLETE_SYSTEM_COVERAGE);
        }
    }
}
