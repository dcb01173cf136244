/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.gaps;

/** Where a targeted practice stands against its target, system-wide or at one element. */
public enum Status {
    /** The rating reaches the target level and scope (or exceeds them). */
    MET,
    /** The rating falls short of the target in level or in scope. */
    GAP,
    /**
     * System-wide only: the practice is rated on some elements but not for the whole system. Never met and never not
     * applicable, whatever those ratings say: they speak for their elements only.
     */
    PARTIALLY_ASSESSED,
    /** The practice is targeted but nobody rated it (here). */
    NOT_ASSESSED,
    /** The assessor declared the practice not applicable (here), with a justification. */
    NOT_APPLICABLE;

    /** "not assessed", for people. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** How bad a status is, for "the worst over ...": met and not applicable best, a gap worst. */
    public int severity() {
        return switch (this) {
            case MET, NOT_APPLICABLE -> 0;
            case PARTIALLY_ASSESSED -> 2;
            case NOT_ASSESSED -> 3;
            case GAP -> 4;
        };
    }
}
