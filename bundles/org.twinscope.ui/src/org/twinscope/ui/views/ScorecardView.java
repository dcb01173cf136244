/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.twinscope.analysis.SystemAnalysis;
import org.twinscope.analysis.gaps.AssessmentResult;
import org.twinscope.analysis.gaps.PracticeGap;
import org.twinscope.analysis.history.AssessmentStep;
import org.twinscope.model.util.ElementNames;
import org.twinscope.ui.language.ProjectAnalysis;
import org.twinscope.ui.language.SourceNavigation;

/**
 * The scorecard of the latest assessment of the active editor's project: target against current level per practice,
 * as bars of four levels (the current one green where it meets the target, amber one level short, red further), and
 * why the target holds. Double-click a row to open the rating or target.
 */
public class ScorecardView extends TableAnalysisView {

    public static final String ID = "org.twinscope.ui.views.scorecard";

    private static final int TARGET_COLUMN = 1;
    private static final int CURRENT_COLUMN = 2;
    private static final int SEGMENT = 10;
    private static final RGB OUTLINE = new RGB(110, 120, 130);
    private static final RGB TARGET = new RGB(90, 107, 123);
    private static final RGB MET = new RGB(46, 139, 87);
    private static final RGB SHORT_BY_ONE = new RGB(224, 138, 0);
    private static final RGB SHORT_BY_MORE = new RGB(192, 57, 43);

    @Override
    protected void configure(Table table) {
        String[] headers = { "Practice", "Target", "Current", "Status", "Previous", "Target from", "Open criteria" };
        int[] widths = { 260, 150, 150, 110, 150, 320, 140 };
        for (int i = 0; i < headers.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(headers[i]);
            column.setWidth(widths[i]);
        }
        // the level columns are drawn as bars; their text is drawn after the bar, not by the table
        table.addListener(SWT.EraseItem, event -> {
            if (event.index == TARGET_COLUMN || event.index == CURRENT_COLUMN) {
                event.detail &= ~SWT.FOREGROUND;
            }
        });
        table.addListener(SWT.PaintItem, this::paintLevel);
        // the open criteria's text, which the column only names by id, as the row's tooltip
        table.addListener(SWT.MouseHover, event -> {
            TableItem item = table.getItem(new Point(event.x, event.y));
            table.setToolTipText(item != null && item.getData() instanceof PracticeGap gap
                    && !gap.openCriteria().isEmpty() ? openCriteria(gap) : null);
        });
    }

    /** One line per criterion still open: "C1 (Consistent): ...". */
    private static String openCriteria(PracticeGap gap) {
        return "Still open:\n" + String.join("\n", gap.openCriteria().stream()
                .map(c -> c.getName() + " (" + c.getLevel().getLiteral() + "): " + c.getText()).toList());
    }

    @Override
    protected void open(IWorkbenchPage page, Object rowData) {
        if (rowData instanceof PracticeGap gap) {
            SourceNavigation.reveal(page, gap.ratings().isEmpty() ? gap.target().target() : gap.ratings().get(0));
        }
    }

    @Override
    protected void show(ProjectAnalysis analysis) {
        SystemAnalysis system = analysis.system();
        AssessmentResult latest = system == null ? null : system.latestAssessment();
        if (latest == null) {
            showMessage("No assessment in project " + analysis.project().getName() + ".");
            return;
        }
        Table table = table();
        table.removeAll();
        AssessmentStep step = system.latestStep();
        for (PracticeGap gap : latest.listed()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setData(gap);
            item.setText(new String[] {
                ElementNames.distinctTitle(gap.practice())
                        + (gap.element() == null ? "" : " on " + ElementNames.label(gap.element())),
                gap.target().level().getLiteral(),
                gap.current() == null ? "-" : gap.current().getLiteral(),
                gap.status().label() + (gap.coverage() != null ? " (" + gap.coverage().describe() + ")"
                        : gap.levelGap() > 0 ? " (" + gap.levelGap() + ")" : ""),
                previous(step, gap),
                gap.target().provenance(),
                String.join(", ", gap.openCriteria().stream().map(c -> c.getName()).toList()) });
        }
        setContentDescription("Assessment " + latest.assessment().getName() + " against "
                + (latest.profile() == null ? "?" : latest.profile().getName()));
    }

    /** The level in the assessment before the latest, and how it moved ("Ad hoc, improved"), or "" without one. */
    private static String previous(AssessmentStep step, PracticeGap gap) {
        if (step == null) {
            return "";
        }
        return step.changes().stream().filter(c -> c.practice() == gap.practice() && c.element() == gap.element())
                .findFirst().map(c -> (c.levelBefore() == null ? "-" : c.levelBefore().getLiteral()) + ", "
                        + c.change().label())
                .orElse("");
    }

    /** Target and current columns: four segments, as many filled as the level, then the level's name. */
    private void paintLevel(Event event) {
        if ((event.index != TARGET_COLUMN && event.index != CURRENT_COLUMN)
                || !(event.item.getData() instanceof PracticeGap gap)) {
            return;
        }
        int target = gap.target().level().getValue();
        Integer level = event.index == TARGET_COLUMN ? Integer.valueOf(target)
                : gap.current() == null ? null : Integer.valueOf(gap.current().getValue());
        RGB fill = event.index == TARGET_COLUMN ? TARGET : level == null ? null
                : level >= target ? MET : target - level == 1 ? SHORT_BY_ONE : SHORT_BY_MORE;
        GC gc = event.gc;
        int y = event.y + (event.height - SEGMENT) / 2;
        Color outline = new Color(event.display, OUTLINE);
        for (int i = 0; i < 4; i++) {
            int x = event.x + 4 + i * (SEGMENT + 2);
            if (level != null && i < level) {
                gc.setBackground(new Color(event.display, fill));
                gc.fillRectangle(x, y, SEGMENT, SEGMENT);
            }
            gc.setForeground(outline);
            gc.drawRectangle(x, y, SEGMENT - 1, SEGMENT - 1);
        }
        String text = ((TableItem) event.item).getText(event.index);
        gc.setForeground(event.display.getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        gc.drawString(text, event.x + 8 + 4 * (SEGMENT + 2), event.y + (event.height - gc.textExtent(text).y) / 2,
                true);
    }
}
