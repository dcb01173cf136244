/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.report;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.twinscope.report.OutputFolder;
import org.twinscope.report.ReportFolder;
import org.twinscope.ui.language.ProjectAnalysis;

/**
 * Writes the report of the current project (the active editor's or view's, or the one selected) into its report/
 * folder, in a job with progress: the same folder (HTML, JSON, SARIF) as the command line's
 * {@code twinscope report <project> --out report}, through the same API, which replaces only what an earlier report
 * wrote. When done, the report opens in the workbench's web browser and a notification offers to open it again.
 */
public class GenerateReportHandler extends AbstractHandler {

    /** The family of the report jobs, so that tests and the progress view can find them. */
    public static final Object FAMILY = GenerateReportHandler.class;

    private static final String REPORT_FOLDER = "report";

    @Override
    public Object execute(ExecutionEvent event) {
        IProject project = ReportProject.of(event);
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (project == null) {
            MessageDialog.openInformation(window == null ? null : window.getShell(), "Generate Twinscope HTML Report",
                    "Open a .twin or .smm file, or select a project, to generate its report.");
            return null;
        }
        run(window, project);
        return null;
    }

    /**
     * Schedules the report job of the project; when it wrote the report, the report opens in the window's browser and
     * a notification offers to open it again. Returns the job (scheduled).
     */
    public static Job run(IWorkbenchWindow window, IProject project) {
        Job job = job(project);
        if (window != null) {
            job.addJobChangeListener(new JobChangeAdapter() {
                @Override
                public void done(IJobChangeEvent done) {
                    // the job ends with an information status that says what it wrote (isOK() is false for it)
                    if (done.getResult().getSeverity() < IStatus.WARNING) {
                        Display display = window.getShell().getDisplay();
                        display.asyncExec(() -> showReport(window, project));
                    }
                }
            });
        }
        job.schedule();
        return job;
    }

    /** The job the command runs, not yet scheduled; its result says what was written, or why nothing was. */
    public static Job job(IProject project) {
        Job job = new Job("Generating the Twinscope report of " + project.getName()) {
            @Override
            protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
                return write(project, SubMonitor.convert(monitor, getName(), 10));
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setUser(false); // progress in the status line and Progress view; the workbench stays usable
        return job;
    }

    private static IStatus write(IProject project, SubMonitor progress) {
        progress.subTask("Reading and analyzing the Twinscope files");
        ProjectAnalysis analysis = ProjectAnalysis.of(project);
        progress.worked(6);
        if (analysis.model().hasErrors()) {
            return Status.error("The Twinscope files of " + project.getName() + " have errors (see the Problems "
                    + "view); fix them first, no report was written.");
        }
        try {
            progress.subTask("Writing " + project.getName() + "/" + REPORT_FOLDER + " (HTML, JSON, SARIF)");
            ReportFolder.write(analysis.result(), analysis.locator(), reportFolder(project), false);
            progress.worked(3);
            progress.subTask("Refreshing " + project.getName() + "/" + REPORT_FOLDER);
            project.getFolder(REPORT_FOLDER).refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
        } catch (OutputFolder.Refused refused) {
            return Status.error("No report was written: " + refused.getMessage() + ", or move those files away.");
        } catch (java.io.IOException | CoreException e) {
            return Status.error("Could not write the report of " + project.getName() + ": " + e.getMessage(), e);
        }
        return Status.info("Report written to " + project.getName() + "/" + REPORT_FOLDER + "/index.html");
    }

    /** The folder the report goes to: report/ in the project, as the command line's --out report would give. */
    public static Path reportFolder(IProject project) {
        return Path.of(project.getLocation().toOSString(), REPORT_FOLDER);
    }

    /** The report's page in the workspace. */
    public static IFile reportPage(IProject project) {
        return project.getFolder(REPORT_FOLDER).getFile("index.html");
    }

    private static void showReport(IWorkbenchWindow window, IProject project) {
        if (window.getShell() == null || window.getShell().isDisposed()) {
            return;
        }
        IWorkbenchPage page = window.getActivePage();
        if (page != null) {
            ReportBrowserEditor.open(page, reportPage(project));
        }
        ReportNotification.show(window, project, reportPage(project));
    }
}
