/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The twinscope command line: check, analyze, report, compare two versions, export to OSCAL and run the language server. Exit codes: 0 success, 1 problems
 * in the model or a failed gate, 2 bad arguments, 3 unexpected internal failure.
 */
@Command(name = "twinscope", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Security maturity scoping for digital twin systems (IIC IoT SMM and its Digital Twin Profile).",
        subcommands = { CheckCommand.class, AnalyzeCommand.class, ReportCommand.class, DiagramCommand.class,
            DiffCommand.class, ExportCommand.class, LspCommand.class,
            CommandLine.HelpCommand.class })
public final class Main implements Runnable {

    /** Unexpected failure: a bug in Twinscope, reported without a stack trace unless TWINSCOPE_DEBUG is set. */
    static final int INTERNAL_ERROR = 3;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests and embedding). */
    public static int run(String... args) {
        Logging.toStandardError();
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler((exception, command, parseResult) -> {
            command.getErr().println("twinscope: internal error: " + exception
                    + (System.getenv("TWINSCOPE_DEBUG") == null ? " (set TWINSCOPE_DEBUG=1 for details)" : ""));
            if (System.getenv("TWINSCOPE_DEBUG") != null) {
                exception.printStackTrace(command.getErr());
            }
            return INTERNAL_ERROR;
        });
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
