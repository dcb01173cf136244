/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.gaps;

/**
 * How much of a practice's reach an assessment rated when it rated the practice only on elements.
 *
 * @param rated elements where the practice applies that have a rating of their own
 * @param applicable elements where the practice applies
 */
public record Coverage(int rated, int applicable) {

    /** "rated 2 of 5 elements where the practice applies". */
    public String describe() {
        return "rated " + rated + " of " + applicable + " element" + (applicable == 1 ? "" : "s")
                + " where the practice applies";
    }
}
