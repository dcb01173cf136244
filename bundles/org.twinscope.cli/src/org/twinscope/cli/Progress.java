/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.cli;

import java.io.PrintWriter;

/** Tells the user what a long run is doing, on standard error so that standard output stays machine-readable. */
final class Progress {

    private final PrintWriter err;
    private final boolean enabled;
    private final long start = System.nanoTime();

    Progress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    void phase(String text) {
        if (enabled) {
            err.printf("[%5.1f s] %s%n", (System.nanoTime() - start) / 1e9, text);
            err.flush();
        }
    }
}
