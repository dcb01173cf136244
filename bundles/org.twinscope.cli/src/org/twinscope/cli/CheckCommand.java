/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.twinscope.dsl.load.Problem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Compiler-style problems of Twinscope files. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Report problems of Twinscope files as file:line:col severity message [code]; exit 1 on errors.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    private InputOptions input;

    @Option(names = "--infos", description = "Also print informational problems.")
    private boolean infos;

    @Option(names = "--warnings-as-errors", description = "Exit 1 on warnings too.")
    private boolean warningsAsErrors;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Progress progress = input.progress(spec.commandLine().getErr());
        Workspace workspace = Workspace.load(input, progress);
        if (workspace.badArguments(spec.commandLine().getErr(), "check")) {
            return 2;
        }
        workspace.printProblems(out, infos);
        long errors = workspace.model().count(Problem.Severity.ERROR);
        long warnings = workspace.model().count(Problem.Severity.WARNING);
        out.printf("%d file%s checked: %d error%s, %d warning%s%n", workspace.model().files().size(),
                workspace.model().files().size() == 1 ? "" : "s", errors, errors == 1 ? "" : "s", warnings,
                warnings == 1 ? "" : "s");
        out.flush();
        return errors > 0 || warningsAsErrors && warnings > 0 ? 1 : 0;
    }
}
