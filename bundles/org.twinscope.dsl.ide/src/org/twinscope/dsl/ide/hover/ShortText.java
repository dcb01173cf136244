/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.ide.hover;

import java.util.Locale;

/**
 * Descriptions shortened for a hover or tooltip: a pasted specification of a megabyte would otherwise travel whole
 * to the editor on every mouse rest and fill the screen. The full text stays in the file, where the reader can go.
 */
public final class ShortText {

    /** Characters of a description that a hover shows. */
    public static final int HOVER_LIMIT = 1_000;

    private ShortText() {
    }

    /** The text, or its beginning (ended at a word) with the length of the whole when it is longer than the limit. */
    public static String of(String text, int limit) {
        if (text == null || text.length() <= limit) {
            return text;
        }
        int end = text.lastIndexOf(' ', limit);
        if (end < limit / 2) {
            end = limit;
        }
        return text.substring(0, end) + " … (" + String.format(Locale.ROOT, "%,d", text.length())
                + " characters in all; the full text is in the file)";
    }
}
