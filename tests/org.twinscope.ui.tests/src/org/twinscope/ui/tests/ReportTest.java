/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.progress.IProgressConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinscope.testing.CliProcess;
import org.twinscope.ui.report.GenerateReportHandler;

/**
 * Project > Generate Twinscope HTML Report writes the folder the command line's report command writes, byte for byte,
 * and never writes over a folder of the user's.
 */
class ReportTest {

    @TempDir
    Path temporary;

    @Test
    void theIdeWritesTheSameReportFolderAsTheCommandLine() throws Exception {
        IProject project = Workbench.exampleProject("report", "bottling-line");
        Workbench.waitForJobs(120_000);
        IStatus status = run(GenerateReportHandler.job(project));
        assertTrue(status.getSeverity() < IStatus.WARNING, status.toString());
        Path ide = GenerateReportHandler.reportFolder(project);

        Path cli = temporary.resolve("cli-report");
        Path projectFolder = Path.of(project.getLocation().toOSString());
        CliProcess.Result result = CliProcess.runIn(projectFolder, "report", ".", "--out", cli.toString());
        assertEquals(0, result.exitCode(), result.toString());

        List<String> files = files(cli);
        assertEquals(List.of(".twinscope-output", "analysis.json", "analysis.sarif", "index.html"), files,
                "the command line's report folder");
        assertEquals(files, files(ide), "the IDE's report folder holds the same files");
        for (String file : files) {
            assertSameContent(file, cli.resolve(file), ide.resolve(file));
        }
    }

    @Test
    void theIdeLeavesAReportFolderOfTheUsersAlone() throws Exception {
        IProject project = Workbench.exampleProject("report-refused", "bottling-line");
        Workbench.waitForJobs(120_000);
        IFolder folder = project.getFolder("report");
        folder.create(true, true, null);
        IFile notes = folder.getFile("notes.txt");
        byte[] content = "Interview notes, not generated\n".getBytes(StandardCharsets.UTF_8);
        notes.create(new ByteArrayInputStream(content), true, null);

        IStatus status = run(GenerateReportHandler.job(project));
        assertEquals(IStatus.ERROR, status.getSeverity(), status.toString());
        assertTrue(status.getMessage().startsWith("No report was written"), status.getMessage());
        assertTrue(status.getMessage().contains("notes.txt"), "the message names what is in the way: "
                + status.getMessage());
        Path report = GenerateReportHandler.reportFolder(project);
        assertEquals(List.of("notes.txt"), files(report), "nothing was added to the folder");
        assertEquals(Arrays.toString(content), Arrays.toString(Files.readAllBytes(report.resolve("notes.txt"))),
                "the user's file is untouched");
    }

    /** Runs the job as the command does and waits for its result, keeping the UI alive. */
    private static IStatus run(Job job) {
        // a refusal is an error status, which the workbench would also show in a dialog; the test reads it instead
        job.setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
        job.schedule();
        Workbench.waitUntil("the report job to finish", () -> job.getResult() != null, 120_000);
        return job.getResult();
    }

    /** The files below the folder, by relative path, sorted. */
    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).map(file -> folder.relativize(file).toString()).sorted()
                    .toList();
        }
    }

    /** Equal bytes; when not, the first line that differs, which says more than two byte arrays. */
    private static void assertSameContent(String name, Path expected, Path actual) throws IOException {
        byte[] cli = Files.readAllBytes(expected);
        byte[] ide = Files.readAllBytes(actual);
        if (Arrays.equals(cli, ide)) {
            return;
        }
        List<String> cliLines = new String(cli, StandardCharsets.UTF_8).lines().toList();
        List<String> ideLines = new String(ide, StandardCharsets.UTF_8).lines().toList();
        int line = 0;
        while (line < cliLines.size() && line < ideLines.size() && cliLines.get(line).equals(ideLines.get(line))) {
            line++;
        }
        assertEquals(line < cliLines.size() ? cliLines.get(line) : "(end of file)",
                line < ideLines.size() ? ideLines.get(line) : "(end of file)",
                name + " differs from the command line's at line " + (line + 1) + " (of " + cliLines.size() + ")");
        assertEquals(cli.length, ide.length, name + " differs from the command line's in line endings");
    }
}
