/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.editor.highlighting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/**
 * Semantic colors by text range, in the order of the text, kept in step with the text as it is edited until they are
 * computed again: so that the colors of the lines around an edit do not flicker away at each keystroke, and the last
 * colors can stay while the text does not parse. Immutable; arrays rather than style objects because a large model
 * has tens of thousands of references, and each keystroke moves the ranges after it.
 */
final class SemanticRanges {

    static final SemanticRanges NONE = new SemanticRanges(new int[0], new int[0], new RGB[0]);

    private final int[] starts;
    private final int[] lengths;
    private final RGB[] colors;

    private SemanticRanges(int[] starts, int[] lengths, RGB[] colors) {
        this.starts = starts;
        this.lengths = lengths;
        this.colors = colors;
    }

    /** Collects ranges in any order. */
    static final class Builder {
        private final List<long[]> ranges = new ArrayList<>();
        private final List<RGB> rangeColors = new ArrayList<>();

        void add(int start, int length, RGB color) {
            ranges.add(new long[] { start, length, rangeColors.size() });
            rangeColors.add(color);
        }

        SemanticRanges build() {
            ranges.sort((a, b) -> Long.compare(a[0], b[0]));
            int[] starts = new int[ranges.size()];
            int[] lengths = new int[ranges.size()];
            RGB[] colors = new RGB[ranges.size()];
            for (int i = 0; i < ranges.size(); i++) {
                starts[i] = (int) ranges.get(i)[0];
                lengths[i] = (int) ranges.get(i)[1];
                colors[i] = rangeColors.get((int) ranges.get(i)[2]);
            }
            return new SemanticRanges(starts, lengths, colors);
        }
    }

    boolean isEmpty() {
        return starts.length == 0;
    }

    /**
     * The ranges after {@code removed} characters at {@code offset} are replaced by {@code added} ones: those after the
     * edit move with the text, those it touches go (their text changed; the next computation says what it is now).
     */
    SemanticRanges edited(int offset, int removed, int added) {
        int end = offset + removed;
        int delta = added - removed;
        int kept = 0;
        int[] newStarts = new int[starts.length];
        int[] newLengths = new int[starts.length];
        RGB[] newColors = new RGB[starts.length];
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] + lengths[i] <= offset) {
                newStarts[kept] = starts[i];
            } else if (starts[i] >= end) {
                newStarts[kept] = starts[i] + delta;
            } else {
                continue;
            }
            newLengths[kept] = lengths[i];
            newColors[kept] = colors[i];
            kept++;
        }
        return new SemanticRanges(Arrays.copyOf(newStarts, kept), Arrays.copyOf(newLengths, kept),
                Arrays.copyOf(newColors, kept));
    }

    /** Style ranges for the ranges that lie within [start, end). */
    List<StyleRange> within(int start, int end) {
        List<StyleRange> found = new ArrayList<>();
        int low = Arrays.binarySearch(starts, start);
        int i = low >= 0 ? low : -low - 1;
        while (i > 0 && starts[i - 1] == start) {
            i--; // the first of equal starts
        }
        for (; i < starts.length && starts[i] + lengths[i] <= end; i++) {
            found.add(new StyleRange(starts[i], lengths[i], new Color(colors[i]), null, SWT.NORMAL));
        }
        return found;
    }
}
