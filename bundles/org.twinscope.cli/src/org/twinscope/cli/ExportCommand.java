/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;
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

    @Option(names = { "-o", "--out" }, required = true, paramLabel = "DIR",
            description = "Folder to write the documents to: a new or empty one, or one holding an earlier export "
                    + "(its files are replaced, other files are kept).")
    private Path out;

    @Option(names = "--force",
            description = "Also write into a folder that holds other files; they are kept, never deleted.")
    private boolean force;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Progress progress = input.progress(stderr);
        try {
            new OutputFolder(out, force).checkWritable();
        } catch (OutputFolder.Refused refused) {
            return refused(stderr, refused);
        }
        Workspace workspace = Workspace.load(input, progress);
        if (workspace.badArguments(stderr, "export")) {
            return 2;
        }
        AnalysisResult result = workspace.analyzeOrExplain(stderr, "export", "nothing was exported", progress);
        if (result == null) {
            return 1;
        }
        workspace.printWarnings(stderr, result);
        progress.phase("Writing OSCAL");
        List<Resource> resources = new ArrayList<>(workspace.model().files().values());
        resources.addAll(workspace.model().libraryResources());
        Map<String, String> documents = OscalExport.contents(result, resources,
                input.asOf == null ? LocalDate.now() : input.asOf);
        try {
            OscalExport.write(documents, out, force);
        } catch (OutputFolder.Refused refused) {
            return refused(stderr, refused);
        }
        stdout.println("Wrote " + documents.size() + " OSCAL documents to " + workspace.display(out) + ":");
        documents.keySet().forEach(file -> stdout.println("  " + file));
        stdout.flush();
        return 0;
    }

    private static int refused(PrintWriter stderr, OutputFolder.Refused refused) {
        stderr.println("twinscope export: " + refused.getMessage() + (refused.forcible()
                ? ", or add --force to write beside them (none of them is deleted)" : "") + ".");
        stderr.flush();
        return 2;
    }
}
