/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.twinscope.ui.TwinscopePerspective;
import org.twinscope.ui.TwinscopeUiPlugin;
import org.twinscope.ui.report.GenerateReportHandler;
import org.twinscope.ui.report.ReportBrowserEditor;
import org.twinscope.ui.studio.FirstStart;
import org.twinscope.ui.studio.GettingStarted;
import org.twinscope.ui.studio.GettingStartedEditor;
import org.twinscope.ui.studio.HelpMenu;
import org.twinscope.ui.views.ScopeDiagramView;

/** The Getting Started page: shown on the first start, in the Help menu, and each link does its step. */
class GettingStartedTest {

    @Test
    void opensOnTheFirstStartOnly() throws Exception {
        // the test workbench is a first start of Twinscope Studio in a fresh workspace
        Workbench.waitUntil("the first start to show the page", () -> InstanceScope.INSTANCE.getNode(
                TwinscopeUiPlugin.ID).getBoolean(FirstStart.GETTING_STARTED_SHOWN, false), 30_000);
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        var defaults = DefaultScope.INSTANCE.getNode(TwinscopeUiPlugin.ID);
        var instance = InstanceScope.INSTANCE.getNode(TwinscopeUiPlugin.ID);
        try {
            Workbench.page().closeAllEditors(false);
            instance.remove(FirstStart.GETTING_STARTED_SHOWN);
            defaults.putBoolean(FirstStart.GETTING_STARTED, false);
            assertFalse(FirstStart.showGettingStarted(window), "a plain Eclipse IDE (no product wish) shows nothing");
            assertEquals(0, Workbench.page().getEditorReferences().length);

            defaults.putBoolean(FirstStart.GETTING_STARTED, true);
            assertTrue(FirstStart.showGettingStarted(window), "the first start shows the page");
            assertTrue(Workbench.page().getActiveEditor() instanceof GettingStartedEditor,
                    "the page is the active editor: " + Workbench.page().getActiveEditor());
            Workbench.page().closeAllEditors(false);
            assertFalse(FirstStart.showGettingStarted(window), "later starts do not show it again");
            assertEquals(0, Workbench.page().getEditorReferences().length);
        } finally {
            defaults.putBoolean(FirstStart.GETTING_STARTED, true);
            instance.putBoolean(FirstStart.GETTING_STARTED_SHOWN, true);
        }
    }

    @Test
    void helpGettingStartedOpensThePage() throws Exception {
        Workbench.page().closeAllEditors(false);
        IContributionItem item = null;
        for (IContributionItem candidate : HelpMenu.of(PlatformUI.getWorkbench().getActiveWorkbenchWindow())
                .getItems()) {
            if ("org.twinscope.ui.commands.gettingStarted".equals(candidate.getId())) {
                item = candidate;
            }
        }
        assertTrue(item != null && item.isVisible(), "Help > Getting Started");
        PlatformUI.getWorkbench().getService(IHandlerService.class)
                .executeCommand("org.twinscope.ui.commands.gettingStarted", null);
        assertTrue(Workbench.page().getActiveEditor() instanceof GettingStartedEditor);
    }

    @Test
    void eachLinkDoesItsStep() throws Exception {
        for (IProject existing : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            if (existing.getName().startsWith(GettingStarted.EXAMPLE)) {
                existing.delete(true, true, null);
            }
        }
        Workbench.page().closeAllEditors(false);
        GettingStartedEditor page = GettingStartedEditor.open(Workbench.page());
        List<Hyperlink> links = page.links();
        assertEquals(List.of("1. Create the example project", "2. Open the system", "3. Open the targets",
                "4. Open the assessment", "5. Generate the report"), links.stream().map(Hyperlink::getText).toList());
        Workbench.page().getWorkbenchWindow().getShell().setSize(1500, 950);
        long painted = System.currentTimeMillis() + 500;
        Workbench.waitUntil("the page to paint", () -> System.currentTimeMillis() > painted, 5_000);
        Screenshots.take(Workbench.page().getWorkbenchWindow().getShell(), "getting-started");

        activate(links.get(0));
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(GettingStarted.EXAMPLE);
        assertTrue(project.isOpen(), "the example project was created");
        for (String file : List.of(GettingStarted.SYSTEM_FILE, GettingStarted.TARGETS_FILE,
                GettingStarted.ASSESSMENT_FILE)) {
            assertTrue(project.getFile(file).exists(), file);
        }
        assertEquals(project, page.project());
        IStructuredSelection selected = (IStructuredSelection) Workbench.page()
                .findView(IPageLayout.ID_PROJECT_EXPLORER).getSite().getSelectionProvider().getSelection();
        assertEquals(List.of(project), selected.toList(), "the new project selected in the Project Explorer");

        activate(links.get(1));
        assertEquals(project.getFile(GettingStarted.SYSTEM_FILE), activeFile());
        assertEquals(TwinscopePerspective.ID, Workbench.page().getPerspective().getId());
        assertTrue(Workbench.page().findView(ScopeDiagramView.ID) != null, "the Scope Diagram is shown");

        Workbench.page().activate(page);
        activate(links.get(2));
        assertEquals(project.getFile(GettingStarted.TARGETS_FILE), activeFile());
        assertTrue(read(activeFile()).contains("\nprofile "), "the targets are a profile");

        Workbench.page().activate(page);
        activate(links.get(3));
        assertEquals(project.getFile(GettingStarted.ASSESSMENT_FILE), activeFile());
        assertTrue(read(activeFile()).contains("\nassessment "), "an assessment");

        Workbench.page().activate(page);
        activate(links.get(4));
        Workbench.waitUntil("the report job to finish",
                () -> Job.getJobManager().find(GenerateReportHandler.FAMILY).length == 0, 120_000);
        assertTrue(Files.isRegularFile(GenerateReportHandler.reportFolder(project).resolve("index.html")));
        IFile report = GenerateReportHandler.reportPage(project);
        Workbench.waitUntil("the report in the web browser editor", () -> {
            for (IEditorReference reference : Workbench.page().getEditorReferences()) {
                if (reference.getEditor(false) instanceof ReportBrowserEditor editor
                        && editor.getEditorInput() instanceof IFileEditorInput input && input.getFile().equals(report)) {
                    return true;
                }
            }
            return false;
        }, 30_000);

        // a second walk reuses the project rather than copying the example again
        activate(links.get(0));
        assertEquals(project, page.project());
        assertFalse(ResourcesPlugin.getWorkspace().getRoot().getProject(GettingStarted.EXAMPLE + "-2").exists());
    }

    /** Activates a link as Enter on it does. */
    private static void activate(Hyperlink link) {
        Event enter = new Event();
        enter.character = SWT.CR;
        link.notifyListeners(SWT.KeyDown, enter);
    }

    private static IFile activeFile() {
        IEditorPart editor = Workbench.page().getActiveEditor();
        return editor != null && editor.getEditorInput() instanceof IFileEditorInput input ? input.getFile() : null;
    }

    private static String read(IFile file) throws Exception {
        return Files.readString(java.nio.file.Path.of(file.getLocationURI()));
    }
}
