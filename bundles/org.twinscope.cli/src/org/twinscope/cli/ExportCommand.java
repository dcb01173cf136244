/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;

import org.twinscope.analysis.AnalysisResult;
import org.twinscope.report.OutputFolder;
import org.twinscope.report.oscal.OscalExport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The model in a standard exchange format: today NIST OSCAL (catalog, profiles, assessment results, POA&M). */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the SMM catalog, profiles, assessment results and plans as NIST OSCAL JSON documents.")
final class ExportCommand implements Callable<Integer> {

    enum Format { oscal }

    @Mixin
    private InputOptions input;

    @Option(names = { "-f", "--format" }, defaultValue = "oscal",
            description = "Format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Mixin
    private OutputFolderOptions output;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Progress progress = input.progress(stderr);
        try {
            output.folder().checkWritable();
        } catch (OutputFolder.Refused refused) {
            return OutputFolderOptions.refused(stderr, "export", refused);
        }
        Workspace.Analysis analysis = Workspace.analyze(input, progress, stderr, "export", "nothing was exported");
        if (analysis.failed()) {
            return analysis.exitCode();
        }
        Workspace workspace = analysis.workspace();
        AnalysisResult result = analysis.result();
        progress.phase("Writing OSCAL");
        Map<String, String> documents = OscalExport.contents(result, workspace.model().resources(),
                input.asOf == null ? LocalDate.now() : input.asOf);
        try {
            OscalExport.write(documents, output.out, output.force);
        } catch (OutputFolder.Refused refused) {
            return OutputFolderOptions.refused(stderr, "export", refused);
        }
        stdout.println("Wrote " + documents.size() + " OSCAL documents to " + workspace.display(output.out) + ":");
        documents.keySet().forEach(file -> stdout.println("  " + file));
        stdout.flush();
        return 0;
    }

}
