/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.twinscope.analysis.AnalysisResult;
import org.twinscope.analysis.AnalysisWarning;
import org.twinscope.analysis.SystemAnalysis;
import org.twinscope.dsl.load.AnalyzedModel;
import org.twinscope.dsl.load.LoadedModel;
import org.twinscope.dsl.load.Problem;
import org.twinscope.dsl.load.TwinscopePipeline;
import org.twinscope.model.util.SourceLocation;
import org.twinscope.model.util.SourceLocator;

/** Reads the files a command is given, once, and reports their problems the way compilers do. */
final class Workspace {

    private final AnalyzedModel model;
    private final LocalDate asOf;
    private final Path base;

    private Workspace(AnalyzedModel model, LocalDate asOf) {
        this.model = model;
        this.asOf = asOf;
        this.base = Path.of("").toAbsolutePath();
    }

    static Workspace load(InputOptions input, Progress progress) {
        return load(input.paths, input.asOf, progress);
    }

    static Workspace load(List<Path> paths, LocalDate asOf, Progress progress) {
        progress.phase("Reading " + paths.size() + (paths.size() == 1 ? " path" : " paths"));
        return new Workspace(TwinscopePipeline.standalone().read(paths), asOf);
    }

    /** What analyze, report and export start from: the files read and analyzed, or the exit code to end with. */
    record Analysis(Workspace workspace, AnalysisResult result, int exitCode) {

        boolean failed() {
            return result == null;
        }
    }

    /**
     * Reads the files, refuses bad arguments (exit code 2), explains why a model with errors is not analyzed (exit
     * code 1), and prints the analysis's warnings.
     *
     * @param consequence what the command does not do because of errors, e.g. "no report was written"
     */
    static Analysis analyze(InputOptions input, Progress progress, PrintWriter stderr, String command,
            String consequence) {
        Workspace workspace = load(input, progress);
        if (workspace.badArguments(stderr, command)) {
            return new Analysis(workspace, null, 2);
        }
        AnalysisResult result = workspace.analyzeOrExplain(stderr, command, consequence, progress);
        if (result == null) {
            return new Analysis(workspace, null, 1);
        }
        workspace.printWarnings(stderr, result);
        return new Analysis(workspace, result, 0);
    }

    LoadedModel model() {
        return model.model();
    }

    boolean hasErrors() {
        return model.hasErrors();
    }

    /**
     * Prints the problems with the paths the command was given (a path that does not exist, a folder without any
     * Twinscope file): such a command has nothing to work on, which is a bad argument, not a clean model.
     *
     * @return whether there were any
     */
    boolean badArguments(PrintWriter stderr, String command) {
        List<Problem> bad = model.problems().stream().filter(p -> Problem.BAD_ARGUMENT.equals(p.code())).toList();
        for (Problem problem : bad) {
            stderr.println("twinscope " + command + ": " + problem.file() + ": " + problem.message());
        }
        stderr.flush();
        return !bad.isEmpty();
    }

    /** Prints every problem, one per line, with paths relative to the working folder when they are below it. */
    void printProblems(PrintWriter out, boolean includeInfos) {
        for (Problem problem : model.problems()) {
            if (includeInfos || problem.severity() != Problem.Severity.INFO) {
                out.println(relative(problem).format());
            }
        }
    }

    Problem relative(Problem problem) {
        if (problem.file() == null) {
            return problem;
        }
        return new Problem(display(problem.file()), problem.line(), problem.column(), problem.severity(),
                problem.code(), problem.message(), problem.data());
    }

    Path display(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(base) ? base.relativize(absolute) : absolute;
    }

    /**
     * The analysis of the files, or null after explaining on standard error why there is none: the problems are
     * printed first, and a model with errors is not analyzed, since its analysis would mislead.
     *
     * @param consequence what the command does not do because of the errors, e.g. "no report was written"
     */
    AnalysisResult analyzeOrExplain(PrintWriter stderr, String command, String consequence, Progress progress) {
        printProblems(stderr, false);
        if (hasErrors()) {
            stderr.println("twinscope " + command + ": fix the errors above first; " + consequence + ".");
            return null;
        }
        progress.phase("Analyzing");
        return asOf == null ? model.result() : model.result(asOf);
    }

    /**
     * The analysis of the files, or null after printing the errors (only those: a command that compares two models
     * would otherwise repeat every warning twice) and why there is no analysis.
     */
    AnalysisResult analyzeOrExplainErrors(PrintWriter stderr, String command, String consequence, Progress progress) {
        if (hasErrors()) {
            model.problems().stream().filter(p -> p.severity() == Problem.Severity.ERROR)
                    .forEach(p -> stderr.println(relative(p).format()));
            stderr.println("twinscope " + command + ": fix the errors above first; " + consequence + ".");
            return null;
        }
        progress.phase("Analyzing");
        return asOf == null ? model.result() : model.result(asOf);
    }

    /**
     * Prints what the analysis noticed about declarations that change nothing, compiler-style, where they are
     * written; they do not fail the command (they are warnings, and the results stand).
     */
    void printWarnings(PrintWriter stderr, AnalysisResult result) {
        SourceLocator locator = locator();
        for (SystemAnalysis system : result.systems()) {
            for (AnalysisWarning warning : system.warnings()) {
                SourceLocation where = locator.locate(warning.source());
                stderr.println((where == null ? "" : where.file() + ":" + where.line() + ":" + where.column() + ": ")
                        + "warning: " + warning.message() + " [" + warning.code() + "]");
            }
        }
        stderr.flush();
    }

    /** Locates elements of the user's files, with paths relative to the working folder (where CI runs). */
    SourceLocator locator() {
        return model.locator(base);
    }
}
