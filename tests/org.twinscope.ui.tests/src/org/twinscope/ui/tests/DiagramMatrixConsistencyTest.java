/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.twinscope.diagram.LaidOutDiagram;
import org.twinscope.diagram.LaidOutDiagram.Kind;
import org.twinscope.ui.TwinscopePerspective;
import org.twinscope.ui.views.PracticeMatrixView;
import org.twinscope.ui.views.ScopeDiagramView;

/**
 * The Scope Diagram and the Practice Matrix read the same analysis: for every practice, each boundary has in the
 * diagram the status of its matrix cell (the worst at the boundary, inside it and on the links that reach into it).
 */
class DiagramMatrixConsistencyTest {

    @Test
    void bottlingLine() throws Exception {
        everyBoundaryHasItsMatrixStatusInEachPracticesDiagram("bottling-line", "bottling-line.twin");
    }

    @Test
    void waterUtility() throws Exception {
        everyBoundaryHasItsMatrixStatusInEachPracticesDiagram("water-utility", "network.twin");
    }

    @Test
    void hospitalInfusion() throws Exception {
        everyBoundaryHasItsMatrixStatusInEachPracticesDiagram("hospital-infusion", "hospital.twin");
    }

    private static void everyBoundaryHasItsMatrixStatusInEachPracticesDiagram(String example, String twinFile)
            throws Exception {
        IProject project = Workbench.exampleProject("consistency-" + example, example);
        Workbench.waitForJobs(120_000);
        PlatformUI.getWorkbench().showPerspective(TwinscopePerspective.ID,
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        Workbench.page().closeAllEditors(false);
        IEditorPart editor = IDE.openEditor(Workbench.page(), project.getFile(twinFile));
        PracticeMatrixView matrix = (PracticeMatrixView) Workbench.page().showView(PracticeMatrixView.ID);
        ScopeDiagramView diagram = (ScopeDiagramView) Workbench.page().showView(ScopeDiagramView.ID);
        Workbench.page().activate(editor);
        Workbench.waitUntil("both views on " + example, () -> matrix.latest() != null
                && matrix.latest().project().equals(project) && matrix.tree().getItemCount() > 0
                && diagram.latest() != null && diagram.latest().project().equals(project) && !diagram.isBusy()
                && diagram.svg() != null, 90_000);

        Combo picker = diagram.practicePicker();
        List<String> practices = Arrays.asList(picker.getItems()).subList(1, picker.getItemCount());
        assertTrue(practices.size() > 5, "a diagram per applicable practice: " + practices);
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (String practice : practices) {
            picker.select(picker.indexOf(practice));
            picker.notifyListeners(SWT.Selection, new Event());
            Workbench.waitUntil("the diagram of " + practice, () -> !diagram.isBusy() && diagram.laidOut() != null
                    && diagram.laidOut().title().endsWith(": " + practice), 90_000);
            int column = column(matrix, practice);
            for (TreeItem row : TreeRows.all(matrix.tree())) {
                String boundary = row.getText(0);
                String inMatrix = matrix.cellStatus(row, column).replace(' ', '-');
                LaidOutDiagram.Box box = diagram.laidOut().boxes().stream().filter(b -> b.label().equals(boundary)
                        && (b.kind() == Kind.BOUNDARY || b.kind() == Kind.COLLAPSED_BOUNDARY)).findFirst()
                        .orElse(null);
                if (box == null) {
                    continue;
                }
                compared++;
                if (!inMatrix.equals(box.status())) {
                    differences.add(practice + " at " + boundary + ": matrix '" + inMatrix + "', diagram '"
                            + box.status() + "'");
                }
            }
        }
        assertTrue(compared > practices.size(), "boundaries compared: " + compared);
        assertEquals(List.of(), differences, "the same status in the matrix and the diagram");
    }

    private static int column(PracticeMatrixView matrix, String practice) {
        TreeColumn[] columns = matrix.tree().getColumns();
        for (int i = 0; i < columns.length; i++) {
            String tip = columns[i].getToolTipText();
            if (tip != null && practice.equals(tip.lines().findFirst().orElse(""))) {
                return i;
            }
        }
        throw new AssertionError("no matrix column " + practice);
    }
}
