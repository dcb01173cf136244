/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.twinscope.report.OutputFolder;

import picocli.CommandLine.Option;

/** The folder a command writes several files into (report, export), and how a refusal is explained. */
final class OutputFolderOptions {

    @Option(names = { "-o", "--out" }, required = true, paramLabel = "DIR",
            description = "Folder to write to: a new or empty one, or one holding an earlier output of this command "
                    + "(its files are replaced, other files are kept). All files or none are written.")
    Path out;

    @Option(names = "--force",
            description = "Also write into a folder that holds other files; they are kept, never deleted.")
    boolean force;

    OutputFolder folder() {
        return new OutputFolder(out, force);
    }

    /** Explains why nothing was written and what to do; returns the exit code of a bad argument. */
    static int refused(PrintWriter stderr, String command, OutputFolder.Refused refused) {
        stderr.println("twinscope " + command + ": " + refused.getMessage() + (refused.forcible()
                ? ", or add --force to write beside them (none of them is deleted; only files named like this "
                        + "command's are replaced)"
                : "") + ".");
        stderr.flush();
        return 2;
    }
}
