/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.twinscope.analysis.AnalysisResult;
import org.twinscope.analysis.SystemAnalysis;
import org.twinscope.analysis.gaps.Status;
import org.twinscope.analysis.history.AssessmentStep;
import org.twinscope.model.util.ElementNames;
import org.twinscope.report.CsvReport;
import org.twinscope.report.JsonReport;
import org.twinscope.report.SarifBaseline;
import org.twinscope.report.SarifReport;
import org.twinscope.report.TextReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Applicability and gaps, for people (tables) or tools (JSON, CSV, SARIF), with an optional CI gate. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Show which SMM practices apply where and why, and the gaps between targets and assessments.")
final class AnalyzeCommand implements Callable<Integer> {

    enum Format { text, json, csv, sarif }

    @Mixin
    private InputOptions input;

    @Option(names = { "-f", "--format" }, defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = { "-o", "--out" }, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    private Path out;

    @Option(names = "--baseline", paramLabel = "SARIF",
            description = "With --format sarif: a SARIF log of an earlier run (e.g. of the target branch); each result "
                    + "then says whether it is new, unchanged or updated, and results that are gone are listed as absent.")
    private Path baseline;

    @Option(names = "--fail-on-gap", paramLabel = "LEVELS",
            description = "Exit 1 when any practice falls short of its target by LEVELS levels or more (CI gate).")
    private Integer failOnGap;

    @Option(names = "--fail-on-unassessed",
            description = "Exit 1 when a targeted practice is not (or only partially) assessed in the latest assessment.")
    private boolean failOnUnassessed;

    @Option(names = "--fail-on-regression",
            description = "Exit 1 when the latest assessment rates any practice lower than the one before it.")
    private boolean failOnRegression;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (failOnGap != null && failOnGap < 1) {
            stderr.println("twinscope analyze: --fail-on-gap needs a number of levels from 1 to 4, e.g. --fail-on-gap 2");
            return 2;
        }
        if (baseline != null && format != Format.sarif) {
            stderr.println("twinscope analyze: --baseline compares SARIF logs: add --format sarif");
            return 2;
        }
        SarifBaseline base = null;
        if (baseline != null) {
            try {
                base = SarifBaseline.parse(Files.readString(baseline));
            } catch (IOException | IllegalArgumentException e) {
                stderr.println("twinscope analyze: cannot read the baseline " + baseline + ": "
                        + (e instanceof NoSuchFileException ? "no such file" : e.getMessage())
                        + ". Give the SARIF log of an earlier run (twinscope analyze --format sarif --out FILE).");
                return 2;
            }
        }
        Progress progress = input.progress(stderr);
        Workspace.Analysis analysis = Workspace.analyze(input, progress, stderr, "analyze", "an analysis of a broken model would mislead");
        if (analysis.failed()) {
            return analysis.exitCode();
        }
        Workspace workspace = analysis.workspace();
        AnalysisResult result = analysis.result();
        progress.phase("Writing " + format);
        String text = switch (format) {
            case text -> TextReport.write(result);
            case json -> JsonReport.write(result);
            case csv -> CsvReport.write(result);
            case sarif -> SarifReport.write(result, workspace.locator(), base);
        };
        TextOutput.write(text, out, stdout, stderr);
        return gate(result, stderr);
    }

    private int gate(AnalysisResult result, PrintWriter stderr) {
        int exit = 0;
        if (failOnGap != null && result.largestLevelGap() >= failOnGap) {
            stderr.printf("twinscope analyze: a practice falls %d level(s) short of its target (gate: %d)%n",
                    result.largestLevelGap(), failOnGap);
            exit = 1;
        }
        long unassessed = result.systems().stream().filter(s -> s.latestAssessment() != null)
                .flatMap(s -> s.latestAssessment().listed().stream().filter(s::counts))
                .filter(p -> p.status() == Status.NOT_ASSESSED || p.status() == Status.PARTIALLY_ASSESSED).count();
        if (failOnUnassessed && unassessed > 0) {
            stderr.printf("twinscope analyze: %d targeted practice(s) not assessed or only partially assessed in "
                    + "the latest assessment%n", unassessed);
            exit = 1;
        }
        if (failOnRegression) {
            for (SystemAnalysis system : result.systems()) {
                AssessmentStep step = system.latestStep();
                if (step != null && !step.regressions().isEmpty()) {
                    stderr.printf("twinscope analyze: %s regressed from %s to %s: %s%n", system.system().getName(),
                            step.previous().assessment().getName(), step.latest().assessment().getName(),
                            String.join("; ", step.regressions().stream()
                                    .map(c -> ElementNames.distinctTitle(c.practice())
                                    + (c.element() == null ? "" : " on " + ElementNames.label(c.element())) + " "
                                    + c.describe()).toList()));
                    exit = 1;
                }
            }
        }
        return exit;
    }
}
