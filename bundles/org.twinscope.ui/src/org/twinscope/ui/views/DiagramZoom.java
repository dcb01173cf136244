/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;

/**
 * The zoom steps of the scope diagram: the range, the fit to an area, the smallest zoom at which labels stay readable
 * and the keys that zoom.
 */
public final class DiagramZoom {

    public static final int MIN_PERCENT = 10;
    public static final int MAX_PERCENT = 400;
    public static final int STEP_PERCENT = 10;
    /**
     * The smallest zoom the view picks on its own: below it the labels (11 px at 100%) are too small to read, so a
     * diagram that would need less is shown at this zoom and scrolls. Fit (Ctrl+0) still fits it whole when asked.
     */
    public static final int READABLE_PERCENT = 60;

    /** What a key press asks of the zoom. */
    public enum KeyAction {
        IN, OUT, FIT, NONE
    }

    private DiagramZoom() {
    }

    /**
     * The largest whole percent at which a diagram of the given size fits the area on both axes, within the range
     * (a diagram too large for even the smallest zoom is shown at the smallest and scrolls).
     */
    public static int fitPercent(double diagramWidth, double diagramHeight, int areaWidth, int areaHeight) {
        if (diagramWidth <= 0 || diagramHeight <= 0 || areaWidth <= 0 || areaHeight <= 0) {
            return 100;
        }
        double scale = Math.min(areaWidth / diagramWidth, areaHeight / diagramHeight);
        return clamp((int) Math.floor(scale * 100));
    }

    /** The zoom the view shows on its own: the fit, unless that is below {@link #READABLE_PERCENT}. */
    public static int readablePercent(int fitPercent) {
        return Math.max(fitPercent, READABLE_PERCENT);
    }

    public static int clamp(int percent) {
        return Math.max(MIN_PERCENT, Math.min(MAX_PERCENT, percent));
    }

    /** Ctrl+= or Ctrl++ zoom in, Ctrl+- zoom out, Ctrl+0 fits (Cmd instead of Ctrl on macOS); keypad keys too. */
    public static KeyAction of(Event key) {
        if ((key.stateMask & SWT.MOD1) == 0) {
            return KeyAction.NONE;
        }
        if (key.character == '=' || key.character == '+' || key.keyCode == '=' || key.keyCode == SWT.KEYPAD_ADD) {
            return KeyAction.IN;
        }
        if (key.character == '-' || key.keyCode == '-' || key.keyCode == SWT.KEYPAD_SUBTRACT) {
            return KeyAction.OUT;
        }
        if (key.character == '0' || key.keyCode == '0' || key.keyCode == SWT.KEYPAD_0) {
            return KeyAction.FIT;
        }
        return KeyAction.NONE;
    }
}
