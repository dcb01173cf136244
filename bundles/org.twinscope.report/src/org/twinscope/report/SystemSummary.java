/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.report;

import java.util.Comparator;

import org.twinscope.analysis.SystemAnalysis;
import org.twinscope.analysis.gaps.AssessmentResult;
import org.twinscope.analysis.gaps.PracticeGap;
import org.twinscope.analysis.gaps.Status;
import org.twinscope.analysis.history.AssessmentStep;
import org.twinscope.analysis.history.Change;

/**
 * How a system stands in its latest assessment, counted from the analysis for the report's first screen: results by
 * gap size (the listed results: system-wide and at elements with their own target or rating), how many of the
 * system-wide targets were assessed, and what changed since the previous assessment.
 *
 * @param gaps results short of their target by 3 or more levels, by 2, by 1, and in scope only, by that index
 * @param notAssessed results not or only partly assessed
 * @param accepted results with a gap that a current acceptance covers (counted in the others too)
 * @param targeted system-wide targets
 * @param assessed system-wide targets rated for the whole system (met, gap or not applicable)
 * @param step the latest step of the history, or null with fewer than two assessments
 */
record SystemSummary(SystemAnalysis system, AssessmentResult latest, int[] gaps, int notAssessed, int met,
        int accepted, int targeted, int assessed, AssessmentStep step) {

    /** Worst first: largest gap, then more results with a gap, more not assessed; systems without assessment last. */
    static final Comparator<SystemSummary> WORST_FIRST = Comparator
            .comparing((SystemSummary s) -> s.latest() == null)
            .thenComparing(Comparator.comparingInt(SystemSummary::largestGapIndex))
            .thenComparing(Comparator.comparingInt(SystemSummary::withGap).reversed())
            .thenComparing(Comparator.comparingInt(SystemSummary::notAssessed).reversed());

    static SystemSummary of(SystemAnalysis system) {
        AssessmentResult latest = system.latestAssessment();
        int[] gaps = new int[4];
        int notAssessed = 0;
        int met = 0;
        int accepted = 0;
        int targeted = 0;
        int assessed = 0;
        if (latest != null) {
            for (PracticeGap gap : latest.listed()) {
                switch (gap.status()) {
                    case GAP -> gaps[gap.levelGap() >= 3 ? 0 : gap.levelGap() == 2 ? 1 : gap.levelGap() == 1 ? 2 : 3]++;
                    case NOT_ASSESSED, PARTIALLY_ASSESSED -> notAssessed++;
                    case MET -> met++;
                    case NOT_APPLICABLE -> {
                        // declared not applicable by the assessor: neither a gap nor met
                    }
                }
                if (gap.status() != Status.MET && !system.counts(gap)) {
                    accepted++;
                }
            }
            for (PracticeGap gap : latest.practices()) {
                targeted++;
                if (gap.status() != Status.NOT_ASSESSED && gap.status() != Status.PARTIALLY_ASSESSED) {
                    assessed++;
                }
            }
        }
        return new SystemSummary(system, latest, gaps, notAssessed, met, accepted, targeted, assessed,
                system.latestStep());
    }

    int withGap() {
        return gaps[0] + gaps[1] + gaps[2] + gaps[3];
    }

    /** 0 for a gap of 3 or more levels, ..., 3 for scope only, 4 without any gap: sorts worst first. */
    int largestGapIndex() {
        for (int i = 0; i < gaps.length; i++) {
            if (gaps[i] > 0) {
                return i;
            }
        }
        return gaps.length;
    }

    long improved() {
        return step == null ? 0 : step.count(Change.IMPROVED);
    }

    long regressed() {
        return step == null ? 0 : step.count(Change.REGRESSED);
    }
}
