/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.parser;

/**
 * Keeps pathological nesting (thousands of boundaries inside each other) from overflowing the stack of the
 * recursive-descent parser and of everything that walks the model recursively after it. The first brace or
 * parenthesis that would open a level deeper than {@link #MAX_DEPTH} is replaced by {@link #MARKER}, which the parser
 * reports as a positioned error, and what it encloses is blanked out (line breaks kept, so positions stay right).
 */
public final class NestingGuard {

    /** Deeper than any real system: boundaries within boundaries rarely go beyond five levels. */
    public static final int MAX_DEPTH = 100;

    /** Stands in for the brace that opens too deep a level; a noncharacter, so real text does not contain it. */
    public static final char MARKER = '\uFFFF';

    private NestingGuard() {
    }

    /** The text itself when its nesting is within bounds, else the text with the too-deep parts blanked out. */
    public static CharSequence flatten(CharSequence text) {
        if (firstTooDeep(text) < 0) {
            return text;
        }
        StringBuilder flattened = new StringBuilder(text);
        Scanner scanner = new Scanner(text);
        int depth = 0;
        int i = scanner.next(0);
        while (i < text.length()) {
            char c = text.charAt(i);
            if ((c == '{' || c == '(') && depth == MAX_DEPTH) {
                int end = matchingClose(text, i);
                flattened.setCharAt(i, MARKER);
                for (int j = i + 1; j <= end; j++) {
                    char blanked = text.charAt(j);
                    if (blanked != '\n' && blanked != '\r') {
                        flattened.setCharAt(j, ' ');
                    }
                }
                i = scanner.next(end + 1);
                continue;
            }
            if (c == '{' || c == '(') {
                depth++;
            } else if ((c == '}' || c == ')') && depth > 0) {
                depth--;
            }
            i = scanner.next(i + 1);
        }
        return flattened;
    }

    /** Offset of the first opening brace or parenthesis beyond {@link #MAX_DEPTH}, or -1. */
    public static int firstTooDeep(CharSequence text) {
        Scanner scanner = new Scanner(text);
        int depth = 0;
        for (int i = scanner.next(0); i < text.length(); i = scanner.next(i + 1)) {
            char c = text.charAt(i);
            if (c == '{' || c == '(') {
                depth++;
                if (depth > MAX_DEPTH) {
                    return i;
                }
            } else if ((c == '}' || c == ')') && depth > 0) {
                depth--;
            }
        }
        return -1;
    }

    /** Offset of the brace that closes the one at start, or the last offset when it is never closed. */
    private static int matchingClose(CharSequence text, int start) {
        Scanner scanner = new Scanner(text);
        int depth = 0;
        for (int i = scanner.next(start); i < text.length(); i = scanner.next(i + 1)) {
            char c = text.charAt(i);
            if (c == '{' || c == '(') {
                depth++;
            } else if (c == '}' || c == ')') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return text.length() - 1;
    }

    /** Steps over strings and comments, which may contain braces that mean nothing. */
    private static final class Scanner {
        private final CharSequence text;

        Scanner(CharSequence text) {
            this.text = text;
        }

        /** The offset of the next character at or after i that is code, not inside a string or comment. */
        int next(int i) {
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '"' || c == '\'') {
                    i = skipString(i, c);
                } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                    i = skipTo(i + 2, "\n");
                } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                    i = skipTo(i + 2, "*/");
                } else {
                    return i;
                }
            }
            return i;
        }

        private int skipString(int start, char quote) {
            for (int i = start + 1; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    return i + 1;
                }
            }
            return text.length();
        }

        private boolean startsWith(int offset, String prefix) {
            for (int k = 0; k < prefix.length(); k++) {
                if (text.charAt(offset + k) != prefix.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        private int skipTo(int start, String end) {
            for (int i = start; i + end.length() <= text.length(); i++) {
                if (startsWith(i, end)) {
                    return i + end.length();
                }
            }
            return text.length();
        }
    }
}
