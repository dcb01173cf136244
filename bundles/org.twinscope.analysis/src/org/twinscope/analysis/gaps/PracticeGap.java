/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.gaps;

import java.util.List;

import org.twinscope.analysis.targets.EffectiveTarget;
import org.twinscope.model.smm.Comprehensiveness;
import org.twinscope.model.smm.Practice;
import org.twinscope.model.smm.Rating;
import org.twinscope.model.smm.Scope;
import org.twinscope.model.twin.SystemElement;

/**
 * One practice's target against its current state, system-wide or for one element.
 *
 * @param practice the practice
 * @param element the element of an element-specific target, or null for the system-wide target
 * @param target the effective target and where it comes from
 * @param ratings the ratings the current state was taken from (empty when not assessed)
 * @param current the current level, or null when not assessed or not applicable
 * @param currentScope the current scope, or null when not assessed or not applicable
 * @param status met, gap, not assessed or not applicable
 * @param levelGap target level minus current level when positive, else 0 (also when not assessed)
 * @param scopeGap how many steps (general, industry, system) the current scope falls short, else 0
 * @param controls what the loaded mapping sets relate to the levels between current and target
 * @param explanation how the current state was determined, in words
 */
public record PracticeGap(Practice practice, SystemElement element, EffectiveTarget target, List<Rating> ratings,
        Comprehensiveness current, Scope currentScope, Status status, int levelGap, int scopeGap,
        List<MappedControl> controls, String explanation) {

    /** Evidence of the ratings the current state comes from, joined. */
    public String evidence() {
        return String.join("; ", ratings.stream().map(Rating::getEvidence).filter(e -> e != null && !e.isBlank())
                .toList());
    }

    /**
     * Size used to sort gaps: level steps weigh more than scope steps; an unassessed practice counts as its full
     * target, just after a measured gap of the same size.
     */
    public int size() {
        if (status == Status.NOT_ASSESSED) {
            return target.level().getValue() * 10 - 5;
        }
        return levelGap * 10 + scopeGap;
    }
}
