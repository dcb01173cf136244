/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis;

import java.util.List;

import org.twinscope.analysis.applicability.Applicability;
import org.twinscope.analysis.facts.SystemFacts;
import org.twinscope.analysis.gaps.AssessmentResult;
import org.twinscope.analysis.gaps.PracticeGap;
import org.twinscope.analysis.history.AssessmentStep;
import org.twinscope.analysis.plan.PlanResult;
import org.twinscope.analysis.matrix.BoundaryMatrix;
import org.twinscope.analysis.suggestions.Suggestion;
import org.twinscope.model.smm.Profile;
import org.twinscope.model.twin.TwinSystem;

/**
 * Everything Twinscope found for one system.
 *
 * @param system the system
 * @param facts the facts of its elements
 * @param applicabilities which practices apply where and why (overridden ones included, marked)
 * @param profiles the profiles written for the system
 * @param assessments its assessments, each compared with the profile it names, oldest first by date (undated
 *        ones first, in input order)
 * @param history what changed from each assessment to the next (see {@link org.twinscope.analysis.history.Trend})
 * @param plan the remediation plans for the system against its latest assessment
 * @param suggestions suggested levels for applicable practices no profile targets
 * @param warnings declarations that change nothing (an "on" list that matches nothing where its practice applies)
 */
public record SystemAnalysis(TwinSystem system, SystemFacts facts, List<Applicability> applicabilities,
        List<Profile> profiles, List<AssessmentResult> assessments, List<AssessmentStep> history, PlanResult plan,
        List<Suggestion> suggestions, List<AnalysisWarning> warnings) {

    /** Whether a result of the latest assessment counts for the CI gates: not covered by a current acceptance. */
    public boolean counts(PracticeGap gap) {
        return plan.activeAcceptance(gap) == null;
    }

    /** The latest assessment by date, the one views show by default; null when there is none. */
    public AssessmentResult latestAssessment() {
        return assessments.isEmpty() ? null : assessments.get(assessments.size() - 1);
    }

    /** What changed from the previous assessment to the latest, or null with fewer than two assessments. */
    public AssessmentStep latestStep() {
        return history.isEmpty() ? null : history.get(history.size() - 1);
    }

    /** The boundary x practice matrix against an assessment (may be null). */
    public BoundaryMatrix matrix(AssessmentResult assessment) {
        return BoundaryMatrix.of(facts, applicabilities, assessment);
    }
}
