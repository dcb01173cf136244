/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.twinscope.analysis.SystemAnalysis;
import org.twinscope.analysis.gaps.AssessmentResult;
import org.twinscope.analysis.gaps.PracticeGap;
import org.twinscope.report.ElementNames;

/**
 * The scorecard of the latest assessment of the active editor's project: target against current level per practice,
 * with a bar per level, and why the target holds. Double-click a row to open the rating or target.
 */
public class ScorecardView extends AnalysisView {

    public static final String ID = "org.twinscope.ui.views.scorecard";

    private Table table;

    @Override
    protected void createControls(Composite parent) {
        parent.setLayout(new FillLayout());
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        String[] headers = { "Practice", "Target", "Current", "Status", "Target from" };
        int[] widths = { 260, 150, 150, 110, 320 };
        for (int i = 0; i < headers.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(headers[i]);
            column.setWidth(widths[i]);
        }
        table.addListener(SWT.DefaultSelection, event -> {
            if (event.item != null && event.item.getData() instanceof PracticeGap gap) {
                SourceNavigation.reveal(getSite().getPage(), gap.ratings().isEmpty() ? gap.target().target()
                        : gap.ratings().get(0));
            }
        });
    }

    @Override
    protected void show(ProjectAnalysis analysis) {
        SystemAnalysis system = analysis.system();
        AssessmentResult latest = system == null ? null : system.latestAssessment();
        if (latest == null) {
            showMessage("No assessment in project " + analysis.project().getName() + ".");
            return;
        }
        table.removeAll();
        for (PracticeGap gap : latest.practices()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setData(gap);
            item.setText(new String[] {
                ElementNames.title(gap.practice()) + (gap.element() == null ? "" : " on " + ElementNames.label(gap
                        .element())),
                bar(gap.target().level().getValue()) + " " + gap.target().level().getLiteral(),
                gap.current() == null ? "-" : bar(gap.current().getValue()) + " " + gap.current().getLiteral(),
                gap.status().label() + (gap.levelGap() > 0 ? " (" + gap.levelGap() + ")" : ""),
                gap.target().provenance() });
        }
        setContentDescription("Assessment " + latest.assessment().getName() + " against "
                + (latest.profile() == null ? "?" : latest.profile().getName()));
    }

    private static String bar(int level) {
        return "\u2588".repeat(level) + "\u2591".repeat(4 - level);
    }

    @Override
    protected void showMessage(String message) {
        setContentDescription(message);
        table.removeAll();
    }

    /** The table, for tests. */
    public Table table() {
        return table;
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }
}
