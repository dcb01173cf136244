/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.twinscope.analysis.AnalysisResult;
import org.twinscope.diagram.Diagrams;
import org.twinscope.report.AtomicFiles;
import org.twinscope.report.HtmlReport;
import org.twinscope.report.JsonReport;
import org.twinscope.report.SarifReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** A self-contained HTML report, with the JSON and SARIF next to it. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a self-contained HTML report (plus analysis.json and analysis.sarif) into a folder.")
final class ReportCommand implements Callable<Integer> {

    @Mixin
    private InputOptions input;

    @Option(names = { "-o", "--out" }, required = true, paramLabel = "DIR",
            description = "Folder to write the report to; replaced as a whole, atomically.")
    private Path out;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Progress progress = input.progress(stderr);
        Workspace workspace = Workspace.load(input.paths, progress);
        AnalysisResult result = workspace.analyzeOrExplain(stderr, "report", "no report was written", progress);
        if (result == null) {
            return 1;
        }
        progress.phase("Writing the report");
        Map<String, String> files = new LinkedHashMap<>();
        files.put("index.html", HtmlReport.write(result, Diagrams.forReport(result, true)));
        files.put("analysis.json", JsonReport.write(result));
        files.put("analysis.sarif", SarifReport.write(result, workspace.locator()));
        AtomicFiles.writeFolder(out, files);
        stdout.println("Report written to " + out.resolve("index.html"));
        stdout.flush();
        return 0;
    }
}
