/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.progress.IProgressConstants;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinscope.testing.CliProcess;
import org.twinscope.ui.export.OscalExportJob;

/**
 * File > Export > Twinscope > OSCAL Documents writes the documents the command line's export writes, byte for byte,
 * into oscal/ of the selected project by default.
 */
class OscalExportWizardTest {

    @TempDir
    Path temporary;

    @Test
    void theIdeExportsWhatTheCommandLineExports() throws Exception {
        IProject project = Workbench.exampleProject("oscal", "bottling-line");
        Workbench.waitForJobs(120_000);
        Path ide = temporary.resolve("ide");
        Job job = OscalExportJob.job(project, ide, false);
        job.setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
        job.schedule();
        Workbench.waitUntil("the export job to finish", () -> job.getResult() != null, 120_000);
        assertTrue(job.getResult().getSeverity() < IStatus.WARNING, job.getResult().toString());

        Path cli = temporary.resolve("cli");
        CliProcess.Result result = CliProcess.runIn(Path.of(project.getLocation().toOSString()), "export", ".",
                "--format", "oscal", "--out", cli.toString(), "--as-of", LocalDate.now().toString(), "-q");
        assertEquals(0, result.exitCode(), result.toString());
        List<String> files = files(cli);
        assertTrue(files.contains("poam-BottlingLine.json"), files.toString());
        assertEquals(files, files(ide));
        for (String file : files) {
            assertEquals(Files.readString(cli.resolve(file)), Files.readString(ide.resolve(file)), file);
        }
    }

    @Test
    void theWizardExportsTheSelectedProjectIntoItsOscalFolder() throws Exception {
        IProject project = Workbench.exampleProject("oscal-wizard", "water-utility");
        Workbench.waitForJobs(120_000);
        IWizardDescriptor descriptor = PlatformUI.getWorkbench().getExportWizardRegistry()
                .findWizard("org.twinscope.ui.export.oscal");
        assertNotNull(descriptor, "the export wizard is registered");
        IExportWizard wizard = (IExportWizard) descriptor.createWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
        WizardDialog dialog = new WizardDialog(Workbench.page().getWorkbenchWindow().getShell(), wizard);
        dialog.create();
        try {
            assertTrue(wizard.canFinish(), "the selected project and its oscal/ folder are the defaults");
            assertTrue(wizard.performFinish());
        } finally {
            dialog.close();
        }
        Path folder = Path.of(project.getLocation().toOSString(), "oscal");
        Workbench.waitUntil("the OSCAL documents", () -> Files.exists(folder.resolve(
                "assessment-results-waterutility.FollowUp2026.json")), 120_000);
        Workbench.waitForJobs(60_000);
        assertTrue(project.getFolder("oscal").getFile("catalog-twinscope.SMM.json").exists(),
                "the workspace shows the new files");
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> all = Files.list(folder)) {
            return all.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
