/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.history;

/** How a practice's current level moved from one assessment to the next. */
public enum Change {
    /** Rated higher than before. */
    IMPROVED,
    /** Rated lower than before: a regression, which {@code --fail-on-regression} stops. */
    REGRESSED,
    /** Rated at the same level. */
    UNCHANGED,
    /** Rated now, not before (not assessed, not applicable or not targeted then). */
    NEWLY_ASSESSED,
    /** Rated before, not now. */
    NO_LONGER_ASSESSED;

    /** "newly assessed", for people. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
