/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis;

import java.util.List;

/** The analysis of every system given, in input order. */
public record AnalysisResult(List<SystemAnalysis> systems) {

    /** The largest level gap across all assessments, for CI gates. */
    public int largestLevelGap() {
        return systems.stream().flatMap(s -> s.assessments().stream()).mapToInt(a -> a.largestLevelGap()).max()
                .orElse(0);
    }
}
