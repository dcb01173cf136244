/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.twinscope.analysis.AnalysisResult;
import org.twinscope.report.OutputFolder;
import org.twinscope.report.ReportFolder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** A self-contained HTML report, with the JSON and SARIF next to it. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a self-contained HTML report (plus analysis.json and analysis.sarif) into a folder.")
final class ReportCommand implements Callable<Integer> {

    @Mixin
    private InputOptions input;

    @Mixin
    private OutputFolderOptions output;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Progress progress = input.progress(stderr);
        OutputFolder folder = output.folder();
        try {
            folder.checkWritable(); // before reading: a wrong --out is a bad argument, found at once
        } catch (OutputFolder.Refused refused) {
            return OutputFolderOptions.refused(stderr, "report", refused);
        }
        Workspace.Analysis analysis = Workspace.analyze(input, progress, stderr, "report", "no report was written");
        if (analysis.failed()) {
            return analysis.exitCode();
        }
        Workspace workspace = analysis.workspace();
        AnalysisResult result = analysis.result();
        progress.phase("Writing the report");
        Path index;
        try {
            index = ReportFolder.write(result, workspace.locator(), output.out, output.force);
        } catch (OutputFolder.Refused refused) { // the folder changed while the model was read
            return OutputFolderOptions.refused(stderr, "report", refused);
        }
        stdout.println("Report written to " + workspace.display(index));
        stdout.flush();
        return 0;
    }

}
