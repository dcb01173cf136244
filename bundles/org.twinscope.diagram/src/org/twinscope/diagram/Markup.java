/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.diagram;

/**
 * Escaping for the markup Twinscope writes, SVG here and HTML in the reports: every model string goes through here,
 * in text and in attribute values.
 */
public final class Markup {

    private Markup() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        int first = 0;
        while (first < text.length() && isPlain(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text; // most names and labels need nothing escaped; a large diagram escapes thousands of them
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (isPlain(c)) {
                        out.append(c); // other control characters are not allowed in XML (SVG): dropped
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * The text cut to about {@code max} characters (at a space where one is near) with its length said after it,
     * "... (1,048,576 characters)"; unchanged when it fits. Long descriptions are shortened so in tooltips and tables.
     */
    public static String shorten(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max;
        int space = text.lastIndexOf(' ', max);
        if (space > max * 3 / 4) {
            end = space;
        }
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never half a character
        }
        return text.substring(0, end).stripTrailing() + "\u2026 (" + String.format(java.util.Locale.ROOT, "%,d",
                text.length()) + " characters)";
    }

    /** A character written as it is: not one of the five escaped ones, nor a control character other than \n, \t. */
    private static boolean isPlain(char c) {
        return c >= 0x20 ? c != '&' && c != '<' && c != '>' && c != '"' && c != '\'' : c == '\n' || c == '\t';
    }
}
