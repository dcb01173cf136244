/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The files and folders a command reads, and how chatty it is. */
final class InputOptions {

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Twinscope files (.twin, .smm) or folders to read recursively.")
    List<Path> paths;

    @Option(names = "--progress", description = "Print what is being done to standard error (default: on a terminal).")
    Boolean progress;

    @Option(names = { "-q", "--quiet" }, description = "Print no progress.")
    boolean quiet;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Judge overdue actions and expired accepted gaps as of this day (YYYY-MM-DD; default today).")
    LocalDate asOf;

    Progress progress(java.io.PrintWriter err) {
        boolean enabled = !quiet && (progress != null ? progress : System.console() != null);
        return new Progress(err, enabled);
    }
}
