/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.matrix;

import java.util.List;

import org.twinscope.analysis.applicability.Applicability;
import org.twinscope.analysis.gaps.PracticeGap;

/**
 * Whether and why a practice applies at a boundary (to it, to anything inside it, or to a link that reaches inside),
 * and where the practice stands.
 *
 * @param applicabilities the applicabilities behind the cell (empty: the practice does not apply here)
 * @param gap the practice's system-wide gap in the chosen assessment, or null without assessment or target
 */
public record MatrixCell(List<Applicability> applicabilities, PracticeGap gap) {

    public boolean applies() {
        return applicabilities.stream().anyMatch(a -> !a.isOverridden());
    }

    public boolean overridden() {
        return !applicabilities.isEmpty() && applicabilities.stream().allMatch(Applicability::isOverridden);
    }

    /** "gap", "met", "not assessed", "not applicable", "overridden", "untargeted" or "" when nothing applies. */
    public String status() {
        if (applicabilities.isEmpty()) {
            return "";
        }
        if (overridden()) {
            return "overridden";
        }
        return gap == null ? "untargeted" : gap.status().label();
    }
}
