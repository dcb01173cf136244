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
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
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
        Workbench.waitUntil("the views to show the project", () -> matrix.tree().getItemCount() > 0
                && scorecard.tree().getItemCount() > 0 && !diagram.isBusy() && diagram.svg() != null
                && diagram.svg().contains("System BottlingLine") && matrix.latest().project().equals(project),
                90_000);

        // the matrix: boundaries nested as in the model, a legend, a tooltip per cell that explains it
        assertEquals(List.of("Plant", "VendorCloud"), TreeRows.texts(matrix.tree().getItems()));
        TreeItem plant = matrix.tree().getItem(0);
        assertEquals(List.of("Cell", "PlantIT"), TreeRows.texts(plant.getItems()));
        assertTrue(matrix.tree().getColumnCount() > 10, "a column per applicable practice");
        assertTrue(cellsWith(matrix.tree(), "Plant").size() > 5);
        assertEquals(List.of("Number: elements in scope (hover a cell for them). Color: status in the latest "
                + "assessment:", "gap", "met", "not assessed", "no target", "not applicable / overridden"),
                matrix.legend());
        int accessControl = column(matrix.tree(), "Access Control");
        String tip = matrix.cellToolTip(plant, accessControl);
        assertTrue(tip.startsWith("Access Control at Plant\n" + plant.getText(accessControl)
                + " elements in scope (the boundary, what it contains and the links that reach into it"), tip);
        assertTrue(java.util.regex.Pattern.compile("\n- [^:\n]+: rule ").matcher(tip).find(),
                "each element with its rule and reasons: " + tip);
        assertTrue(tip.contains("\n\nStatus: gap, the worst result here, at "), "the status and why: " + tip);

        // the scorecard: domains, sub-domains, full practice names, a summary line, sorting
        List<String> domains = TreeRows.texts(scorecard.tree().getItems());
        assertTrue(List.of("Governance", "Enablement", "Hardening").containsAll(domains) && domains.size() > 1,
                "domains in catalog order: " + domains);
        for (TreeItem domain : scorecard.tree().getItems()) {
            for (TreeItem subDomain : domain.getItems()) {
                assertTrue(subDomain.getItemCount() > 0, "results below sub-domain " + subDomain.getText(0));
                for (TreeItem result : subDomain.getItems()) {
                    assertEquals(0, result.getItemCount(), "three levels: domain, sub-domain, result");
                }
            }
        }
        List<String> practices = new ArrayList<>();
        for (TreeItem item : TreeRows.all(scorecard.tree())) {
            if (item.getItemCount() == 0) {
                practices.add(item.getText(0) + " | " + item.getText(3));
            }
        }
        assertTrue(practices.contains("Access Control | gap (1)"), practices.toString());
        TreeItem accessControlRow = TreeRows.all(scorecard.tree()).stream()
                .filter(i -> i.getItemCount() == 0 && i.getText(0).equals("Access Control")).findFirst().orElseThrow();
        assertEquals("C1, C2", accessControlRow.getText(6),
                "Access Control, rated Ad hoc against Consistent, with the open criteria");
        assertTrue(practices.contains("Establishing and Maintaining Identities | gap (1)")
                || practices.stream().anyMatch(p -> p.startsWith("Establishing and Maintaining Identities |")),
                "full practice names: " + practices);
        assertTrue(scorecard.summary().matches("Results: \\d+ met, \\d+ gap, \\d+ not assessed, \\d+ partially "
                + "assessed.*"), scorecard.summary());
        assertEquals(practices.size(), java.util.Arrays.stream(scorecard.summary().replace("Results: ", "")
                .split(", ")).mapToInt(part -> Integer.parseInt(part.split(" ")[0])).sum(),
                "the summary counts every result shown");
        TreeColumn status = scorecard.tree().getColumn(3);
        status.notifyListeners(SWT.Selection, new Event());
        assertEquals(SWT.UP, scorecard.tree().getSortDirection());
        assertOrderedBySeverity(scorecard.tree(), 1);
        status.notifyListeners(SWT.Selection, new Event());
        assertEquals(SWT.DOWN, scorecard.tree().getSortDirection());
        assertOrderedBySeverity(scorecard.tree(), -1);

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

        assertEquals("boundary VendorCloud", selectionAfterDoubleClick(matrix.tree(), "VendorCloud")
                .split(" \"")[0], "double-clicking a matrix row selects the boundary in its file");
        assertTrue(selectionAfterDoubleClick(scorecard.tree(), "Access Control").startsWith("rate AccessControl"),
                "double-clicking a scorecard row selects the rating");
    }

    @Test
    void emptyMatrixColumnsSayWhy() throws Exception {
        List<String> emptyEverywhere = new ArrayList<>();
        for (String[] example : new String[][] { { "bottling-line", "bottling-line.twin" },
            { "water-utility", "network.twin" }, { "retail-chain", "retail-chain.twin" } }) {
            IProject other = Workbench.exampleProject("empty-" + example[0], example[0]);
            Workbench.waitForJobs(120_000);
            Workbench.page().closeAllEditors(false);
            IEditorPart editor = IDE.openEditor(Workbench.page(), other.getFile(example[1]));
            PracticeMatrixView matrix = (PracticeMatrixView) Workbench.page().showView(PracticeMatrixView.ID);
            Workbench.page().activate(editor);
            Workbench.waitUntil("the matrix of " + example[0], () -> matrix.latest() != null
                    && matrix.latest().project().equals(other) && matrix.tree().getItemCount() > 0, 90_000);
            List<String> empty = new ArrayList<>();
            for (int column = 2; column < matrix.tree().getColumnCount(); column++) {
                int index = column;
                TreeColumn header = matrix.tree().getColumn(column);
                String title = header.getToolTipText().lines().findFirst().orElseThrow();
                if (TreeRows.all(matrix.tree()).stream().allMatch(row -> row.getText(index).isEmpty())) {
                    empty.add(title);
                    assertTrue(header.getToolTipText().contains("\nNo boundary: the practice applies outside every "
                            + "boundary, to\n- "), "the header says where it applies: " + header.getToolTipText());
                    assertTrue(matrix.emptyColumnsLine().contains(header.getText()), matrix.emptyColumnsLine());
                    assertTrue(matrix.emptyColumnsToolTip().contains(title + " (" + header.getText() + ")"),
                            matrix.emptyColumnsToolTip());
                    String cell = matrix.cellToolTip(matrix.tree().getItem(0), column);
                    assertTrue(cell.contains("applies outside every boundary"), cell);
                } else {
                    assertEquals(title, header.getToolTipText(), "a column with cells: its title");
                }
            }
            if (empty.isEmpty()) {
                assertEquals("", matrix.emptyColumnsLine(), "no line without empty columns");
            } else {
                assertEquals("Empty columns " + String.join(", ", empty.stream().map(t -> headerOf(matrix, t))
                        .toList()) + ": these practices apply outside every boundary (hover for more)",
                        matrix.emptyColumnsLine());
                assertTrue(matrix.emptyColumnsToolTip().contains(": no rule brings these practices to a boundary or "
                        + "to anything inside one"), matrix.emptyColumnsToolTip());
                emptyEverywhere.add(example[0] + ": " + empty);
                Screenshots.take(Workbench.page().getWorkbenchWindow().getShell(), "matrix-empty-columns");
            }
        }
        assertTrue(!emptyEverywhere.isEmpty(), "some example has a practice that applies outside every boundary");
        System.out.println("Empty matrix columns: " + emptyEverywhere);
    }

    private static String headerOf(PracticeMatrixView matrix, String title) {
        for (TreeColumn column : matrix.tree().getColumns()) {
            String tip = column.getToolTipText();
            if (tip != null && tip.lines().findFirst().orElse("").equals(title)) {
                return column.getText();
            }
        }
        throw new AssertionError("no column " + title);
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
    private static String selectionAfterDoubleClick(Tree tree, String firstCell) {
        TreeItem row = TreeRows.all(tree).stream().filter(i -> i.getText(0).equals(firstCell)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + firstCell));
        Event event = new Event();
        event.item = row;
        tree.notifyListeners(SWT.DefaultSelection, event);
        IEditorPart editor = Workbench.page().getActiveEditor();
        return ((org.eclipse.jface.text.ITextSelection) editor.getSite().getSelectionProvider().getSelection())
                .getText();
    }

    private static List<String> cellsWith(Tree tree, String boundary) {
        List<String> cells = new ArrayList<>();
        for (TreeItem item : TreeRows.all(tree)) {
            if (item.getText(0).equals(boundary)) {
                for (int i = 1; i < tree.getColumnCount(); i++) {
                    if (!item.getText(i).isEmpty()) {
                        cells.add(item.getText(i));
                    }
                }
            }
        }
        return cells;
    }

    private static int column(Tree tree, String toolTip) {
        for (int i = 0; i < tree.getColumnCount(); i++) {
            if (toolTip.equals(tree.getColumn(i).getToolTipText())) {
                return i;
            }
        }
        throw new AssertionError("no column " + toolTip);
    }

    /** Within every sub-domain, the results' statuses go from best to worst (direction 1) or back (-1). */
    private static void assertOrderedBySeverity(Tree tree, int direction) {
        List<String> order = List.of("met", "not applicable", "partially assessed", "not assessed", "gap");
        for (TreeItem domain : tree.getItems()) {
            for (TreeItem subDomain : domain.getItems()) {
                int previous = direction > 0 ? 0 : 10;
                for (TreeItem result : subDomain.getItems()) {
                    String text = result.getText(3);
                    int severity = order.indexOf(order.stream().filter(text::startsWith).findFirst()
                            .orElseThrow(() -> new AssertionError("unknown status " + text)));
                    severity = severity == 1 ? 0 : severity; // met and not applicable are equally good
                    assertTrue(direction > 0 ? severity >= previous : severity <= previous,
                            "sorted by status in " + subDomain.getText(0) + ": " + text);
                    previous = severity;
                }
            }
        }
    }
}
