/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.twinscope.diagram.LaidOutDiagram;
import org.twinscope.ui.TwinscopePerspective;
import org.twinscope.ui.views.DiagramCanvas;
import org.twinscope.ui.views.PracticeMatrixView;
import org.twinscope.ui.views.ScopeDiagramView;
import org.twinscope.ui.views.ScorecardView;

/** The Twinscope perspective with the three views following the bottling line example. */
class ViewsTest {

    private static IProject project;

    @BeforeAll
    static void createProject() throws Exception {
        project = Workbench.exampleProject("views", "bottling-line");
        Workbench.waitForJobs(120_000);
        PlatformUI.getWorkbench().showPerspective(TwinscopePerspective.ID,
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
    }

    @Test
    void viewsShowTheExample() throws Exception {
        Workbench.page().closeAllEditors(false);
        IEditorPart editor = IDE.openEditor(Workbench.page(), project.getFile("bottling-line.twin"));
        PracticeMatrixView matrix = (PracticeMatrixView) Workbench.page().showView(PracticeMatrixView.ID);
        ScorecardView scorecard = (ScorecardView) Workbench.page().showView(ScorecardView.ID);
        ScopeDiagramView diagram = (ScopeDiagramView) Workbench.page().showView(ScopeDiagramView.ID);
        Workbench.page().activate(editor);
        Workbench.waitUntil("the views to show the project", () -> matrix.table().getItemCount() > 0
                && scorecard.table().getItemCount() > 0 && !diagram.isBusy() && diagram.svg() != null
                && diagram.svg().contains("System BottlingLine") && matrix.latest().project().equals(project),
                90_000);

        List<String> boundaries = new ArrayList<>();
        for (TableItem item : matrix.table().getItems()) {
            boundaries.add(item.getText(0));
        }
        assertEquals(List.of("Plant", "VendorCloud", "Cell", "PlantIT"), boundaries);
        assertTrue(matrix.table().getColumnCount() > 10, "a column per applicable practice");
        assertTrue(cellsWith(matrix.table(), "Plant").size() > 5);

        List<String> practices = new ArrayList<>();
        for (TableItem item : scorecard.table().getItems()) {
            practices.add(item.getText(0) + " | " + item.getText(3) + " | " + item.getText(6));
        }
        assertTrue(practices.contains("Access Control | gap (1) | C1, C2"),
                "Access Control, rated Ad hoc against Consistent, with the open criteria: " + practices);

        assertTrue(diagram.svg().contains("id=\"ts-BottlingLine.Filler\""), "the diagram shows the filler");
        assertTrue(diagram.practicePicker().getItemCount() > 10, "one entry per applicable practice, and all");
        diagram.practicePicker().select(diagram.practicePicker().indexOf("Access Control"));
        diagram.practicePicker().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        Workbench.waitUntil("the Access Control diagram", () -> !diagram.isBusy()
                && diagram.svg().contains("System BottlingLine: Access Control"), 60_000);
        long end = System.currentTimeMillis() + 2000;
        Workbench.waitUntil("a moment for painting", () -> System.currentTimeMillis() > end, 5000);
        Workbench.page().getWorkbenchWindow().getShell().setSize(1500, 950);
        Screenshots.take(Workbench.page().getWorkbenchWindow().getShell(), "twinscope-perspective");

        canvasDrawsTheSameDiagram(diagram.laidOut());

        assertEquals("boundary VendorCloud", selectionAfterDoubleClick(matrix.table(), "VendorCloud")
                .split(" \"")[0], "double-clicking a matrix row selects the boundary in its file");
        assertTrue(selectionAfterDoubleClick(scorecard.table(), "Access Control").startsWith("rate AccessControl"),
                "double-clicking a scorecard row selects the rating");
    }

    /** The fallback for platforms without a browser engine: same diagram, clicks open elements, scrolls. */
    private static void canvasDrawsTheSameDiagram(LaidOutDiagram laidOut) {
        Shell shell = new Shell(Workbench.page().getWorkbenchWindow().getShell().getDisplay());
        shell.setLayout(new FillLayout());
        List<String> opened = new ArrayList<>();
        DiagramCanvas canvas = new DiagramCanvas(shell, opened::add);
        shell.setSize(900, 500);
        shell.open();
        canvas.show(laidOut, 1.0);
        try {
            LaidOutDiagram.Box filler = laidOut.boxes().stream().filter(b -> b.label().equals("Filler")).findFirst()
                    .orElseThrow();
            Event click = new Event();
            click.button = 1;
            click.x = (int) (filler.x() + filler.width() / 2);
            click.y = (int) (filler.y() + filler.height() / 2);
            canvas.notifyListeners(SWT.MouseUp, click);
            assertEquals(List.of("BottlingLine.Filler"), opened, "a click opens the innermost element");
            assertTrue(canvas.getHorizontalBar().isVisible(), "a diagram wider than the canvas scrolls");
            long end = System.currentTimeMillis() + 500;
            Workbench.waitUntil("the canvas to paint", () -> System.currentTimeMillis() > end, 5000);
            Screenshots.take(shell, "diagram-canvas");
        } finally {
            shell.dispose();
        }
    }

    /** Double-clicks the row whose first cell is the given text; the text then selected in the active editor. */
    private static String selectionAfterDoubleClick(Table table, String firstCell) {
        TableItem row = java.util.Arrays.stream(table.getItems()).filter(i -> i.getText(0).equals(firstCell))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + firstCell));
        org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
        event.item = row;
        table.notifyListeners(org.eclipse.swt.SWT.DefaultSelection, event);
        org.eclipse.ui.IEditorPart editor = Workbench.page().getActiveEditor();
        return ((org.eclipse.jface.text.ITextSelection) editor.getSite().getSelectionProvider().getSelection())
                .getText();
    }

    private static List<String> cellsWith(Table table, String boundary) {
        List<String> cells = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            if (item.getText(0).equals(boundary)) {
                for (int i = 1; i < table.getColumnCount(); i++) {
                    if (!item.getText(i).isEmpty()) {
                        cells.add(item.getText(i));
                    }
                }
            }
        }
        return cells;
    }
}
