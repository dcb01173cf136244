/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.twinscope.report.OutputFolder;
import org.twinscope.report.ReportFolder;
import org.twinscope.ui.language.ProjectAnalysis;

/**
 * Writes the report of the selected project into its report/ folder, in a job: the same folder (HTML, JSON, SARIF)
 * as the command line's {@code twinscope report <project> --out report}, through the same API.
 */
public class GenerateReportHandler extends AbstractHandler {

    private static final String REPORT_FOLDER = "report";

    @Override
    public Object execute(ExecutionEvent event) {
        IProject project = selectedProject(event);
        if (project != null) {
            job(project).schedule();
        }
        return null;
    }

    /** The job the command runs, not yet scheduled; its result says what was written, or why nothing was. */
    public static Job job(IProject project) {
        return Job.create("Generating the Twinscope report of " + project.getName(), monitor -> {
            ProjectAnalysis analysis = ProjectAnalysis.of(project);
            if (analysis.model().hasErrors()) {
                return Status.error("The Twinscope files of " + project.getName() + " have errors (see the Problems "
                        + "view); fix them first, no report was written.");
            }
            try {
                ReportFolder.write(analysis.result(), analysis.locator(), reportFolder(project), false);
                project.getFolder(REPORT_FOLDER).refreshLocal(IResource.DEPTH_INFINITE, monitor);
            } catch (OutputFolder.Refused refused) {
                return Status.error("No report was written: " + refused.getMessage() + ", or move those files away.");
            } catch (java.io.IOException | org.eclipse.core.runtime.CoreException e) {
                return Status.error("Could not write the report of " + project.getName() + ": " + e.getMessage(), e);
            }
            return Status.info("Report written to " + project.getName() + "/report/index.html");
        });
    }

    /** The folder the report goes to: report/ in the project, as the command line's --out report would give. */
    public static Path reportFolder(IProject project) {
        return Path.of(project.getLocation().toOSString(), REPORT_FOLDER);
    }

    private static IProject selectedProject(ExecutionEvent event) {
        if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
                && selection.getFirstElement() instanceof IAdaptable adaptable) {
            IResource resource = adaptable.getAdapter(IResource.class);
            return resource == null ? null : resource.getProject();
        }
        return null;
    }
}
