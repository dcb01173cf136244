/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.gaps;

import java.util.List;

import org.twinscope.analysis.targets.EffectiveTarget;
import org.twinscope.model.smm.Comprehensiveness;
import org.twinscope.model.smm.Criterion;
import org.twinscope.model.smm.Practice;
import org.twinscope.model.smm.Rating;
import org.twinscope.model.smm.Scope;
import org.twinscope.model.twin.SystemElement;

/**
 * One practice's target against its current state, system-wide or at one element.
 *
 * @param practice the practice
 * @param element the element, or null for the system as a whole
 * @param target the effective target and where it comes from (at an element: its own target, else the system's)
 * @param ratings the ratings the current state was taken from (empty when not assessed)
 * @param current the current level: the rating's, the weakest of several, or for a partially assessed practice the
 *        lowest element rating; null when not assessed or not applicable
 * @param currentScope the current scope, or null when not assessed, not applicable or not stated by the rating
 * @param status met, gap, partially assessed, not assessed or not applicable
 * @param levelGap target level minus current level when positive, else 0 (also when not assessed)
 * @param scopeGap how many steps (general, industry, system) the current scope falls short, else 0; a rating that does
 *        not state its scope falls short only of a target that asks for more than general
 * @param coverage for a practice rated only on elements: how many of the elements where it applies were rated;
 *        otherwise null
 * @param controls what the loaded mapping sets relate to the levels between current and target
 * @param openCriteria the practice's criteria of the levels above the current one up to the target that the ratings
 *        do not name as met, by level (empty when the target is reached or the practice has no criteria)
 * @param explanation how the current state was determined, in words
 */
public record PracticeGap(Practice practice, SystemElement element, EffectiveTarget target, List<Rating> ratings,
        Comprehensiveness current, Scope currentScope, Status status, int levelGap, int scopeGap, Coverage coverage,
        List<MappedControl> controls, List<Criterion> openCriteria, String explanation) {

    /** The same result at another element (elements that share a target and a rating share the comparison). */
    public PracticeGap at(SystemElement other) {
        return other == element ? this : new PracticeGap(practice, other, target, ratings, current, currentScope,
                status, levelGap, scopeGap, coverage, controls, openCriteria, explanation);
    }

    /** Evidence of the ratings the current state comes from, with where it is kept ("... (at audits/x.pdf)"). */
    public String evidence() {
        return String.join("; ", ratings.stream().filter(r -> r.getEvidence() != null && !r.getEvidence().isBlank())
                .map(r -> r.getEvidence() + (r.getEvidenceAt() == null ? "" : " (at " + r.getEvidenceAt() + ")"))
                .toList());
    }

    /**
     * Whether an element's result says something the system-wide one does not: its target or its rating is its
     * own. Reports list these; the others only repeat the system-wide result at each element.
     */
    public boolean elementSpecific() {
        return element != null && (!target.target().getElements().isEmpty()
                || ratings.stream().anyMatch(r -> !r.getElements().isEmpty()));
    }

    /** Whether the ratings state a scope; "scope not stated" otherwise. */
    public boolean scopeStated() {
        return currentScope != null;
    }

    /**
     * Size used to sort gaps: level steps weigh more than scope steps; an unassessed practice counts as its full
     * target, just after a measured gap of the same size; a partially assessed one at least just after that, since
     * its unrated elements are as unknown as an unassessed practice.
     */
    public int size() {
        if (status == Status.NOT_ASSESSED) {
            return target.level().getValue() * 10 - 5;
        }
        if (status == Status.PARTIALLY_ASSESSED) {
            return Math.max(levelGap * 10 + scopeGap, target.level().getValue() * 10 - 6);
        }
        return levelGap * 10 + scopeGap;
    }
}
