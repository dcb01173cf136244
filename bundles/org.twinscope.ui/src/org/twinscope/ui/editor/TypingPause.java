/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.editor;

import org.eclipse.swt.widgets.Display;

/**
 * Runs an action on the UI thread once the user has stopped typing for a while: each keystroke only restarts a display
 * timer, so a service that works on a copy of the text (a large model's is hundreds of kilobytes) copies it once per
 * pause, not once per keystroke.
 */
public final class TypingPause {

    private final Display display;
    private final int delayMillis;
    private final Runnable action;

    public TypingPause(Display display, int delayMillis, Runnable action) {
        this.display = display;
        this.delayMillis = delayMillis;
        this.action = () -> {
            if (!display.isDisposed()) {
                action.run();
            }
        };
    }

    /** Starts waiting anew; the action runs when nothing restarted the wait for the delay. */
    public void restart() {
        if (display.isDisposed()) {
            return;
        }
        if (Display.getCurrent() == display) {
            display.timerExec(delayMillis, action); // the same runnable again: SWT moves its timer
        } else {
            display.asyncExec(this::restart); // a document changed by a background thread
        }
    }

    /** Stops waiting. */
    public void cancel() {
        if (!display.isDisposed() && Display.getCurrent() == display) {
            display.timerExec(-1, action);
        }
    }
}
