/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.studio;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.ide.IDE;
import org.twinscope.ui.TwinscopePerspective;
import org.twinscope.ui.builder.TwinscopeNature;
import org.twinscope.ui.report.GenerateReportHandler;
import org.twinscope.ui.views.ScopeDiagramView;
import org.twinscope.ui.wizards.Examples;

/**
 * The walk through a first review that the Getting Started page offers, on the bottling line example: create the
 * example project, open the system, its targets (the profile), its assessment, and generate the report. Each step
 * does what the user would otherwise do through the wizard, the Project Explorer and the Project menu.
 */
public final class GettingStarted {

    /** The example walked through. */
    public static final String EXAMPLE = "bottling-line";
    public static final String SYSTEM_FILE = "bottling-line.twin";
    public static final String TARGETS_FILE = "targets.smm";
    public static final String ASSESSMENT_FILE = "audit-2026-q3.smm";

    /** One step: the link's text and what it is about. */
    public record Step(String link, String explanation) {
    }

    public static final List<Step> STEPS = List.of(
            new Step("1. Create the example project",
                    "A brewery's bottling line: the filler and its controller on the plant floor, a line twin in "
                            + "plant IT, and the filler vendor's fleet twin in a cloud. Twinscope copies it into a "
                            + "project named " + EXAMPLE + " (File > New > Twinscope Project offers every example "
                            + "and an empty project)."),
            new Step("2. Open the system",
                    "The .twin file describes the system: organizations, boundaries, assets, twins and the "
                            + "synchronizations between them. The Scope Diagram and the Practice Matrix show which "
                            + "SMM practices apply where, and why (hover an element or a cell); they follow the "
                            + "file you edit."),
            new Step("3. Open the targets",
                    "The profile sets the maturity the system should reach per practice (targets), for the whole "
                            + "system or for some elements, with a rationale for each."),
            new Step("4. Open the assessment",
                    "The assessment rates the practices as found, with evidence. The Maturity Scorecard compares "
                            + "ratings with targets: met, gap (and by how much), or not assessed."),
            new Step("5. Generate the report",
                    "Writes the HTML report (with JSON and SARIF) into the project's report folder, as "
                            + "'twinscope report' does on the command line, and opens it. Project > Generate "
                            + "Twinscope HTML Report does the same for any project."));

    private IProject project;

    /** The example project this walk uses, or null before step 1. */
    public IProject project() {
        return project;
    }

    /**
     * Step 1: the example project, made if needed: a project of that name holding the example's system file is
     * reused, any other project is left alone (the new one is then named bottling-line-2, -3, ...).
     */
    public IProject createExampleProject() throws CoreException, IOException {
        if (project != null && project.isAccessible()) {
            return project;
        }
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        for (int suffix = 1;; suffix++) {
            IProject candidate = root.getProject(suffix == 1 ? EXAMPLE : EXAMPLE + "-" + suffix);
            if (candidate.exists()) {
                if (!candidate.isOpen()) {
                    continue;
                }
                if (candidate.getFile(SYSTEM_FILE).exists()) {
                    project = candidate;
                    return project;
                }
                continue;
            }
            candidate.create(null);
            candidate.open(null);
            TwinscopeNature.addTo(candidate);
            Examples.copyInto(EXAMPLE, candidate);
            project = candidate;
            return project;
        }
    }

    /** Selects the project in the Project Explorer, so that the user sees its files. */
    public void showInProjectExplorer(IWorkbenchWindow window, IProject shown) throws PartInitException {
        IViewPart explorer = window.getActivePage().showView(IPageLayout.ID_PROJECT_EXPLORER);
        if (explorer instanceof ISetSelectionTarget target) {
            target.selectReveal(new StructuredSelection(shown));
        }
    }

    /** Step 2: the system file, in the Twinscope perspective, with the Scope Diagram in front. */
    public IEditorPart openSystem(IWorkbenchWindow window) throws CoreException, IOException {
        IFile file = createExampleProject().getFile(SYSTEM_FILE);
        IWorkbenchPage page = window.getWorkbench().showPerspective(TwinscopePerspective.ID, window);
        IEditorPart editor = IDE.openEditor(page, file);
        page.showView(ScopeDiagramView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
        return editor;
    }

    /** Step 3: the profile with the targets. */
    public IEditorPart openTargets(IWorkbenchWindow window) throws CoreException, IOException {
        return open(window, TARGETS_FILE);
    }

    /** Step 4: the assessment. */
    public IEditorPart openAssessment(IWorkbenchWindow window) throws CoreException, IOException {
        return open(window, ASSESSMENT_FILE);
    }

    /** Step 5: the report, written by the report command's job; it opens in the browser when done. */
    public Job generateReport(IWorkbenchWindow window) throws CoreException, IOException {
        return GenerateReportHandler.run(window, createExampleProject());
    }

    private IEditorPart open(IWorkbenchWindow window, String fileName) throws CoreException, IOException {
        return IDE.openEditor(window.getActivePage(), createExampleProject().getFile(fileName));
    }
}
