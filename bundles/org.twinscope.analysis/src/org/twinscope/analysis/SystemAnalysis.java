/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis;

import java.util.List;

import org.twinscope.analysis.applicability.Applicability;
import org.twinscope.analysis.facts.SystemFacts;
import org.twinscope.analysis.gaps.AssessmentResult;
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
 * @param assessments its assessments, each compared with its profile, in input order
 * @param suggestions suggested levels for applicable practices no profile targets
 */
public record SystemAnalysis(TwinSystem system, SystemFacts facts, List<Applicability> applicabilities,
        List<Profile> profiles, List<AssessmentResult> assessments, List<Suggestion> suggestions) {

    /** The latest assessment (the last given), the one views show by default; null when there is none. */
    public AssessmentResult latestAssessment() {
        return assessments.isEmpty() ? null : assessments.get(assessments.size() - 1);
    }

    /** The boundary x practice matrix against an assessment (may be null). */
    public BoundaryMatrix matrix(AssessmentResult assessment) {
        return BoundaryMatrix.of(facts, applicabilities, assessment);
    }
}
