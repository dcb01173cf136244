/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

import org.twinscope.report.AtomicFiles;

/** Where a command's result goes: a file given with --out (written whole or not at all), else standard output. */
final class TextOutput {

    private TextOutput() {
    }

    static void write(String text, Path out, PrintWriter stdout, PrintWriter stderr) throws IOException {
        if (out != null) {
            AtomicFiles.write(out, text);
            stderr.println("Wrote " + out);
        } else {
            stdout.print(text);
            stdout.flush();
        }
    }
}
