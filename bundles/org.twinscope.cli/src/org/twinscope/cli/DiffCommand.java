/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.twinscope.analysis.AnalysisResult;
import org.twinscope.report.JsonReport;
import org.twinscope.report.diff.DiffJson;
import org.twinscope.report.diff.DiffMarkdown;
import org.twinscope.report.diff.DiffText;
import org.twinscope.report.diff.Posture;
import org.twinscope.report.diff.PostureDiff;
import org.twinscope.report.diff.PostureReader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What a change does to the security posture: compares the analysis of a base (a folder, e.g. a checkout of the
 * target branch, or a saved analysis JSON) with that of a head, for a terminal, a tool or a pull-request comment.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Show what changed for security between two versions of a model: elements, synchronizations, "
                + "practices that apply, gaps opened, closed, grown or shrunk, accepted gaps that expired.")
final class DiffCommand implements Callable<Integer> {

    enum Format { text, json, markdown }

    @Parameters(index = "0", paramLabel = "BASE",
            description = "The base: a folder or file of Twinscope sources, or an analysis saved with "
                    + "'twinscope analyze --format json'.")
    private Path base;

    @Parameters(index = "1", paramLabel = "HEAD", description = "The head: a folder or file of Twinscope sources, "
            + "or a saved analysis.")
    private Path head;

    @Option(names = { "-f", "--format" }, defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; markdown is made for "
                    + "a pull-request comment).")
    private Format format;

    @Option(names = { "-o", "--out" }, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    private Path out;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Judge expired accepted gaps as of this day on both sides (YYYY-MM-DD; default today).")
    private LocalDate asOf;

    @Option(names = "--fail-on-new-gap", description = "Exit 1 when a practice falls short of its target, or is not "
            + "(fully) assessed, where it did not in the base.")
    private boolean failOnNewGap;

    @Option(names = "--fail-on-regression", description = "Exit 1 when a finding of the base got worse: met before "
            + "and open now, or a larger gap.")
    private boolean failOnRegression;

    @Option(names = { "-q", "--quiet" }, description = "Print no progress.")
    private boolean quiet;

    @Spec
    private CommandSpec spec;

    /** A side that could not be read; its message has been printed. */
    private static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
        final int exit;

        Unreadable(int exit) {
            super(null, null, false, false);
            this.exit = exit;
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Progress progress = new Progress(stderr, !quiet && System.console() != null);
        Posture before;
        Posture after;
        try {
            before = posture("base", base, stderr, progress);
            after = posture("head", head, stderr, progress);
        } catch (Unreadable e) {
            return e.exit;
        }
        PostureDiff diff = PostureDiff.between(before, after);
        String text = switch (format) {
            case text -> DiffText.write(diff);
            case json -> DiffJson.write(diff);
            case markdown -> DiffMarkdown.write(diff);
        };
        TextOutput.write(text, out, stdout, stderr);
        int exit = 0;
        if (failOnNewGap && diff.newGaps() > 0) {
            stderr.printf("twinscope diff: %d new gap(s) (gate: --fail-on-new-gap)%n", diff.newGaps());
            exit = 1;
        }
        if (failOnRegression && diff.regressions() > 0) {
            stderr.printf("twinscope diff: %d finding(s) of the base got worse (gate: --fail-on-regression)%n",
                    diff.regressions());
            exit = 1;
        }
        return exit;
    }

    private Posture posture(String side, Path path, PrintWriter stderr, Progress progress) throws Unreadable {
        if (path.toString().endsWith(".json")) {
            try {
                return PostureReader.read(Files.readString(path));
            } catch (NoSuchFileException e) {
                stderr.println("twinscope diff: the " + side + " " + path + " does not exist");
                throw new Unreadable(2);
            } catch (IOException | IllegalArgumentException e) {
                stderr.println("twinscope diff: the " + side + " " + path + " is " + e.getMessage());
                throw new Unreadable(2);
            }
        }
        Workspace workspace = Workspace.load(List.of(path), asOf, progress);
        if (workspace.badArguments(stderr, "diff")) {
            throw new Unreadable(2);
        }
        AnalysisResult result = workspace.analyzeOrExplainErrors(stderr, "diff",
                "the " + side + " (" + path + ") cannot be compared", progress);
        if (result == null) {
            throw new Unreadable(1);
        }
        return PostureReader.read(JsonReport.write(result));
    }
}
