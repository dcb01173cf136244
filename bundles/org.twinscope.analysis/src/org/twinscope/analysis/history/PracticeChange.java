/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.history;

import org.twinscope.analysis.gaps.PracticeGap;
import org.twinscope.model.smm.Comprehensiveness;
import org.twinscope.model.smm.Practice;
import org.twinscope.model.twin.SystemElement;

/**
 * One practice (system-wide, or at an element with its own target or rating) from one assessment to the next, each
 * judged against the profile it names.
 *
 * @param practice the practice
 * @param element the element, or null for the system as a whole
 * @param before its result in the earlier assessment, or null when it had none there
 * @param after its result in the later assessment, or null when it has none there
 * @param change how its current level moved
 */
public record PracticeChange(Practice practice, SystemElement element, PracticeGap before, PracticeGap after,
        Change change) {

    /** The earlier current level, or null. */
    public Comprehensiveness levelBefore() {
        return before == null ? null : before.current();
    }

    /** The later current level, or null. */
    public Comprehensiveness levelAfter() {
        return after == null ? null : after.current();
    }

    /** "Minimum -> Ad hoc", with "-" for no level. */
    public String describe() {
        return literal(levelBefore()) + " -> " + literal(levelAfter());
    }

    private static String literal(Comprehensiveness level) {
        return level == null ? "-" : level.getLiteral();
    }
}
