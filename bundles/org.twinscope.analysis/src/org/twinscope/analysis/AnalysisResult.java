/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis;

import java.util.List;

/** The analysis of every system given, in input order. */
public record AnalysisResult(List<SystemAnalysis> systems) {

    /**
     * The largest level gap in the latest assessment of each system, for CI gates: an older assessment says how it
     * was, not how it is, and a gap accepted until a day still to come does not count.
     */
    public int largestLevelGap() {
        return systems.stream().flatMap(s -> s.latestAssessment() == null ? java.util.stream.Stream.empty()
                : java.util.stream.Stream.concat(s.latestAssessment().practices().stream(),
                        s.latestAssessment().elements().stream()).filter(s::counts))
                .mapToInt(org.twinscope.analysis.gaps.PracticeGap::levelGap).max().orElse(0);
    }
}
