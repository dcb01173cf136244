/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.views;

import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.twinscope.analysis.SystemAnalysis;
import org.twinscope.analysis.matrix.BoundaryMatrix;
import org.twinscope.analysis.matrix.MatrixCell;
import org.twinscope.diagram.Abbreviations;
import org.twinscope.model.smm.Practice;
import org.twinscope.model.twin.Boundary;
import org.twinscope.model.util.ElementNames;
import org.twinscope.ui.language.ProjectAnalysis;
import org.twinscope.ui.language.SourceNavigation;

/**
 * The boundary x practice matrix of the active editor's project: where each practice applies and how it stands in
 * the latest assessment. Double-click a row to open the boundary in its file.
 */
public class PracticeMatrixView extends TableAnalysisView {

    public static final String ID = "org.twinscope.ui.views.matrix";

    private static final Map<String, RGB> COLORS = Map.of("gap", new RGB(245, 198, 196), "met",
            new RGB(207, 233, 214), "not assessed", new RGB(251, 231, 181), "untargeted", new RGB(227, 236, 247),
            "overridden", new RGB(221, 221, 221), "not applicable", new RGB(221, 221, 221));

    @Override
    protected void configure(Table newTable) {
        // the columns are the practices of the shown system, made in show()
    }

    @Override
    protected void open(IWorkbenchPage page, Object rowData) {
        if (rowData instanceof Boundary boundary) {
            SourceNavigation.reveal(page, boundary);
        }
    }

    @Override
    protected void show(ProjectAnalysis analysis) {
        SystemAnalysis system = analysis.system();
        if (system == null) {
            showMessage("No system in project " + analysis.project().getName() + ".");
            return;
        }
        BoundaryMatrix matrix = system.matrix(system.latestAssessment());
        Table table = table();
        table.setRedraw(false);
        try {
            table.removeAll();
            for (TableColumn column : table.getColumns()) {
                column.dispose();
            }
            TableColumn first = new TableColumn(table, SWT.LEFT);
            first.setText("Boundary \\ practice");
            first.setWidth(170);
            // IEC 62443 target security levels in a column of their own: never mixed with maturity
            TableColumn securityLevel = new TableColumn(table, SWT.CENTER);
            securityLevel.setText("SL-T");
            securityLevel.setToolTipText("IEC 62443 target security level of the zone, and of the conduits into it");
            securityLevel.setWidth(60);
            for (Practice practice : matrix.practices()) {
                TableColumn column = new TableColumn(table, SWT.CENTER);
                column.setText(Abbreviations.of(practice));
                column.setToolTipText(ElementNames.distinctTitle(practice));
                column.setWidth(48);
            }
            for (Boundary boundary : matrix.boundaries()) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setData(boundary);
                item.setText(0, boundary.getName());
                item.setText(1, securityLevels(matrix, boundary));
                int index = 2;
                for (Practice practice : matrix.practices()) {
                    MatrixCell cell = matrix.cell(boundary, practice);
                    if (!cell.applicabilities().isEmpty()) {
                        item.setText(index, String.valueOf(cell.applicabilities().size()));
                        RGB rgb = COLORS.get(cell.status());
                        if (rgb != null) {
                            item.setBackground(index, new Color(table.getDisplay(), rgb));
                        }
                    }
                    index++;
                }
            }
            setContentDescription(system.system().getName() + ": practices per boundary"
                    + (system.latestAssessment() == null ? "" : ", status in "
                            + system.latestAssessment().assessment().getName())
                    + " (red gap, green met, yellow not assessed, blue no target)");
        } finally {
            table.setRedraw(true);
        }
    }

    /** "2", or with conduits that state their own level "2 (conduits 3)". */
    private static String securityLevels(BoundaryMatrix matrix, Boundary boundary) {
        Integer zone = BoundaryMatrix.securityLevel(boundary);
        List<String> conduits = matrix.conduits(boundary).stream()
                .map(c -> String.valueOf(BoundaryMatrix.securityLevel(c))).distinct().toList();
        String text = zone == null ? "" : String.valueOf(zone);
        return conduits.isEmpty() ? text : (text + " (conduits " + String.join(", ", conduits) + ")").trim();
    }
}
