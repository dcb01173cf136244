/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.diagram;

/**
 * Text sizes for layout without a display: an average glyph width of the sans-serif fonts browsers use, generous
 * enough that labels fit in DejaVu Sans and Helvetica alike.
 */
final class TextMetrics {

    static final double FONT_SIZE = 12;
    static final double SMALL_FONT_SIZE = 10;
    static final double LINE_HEIGHT = 15;

    private TextMetrics() {
    }

    static double width(String text, double fontSize) {
        return text == null ? 0 : text.length() * fontSize * 0.62;
    }

    /** Bold text (node names) runs wider. */
    static double boldWidth(String text, double fontSize) {
        return text == null ? 0 : text.length() * fontSize * 0.7;
    }
}
