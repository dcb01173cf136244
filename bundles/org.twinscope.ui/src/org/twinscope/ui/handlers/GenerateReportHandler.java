/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.handlers;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.twinscope.diagram.Diagrams;
import org.twinscope.report.AtomicFiles;
import org.twinscope.report.HtmlReport;
import org.twinscope.report.JsonReport;
import org.twinscope.ui.views.ProjectAnalysis;

/** Writes the HTML report of the selected project into its report/ folder, in a job. */
public class GenerateReportHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IProject project = selectedProject(event);
        if (project == null) {
            return null;
        }
        Job.create("Generating the Twinscope report of " + project.getName(), monitor -> {
            ProjectAnalysis analysis = ProjectAnalysis.of(project);
            if (analysis.model().hasErrors()) {
                return Status.error("The Twinscope files of " + project.getName() + " have errors (see the Problems "
                        + "view); fix them first, no report was written.");
            }
            Map<String, String> files = new LinkedHashMap<>();
            files.put("index.html", HtmlReport.write(analysis.result(), Diagrams.forReport(analysis.result(), true)));
            files.put("analysis.json", JsonReport.write(analysis.result()));
            try {
                AtomicFiles.writeFolder(Path.of(project.getLocation().toOSString(), "report"), files);
                project.getFolder("report").refreshLocal(IResource.DEPTH_INFINITE, monitor);
            } catch (java.io.IOException | org.eclipse.core.runtime.CoreException e) {
                return Status.error("Could not write the report of " + project.getName() + ": " + e.getMessage(), e);
            }
            return Status.info("Report written to " + project.getName() + "/report/index.html");
        }).schedule();
        return null;
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
