/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.twinscope.ui.TwinscopePerspective;
import org.twinscope.ui.language.ProjectAnalysis;
import org.twinscope.ui.views.AnalysisView;
import org.twinscope.ui.views.PracticeMatrixView;
import org.twinscope.ui.views.ScopeDiagramView;
import org.twinscope.ui.views.ScorecardView;

/**
 * The views while the model has errors: a typo that drops a boundary must not make the diagram, matrix and scorecard
 * show a half-read model; they keep the last valid analysis and say so, with a way to the problems.
 */
class BrokenModelViewsTest {

    private static final String SHOWING_LAST_VALID = "showing the last valid analysis.";

    @BeforeAll
    static void perspective() {
        PlatformUI.getWorkbench().getDisplay().syncExec(() -> {
            try {
                PlatformUI.getWorkbench().showPerspective(TwinscopePerspective.ID,
                        PlatformUI.getWorkbench().getActiveWorkbenchWindow());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void viewsKeepTheLastValidAnalysisWhileTheModelHasErrors() throws Exception {
        IProject project = Workbench.exampleProject("broken-views", "bottling-line");
        Workbench.waitForJobs(120_000);
        Workbench.page().closeAllEditors(false);
        IFile twin = project.getFile("bottling-line.twin");
        IEditorPart editor = IDE.openEditor(Workbench.page(), twin);
        PracticeMatrixView matrix = (PracticeMatrixView) Workbench.page().showView(PracticeMatrixView.ID);
        ScorecardView scorecard = (ScorecardView) Workbench.page().showView(ScorecardView.ID);
        ScopeDiagramView diagram = (ScopeDiagramView) Workbench.page().showView(ScopeDiagramView.ID);
        Workbench.page().activate(editor);
        Workbench.waitUntil("the views to show the project", () -> showsProject(matrix, project)
                && showsProject(scorecard, project) && showsProject(diagram, project) && diagram.svg() != null,
                90_000);
        ProjectAnalysis valid = matrix.latest();
        List<String> rows = TreeRows.firstCells(matrix.tree());
        List<String> scorecardRows = TreeRows.firstCells(scorecard.tree());
        assertEquals(List.of("Plant", "Cell", "PlantIT", "VendorCloud"), rows);
        assertEquals("", matrix.errorBanner());

        // a typo in the Cell boundary's kind: parsed as it is, the model loses the boundary and its assets
        String text = new String(twin.getContents().readAllBytes(), StandardCharsets.UTF_8);
        setContents(twin, text.replace("kind ot-zone {", "kind ot-zon {"));
        Workbench.waitUntil("the views to say the model has errors", () -> !matrix.errorBanner().isEmpty()
                && !scorecard.errorBanner().isEmpty() && !diagram.errorBanner().isEmpty() && !matrix.isBusy()
                && !diagram.isBusy() && !scorecard.isBusy(), 90_000);
        // the views analyze on their own; the builder's markers come when the auto-build job has run (it waits a
        // moment after a change, and a waiting job does not keep the job manager busy)
        List<IFile> files = List.of(twin, project.getFile("targets.smm"), project.getFile("audit-2026-q3.smm"),
                project.getFile("plan-2027.smm"));
        Workbench.waitUntil("the builder to mark the typo", () -> errorMarkers(files) > 0, 60_000);
        Workbench.waitForJobs(60_000);
        int errors = errorMarkers(files);
        String expected = "Model has errors (" + errors + "): " + SHOWING_LAST_VALID + " <a>Show the Problems view</a>";
        assertEquals(expected, matrix.errorBanner());
        assertEquals(expected, scorecard.errorBanner());
        assertEquals(expected, diagram.errorBanner());
        assertSame(valid.project(), matrix.latest().project());
        assertTrue(!matrix.latest().model().hasErrors() && !diagram.latest().model().hasErrors(),
                "the views show an analysis without errors");
        assertEquals(rows, TreeRows.firstCells(matrix.tree()), "the matrix keeps the boundary the typo dropped");
        assertEquals(scorecardRows, TreeRows.firstCells(scorecard.tree()));
        assertTrue(diagram.svg().contains("id=\"ts-BottlingLine.Cell\""), "the diagram keeps the Cell boundary");
        Workbench.page().getWorkbenchWindow().getShell().setSize(1500, 950);
        Screenshots.take(Workbench.page().getWorkbenchWindow().getShell(), "views-on-a-broken-model");

        Workbench.page().hideView(Workbench.page().findView(IPageLayout.ID_PROBLEM_VIEW));
        matrix.followErrorBannerLink();
        assertNotNull(Workbench.page().findView(IPageLayout.ID_PROBLEM_VIEW), "the link opens the Problems view");
        assertTrue(Workbench.page().isPartVisible(Workbench.page().findView(IPageLayout.ID_PROBLEM_VIEW)));

        setContents(twin, text);
        Workbench.waitUntil("the views to show the fixed model", () -> matrix.errorBanner().isEmpty()
                && diagram.errorBanner().isEmpty() && scorecard.errorBanner().isEmpty()
                && matrix.latest() != valid && !matrix.isBusy(), 90_000);
        assertEquals(rows, TreeRows.firstCells(matrix.tree()));
    }

    @Test
    void aModelThatNeverHadAValidAnalysisShowsNone() throws Exception {
        IProject project = Workbench.exampleProject("never-valid", "bottling-line");
        IFile twin = project.getFile("bottling-line.twin");
        String text = new String(twin.getContents().readAllBytes(), StandardCharsets.UTF_8);
        setContents(twin, text.replace("kind ot-zone {", "kind ot-zon {"));
        Workbench.waitForJobs(120_000);
        Workbench.page().closeAllEditors(false);
        PracticeMatrixView matrix = (PracticeMatrixView) Workbench.page().showView(PracticeMatrixView.ID);
        ScopeDiagramView diagram = (ScopeDiagramView) Workbench.page().showView(ScopeDiagramView.ID);
        IEditorPart editor = IDE.openEditor(Workbench.page(), twin);
        Workbench.page().activate(editor);
        Workbench.waitUntil("the views to say the model has errors", () -> !matrix.errorBanner().isEmpty()
                && !diagram.errorBanner().isEmpty() && !matrix.isBusy() && !diagram.isBusy(), 90_000);
        assertTrue(matrix.errorBanner().contains("there is no analysis of this project without errors yet"),
                matrix.errorBanner());
        assertEquals(0, matrix.tree().getItemCount(), "no half-read model in the matrix");
        assertNull(matrix.latest());
        assertNull(diagram.svg(), "no half-read model in the diagram");
    }

    private static int errorMarkers(List<IFile> files) {
        int errors = 0;
        for (IFile file : files) {
            try {
                errors += Workbench.errors(file).length;
            } catch (CoreException e) {
                throw new AssertionError(e);
            }
        }
        return errors;
    }

    private static boolean showsProject(AnalysisView view, IProject project) {
        return !view.isBusy() && view.latest() != null && view.latest().project().equals(project);
    }

    private static void setContents(IFile file, String text) throws Exception {
        file.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, false, null);
    }
}
