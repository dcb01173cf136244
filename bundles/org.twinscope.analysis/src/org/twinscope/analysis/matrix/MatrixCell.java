/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.matrix;

import java.util.Comparator;
import java.util.List;

import org.twinscope.analysis.applicability.Applicability;
import org.twinscope.analysis.gaps.PracticeGap;

/**
 * Whether and why a practice applies at a boundary (to it, to anything inside it, or to a link that reaches inside),
 * and where the practice stands there: the worst of its results at those elements, so that one element short of its
 * own target makes the boundary short too.
 *
 * @param applicabilities the applicabilities behind the cell (empty: the practice does not apply here)
 * @param results the practice's results at the boundary and at the elements of its applicabilities in the chosen
 *        assessment (empty without assessment or target)
 */
public record MatrixCell(List<Applicability> applicabilities, List<PracticeGap> results) {

    public boolean applies() {
        return applicabilities.stream().anyMatch(a -> !a.isOverridden());
    }

    public boolean overridden() {
        return !applicabilities.isEmpty() && applicabilities.stream().allMatch(Applicability::isOverridden);
    }

    /** The worst result here (by status, then size), or null when no result falls into the cell. */
    public PracticeGap worst() {
        return results.stream().max(Comparator.comparingInt((PracticeGap g) -> g.status().severity())
                .thenComparingInt(PracticeGap::size)).orElse(null);
    }

    /** "gap", "met", "not assessed", "not applicable", "overridden", "untargeted" or "" when nothing applies. */
    public String status() {
        if (applicabilities.isEmpty()) {
            return "";
        }
        if (overridden()) {
            return "overridden";
        }
        PracticeGap worst = worst();
        return worst == null ? "untargeted" : worst.status().label();
    }
}
