/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.Test;
import org.twinscope.ui.TwinscopePerspective;
import org.twinscope.ui.report.GenerateReportHandler;
import org.twinscope.ui.report.ReportBrowserEditor;
import org.twinscope.ui.views.PracticeMatrixView;

/**
 * Project > Generate Twinscope HTML Report as a user runs it: from the editor or a view of the project, with nothing
 * selected in the Project Explorer; the report opens in the web browser editor and a notification says it was
 * written.
 */
class ReportCommandTest {

    private static final String COMMAND = "org.twinscope.ui.commands.report";

    @Test
    void theCommandWritesTheActiveEditorsProjectAndOpensTheReport() throws Exception {
        PlatformUI.getWorkbench().showPerspective(TwinscopePerspective.ID,
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        IProject other = Workbench.exampleProject("report-other", "water-utility");
        IProject project = Workbench.exampleProject("report-command", "bottling-line");
        Workbench.waitForJobs(120_000);
        Workbench.page().closeAllEditors(false);
        // the Project Explorer shows another project selected: the active editor's project is the one meant
        CommonNavigator explorer = (CommonNavigator) Workbench.page().showView(
                "org.eclipse.ui.navigator.ProjectExplorer");
        explorer.selectReveal(new StructuredSelection(other));
        IEditorPart editor = IDE.openEditor(Workbench.page(), project.getFile("bottling-line.twin"));
        Workbench.page().activate(editor);

        execute();
        IFile page = GenerateReportHandler.reportPage(project);
        ReportBrowserEditor browser = waitForReportEditor(page);
        assertTrue(Files.isRegularFile(GenerateReportHandler.reportFolder(project).resolve("index.html")));
        assertTrue(!other.getFolder("report").exists(), "nothing written into the project selected elsewhere");
        assertEquals(page.getLocationURI(), browser.uri(), "the browser shows the report's page");
        if (browser.browser() != null) {
            Workbench.waitUntil("the report page to load in the browser", () -> {
                try {
                    return "Twinscope report".equals(browser.browser().evaluate("return document.title;"));
                } catch (org.eclipse.swt.SWTException notLoadedYet) {
                    return false;
                }
            }, 30_000);
        }
        Link link = notificationLink();
        assertNotNull(link, "a notification says the report was written");
        assertTrue(link.getText().contains("report-command/report/index.html"), link.getText());
        Workbench.page().getWorkbenchWindow().getShell().setSize(1500, 950);
        long end = System.currentTimeMillis() + 1500;
        Workbench.waitUntil("the report to paint", () -> System.currentTimeMillis() > end, 5000);
        Screenshots.take(Workbench.page().getWorkbenchWindow().getShell(), "report-in-the-browser");

        // the notification's link opens the report again once it was closed
        Workbench.page().closeEditor(browser, false);
        link.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        waitForReportEditor(page);

        // from a view that shows the project, as well
        Workbench.page().closeAllEditors(false);
        Files.delete(GenerateReportHandler.reportFolder(project).resolve("index.html"));
        PracticeMatrixView matrix = (PracticeMatrixView) Workbench.page().showView(PracticeMatrixView.ID);
        Workbench.waitUntil("the matrix to follow the project", () -> project.equals(matrix.project()), 30_000);
        Workbench.page().activate(matrix);
        execute();
        waitForReportEditor(page);
        assertTrue(Files.isRegularFile(GenerateReportHandler.reportFolder(project).resolve("index.html")));
    }

    @Test
    void htmlFilesCanBeOpenedWithTheWebBrowser() {
        List<String> editors = Arrays.stream(PlatformUI.getWorkbench().getEditorRegistry().getEditors("index.html"))
                .map(IEditorDescriptor::getId).toList();
        assertTrue(editors.contains(ReportBrowserEditor.ID), "Open With offers the web browser: " + editors);
    }

    private static void execute() throws Exception {
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(COMMAND, null);
        Workbench.waitUntil("the report job to finish",
                () -> Job.getJobManager().find(GenerateReportHandler.FAMILY).length == 0, 120_000);
    }

    private static ReportBrowserEditor waitForReportEditor(IFile page) {
        ReportBrowserEditor[] found = new ReportBrowserEditor[1];
        Workbench.waitUntil("the report to open in the web browser editor", () -> {
            for (IEditorReference reference : Workbench.page().getEditorReferences()) {
                if (reference.getEditor(false) instanceof ReportBrowserEditor editor
                        && editor.getEditorInput() instanceof IFileEditorInput input && input.getFile().equals(page)) {
                    found[0] = editor;
                    return true;
                }
            }
            return false;
        }, 30_000);
        return found[0];
    }

    /** The link in the notification popup that says the report was written, or null. */
    private static Link notificationLink() {
        Link[] found = new Link[1];
        Workbench.waitUntil("the notification", () -> {
            for (Shell shell : Display.getCurrent().getShells()) {
                if (shell.isVisible() && find(shell, found)) {
                    return true;
                }
            }
            return false;
        }, 10_000);
        return found[0];
    }

    private static boolean find(Control control, Link[] found) {
        if (control instanceof Link link && link.getText().contains("Open the report")) {
            found[0] = link;
            return true;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                if (find(child, found)) {
                    return true;
                }
            }
        }
        return false;
    }
}
