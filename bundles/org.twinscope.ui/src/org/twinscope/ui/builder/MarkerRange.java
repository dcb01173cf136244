/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.builder;

/** The characters a problem at a line and column points at: the word (or other token) that starts there. */
public final class MarkerRange {

    private MarkerRange() {
    }

    /** Start and end offsets in the text, or null when the position is not in it. */
    public static int[] of(String text, int line, int column) {
        if (line < 1 || column < 1) {
            return null;
        }
        int offset = 0;
        for (int current = 1; current < line; current++) {
            offset = text.indexOf('\n', offset) + 1;
            if (offset == 0) {
                return null;
            }
        }
        int start = offset + column - 1;
        if (start > text.length()) {
            return null;
        }
        int end = start;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_'
                || text.charAt(end) == '-' || text.charAt(end) == '.')) {
            end++;
        }
        return new int[] { start, Math.max(end, Math.min(start + 1, text.length())) };
    }
}
