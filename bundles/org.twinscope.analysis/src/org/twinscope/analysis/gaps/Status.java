/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.gaps;

/** Where a targeted practice stands against its target. */
public enum Status {
    /** The rating reaches the target level and scope (or exceeds them). */
    MET,
    /** The rating falls short of the target in level or in scope. */
    GAP,
    /** The practice is targeted but nobody rated it. */
    NOT_ASSESSED,
    /** The assessor declared the practice not applicable, with a justification. */
    NOT_APPLICABLE;

    /** "not assessed", for people. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
