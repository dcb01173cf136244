/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.twinscope.report.OutputFolder;
import org.twinscope.report.oscal.OscalExport;
import org.twinscope.ui.language.ProjectAnalysis;

/**
 * Exports a project's model as OSCAL documents in a job, through the same code as the command line's
 * {@code twinscope export <project> --format oscal --out <folder>}: the same files, and the same rules for the folder
 * (only files of an earlier export are replaced; a folder of someone else's is refused unless forced).
 */
public final class OscalExportJob {

    private OscalExportJob() {
    }

    /** The job, not yet scheduled; its result says what was written, or why nothing was. */
    public static Job job(IProject project, Path folder, boolean force) {
        return Job.create("Exporting " + project.getName() + " as OSCAL", monitor -> {
            ProjectAnalysis analysis = ProjectAnalysis.of(project);
            if (analysis.model().hasErrors()) {
                return Status.error("The Twinscope files of " + project.getName() + " have errors (see the Problems "
                        + "view); fix them first, nothing was exported.");
            }
            Map<String, String> documents = OscalExport.contents(analysis.result(), analysis.model().resources(),
                    LocalDate.now());
            try {
                OscalExport.write(documents, folder, force);
                refresh(folder, monitor);
            } catch (OutputFolder.Refused refused) {
                return Status.error("Nothing was exported: " + refused.getMessage()
                        + (refused.forcible() ? ", or choose to write beside them." : "."));
            } catch (IOException | CoreException e) {
                return Status.error("Could not export " + project.getName() + ": " + e.getMessage(), e);
            }
            return Status.info("Exported " + documents.size() + " OSCAL documents to " + folder);
        });
    }

    /** The workspace shows the new files at once when the folder is inside it. */
    private static void refresh(Path folder, org.eclipse.core.runtime.IProgressMonitor monitor) throws CoreException {
        for (IContainer container : ResourcesPlugin.getWorkspace().getRoot()
                .findContainersForLocationURI(folder.toUri())) {
            container.refreshLocal(IResource.DEPTH_INFINITE, monitor);
        }
    }
}
