/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.gaps;

import java.util.Comparator;
import java.util.List;

import org.twinscope.analysis.coverage.CoverageFinding;
import org.twinscope.model.smm.Assessment;
import org.twinscope.model.smm.Profile;

/**
 * An assessment compared with its profile.
 *
 * @param assessment the assessment
 * @param profile the profile it was made against (null when it names none)
 * @param practices every targeted practice against its rating, in catalog order
 * @param subDomains roll-ups per sub-domain, in catalog order (see {@link RollUp#RULE})
 * @param domains roll-ups per domain, in catalog order
 * @param coverage ratings that cover a twin without its asset or their synchronization
 */
public record AssessmentResult(Assessment assessment, Profile profile, List<PracticeGap> practices,
        List<RollUp> subDomains, List<RollUp> domains, List<CoverageFinding> coverage) {

    /** Gaps and unassessed practices, largest first; ties keep catalog order. */
    public List<PracticeGap> gapsBySize() {
        return practices.stream().filter(p -> p.status() == Status.GAP || p.status() == Status.NOT_ASSESSED)
                .sorted(Comparator.comparingInt(PracticeGap::size).reversed()).toList();
    }

    /**
     * How the practice stands at an element: the comparison for the element's own target if it has one, else the
     * system-wide one; null when the profile does not target the practice.
     */
    public PracticeGap gapFor(org.twinscope.model.smm.Practice practice,
            org.twinscope.model.twin.SystemElement element) {
        PracticeGap systemWide = null;
        for (PracticeGap gap : practices) {
            if (gap.practice() == practice) {
                if (element != null && gap.element() == element) {
                    return gap;
                }
                if (gap.element() == null) {
                    systemWide = gap;
                }
            }
        }
        return systemWide;
    }

    /** The largest level gap of any practice, for CI gates. */
    public int largestLevelGap() {
        return practices.stream().mapToInt(PracticeGap::levelGap).max().orElse(0);
    }
}
