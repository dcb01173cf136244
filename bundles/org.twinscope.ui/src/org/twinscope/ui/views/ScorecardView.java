/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.views;

import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.twinscope.analysis.SystemAnalysis;
import org.twinscope.analysis.gaps.AssessmentResult;
import org.twinscope.analysis.gaps.PracticeGap;
import org.twinscope.analysis.history.AssessmentStep;
import org.twinscope.model.smm.CatalogElement;
import org.twinscope.model.util.ElementNames;
import org.twinscope.ui.language.ProjectAnalysis;
import org.twinscope.ui.language.SourceNavigation;

/**
 * The scorecard of the latest assessment of the active editor's project: target against current level per practice,
 * grouped by domain and sub-domain, as bars of four levels (the current one green where it meets the target, amber
 * one level short, red further), and why the target holds; a summary line counts the results by status. Click a
 * column header to sort within the sub-domains; double-click a row to open the rating or target.
 */
public class ScorecardView extends AnalysisView {

    public static final String ID = "org.twinscope.ui.views.scorecard";

    private static final int TARGET_COLUMN = 1;
    private static final int CURRENT_COLUMN = 2;
    private static final int SEGMENT = 10;
    private static final RGB OUTLINE = new RGB(110, 120, 130);
    private static final RGB TARGET = new RGB(90, 107, 123);
    private static final RGB MET = new RGB(46, 139, 87);
    private static final RGB SHORT_BY_ONE = new RGB(224, 138, 0);
    private static final RGB SHORT_BY_MORE = new RGB(192, 57, 43);
    private static final ScorecardRows.Sort[] SORTS = { ScorecardRows.Sort.PRACTICE, ScorecardRows.Sort.TARGET,
        ScorecardRows.Sort.CURRENT, ScorecardRows.Sort.STATUS };

    private Tree tree;
    private Label summary;
    private ScorecardRows.Sort sort;
    private boolean descending;
    private ProjectAnalysis shown;

    @Override
    protected void createControls(Composite parent) {
        GridLayout layout = new GridLayout();
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        parent.setLayout(layout);
        summary = new Label(parent, SWT.NONE);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        tree = new Tree(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        tree.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        tree.setHeaderVisible(true);
        tree.setLinesVisible(true);
        String[] headers = { "Practice", "Target", "Current", "Status", "Previous", "Target from", "Open criteria" };
        int[] widths = { 360, 150, 150, 170, 150, 320, 140 };
        for (int i = 0; i < headers.length; i++) {
            TreeColumn column = new TreeColumn(tree, SWT.LEFT);
            column.setText(headers[i]);
            column.setWidth(widths[i]);
            if (i < SORTS.length) {
                ScorecardRows.Sort columnSort = SORTS[i];
                column.setToolTipText("Sort the practices of each sub-domain by " + headers[i].toLowerCase());
                column.addListener(SWT.Selection, e -> sortBy(column, columnSort));
            }
        }
        // the level columns are drawn as bars; their text is drawn after the bar, not by the tree
        tree.addListener(SWT.EraseItem, event -> {
            if ((event.index == TARGET_COLUMN || event.index == CURRENT_COLUMN)
                    && event.item.getData() instanceof PracticeGap) {
                event.detail &= ~SWT.FOREGROUND;
            }
        });
        tree.addListener(SWT.PaintItem, this::paintLevel);
        tree.addListener(SWT.DefaultSelection, event -> {
            if (event.item != null && event.item.getData() instanceof PracticeGap gap) {
                SourceNavigation.reveal(getSite().getPage(), gap.ratings().isEmpty() ? gap.target().target()
                        : gap.ratings().get(0));
            }
        });
        // the open criteria's text, which the column only names by id, as the row's tooltip
        tree.addListener(SWT.MouseHover, event -> {
            TreeItem item = tree.getItem(new Point(event.x, event.y));
            tree.setToolTipText(item != null && item.getData() instanceof PracticeGap gap
                    && !gap.openCriteria().isEmpty() ? openCriteria(gap) : null);
        });
    }

    /** One line per criterion still open: "C1 (Consistent): ...". */
    private static String openCriteria(PracticeGap gap) {
        return "Still open:\n" + String.join("\n", gap.openCriteria().stream()
                .map(c -> c.getName() + " (" + c.getLevel().getLiteral() + "): " + c.getText()).toList());
    }

    private void sortBy(TreeColumn column, ScorecardRows.Sort newSort) {
        descending = sort == newSort && !descending;
        sort = newSort;
        tree.setSortColumn(column);
        tree.setSortDirection(descending ? SWT.DOWN : SWT.UP);
        if (shown != null) {
            show(shown);
        }
    }

    @Override
    protected void show(ProjectAnalysis analysis) {
        shown = analysis;
        SystemAnalysis system = analysis.system();
        AssessmentResult latest = system == null ? null : system.latestAssessment();
        if (latest == null) {
            showMessage("No assessment in project " + analysis.project().getName() + ".");
            return;
        }
        tree.setRedraw(false);
        try {
            tree.removeAll();
            AssessmentStep step = system.latestStep();
            var groups = ScorecardRows.grouped(latest.listed(), sort, descending);
            for (var domain : groups.entrySet()) {
                List<PracticeGap> inDomain = domain.getValue().values().stream().flatMap(List::stream).toList();
                TreeItem domainItem = group(null, domain.getKey(), inDomain);
                for (var subDomain : domain.getValue().entrySet()) {
                    TreeItem subDomainItem = group(domainItem, subDomain.getKey(), subDomain.getValue());
                    for (PracticeGap gap : subDomain.getValue()) {
                        row(subDomainItem, step, gap);
                    }
                }
                // parents first: GTK does not expand an item below a collapsed one
                domainItem.setExpanded(true);
                for (TreeItem subDomainItem : domainItem.getItems()) {
                    subDomainItem.setExpanded(true);
                }
            }
        } finally {
            tree.setRedraw(true);
        }
        summary.setText("Results: " + ScorecardRows.summary(latest.listed(), true));
        summary.getParent().layout();
        setContentDescription("Assessment " + latest.assessment().getName() + " against "
                + (latest.profile() == null ? "?" : latest.profile().getName()));
    }

    private TreeItem group(TreeItem parent, CatalogElement element, List<PracticeGap> results) {
        TreeItem item = parent == null ? new TreeItem(tree, SWT.NONE) : new TreeItem(parent, SWT.NONE);
        item.setData(element);
        item.setText(0, element == null ? "(outside the catalog)" : ElementNames.title(element));
        item.setText(3, ScorecardRows.summary(results, false));
        item.setFont(0, JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        return item;
    }

    private static void row(TreeItem parent, AssessmentStep step, PracticeGap gap) {
        TreeItem item = new TreeItem(parent, SWT.NONE);
        item.setData(gap);
        item.setText(new String[] {
            ScorecardRows.name(gap),
            gap.target().level().getLiteral(),
            gap.current() == null ? "-" : gap.current().getLiteral(),
            gap.status().label() + (gap.coverage() != null ? " (" + gap.coverage().describe() + ")"
                    : gap.levelGap() > 0 ? " (" + gap.levelGap() + ")" : ""),
            previous(step, gap),
            gap.target().provenance(),
            String.join(", ", gap.openCriteria().stream().map(c -> c.getName()).toList()) });
    }

    @Override
    protected void showMessage(String message) {
        setContentDescription(message);
        tree.removeAll();
        summary.setText("");
    }

    /** The tree: domains, sub-domains, results (for tests). */
    public Tree tree() {
        return tree;
    }

    /** The summary line (for tests). */
    public String summary() {
        return summary.getText();
    }

    @Override
    public void setFocus() {
        tree.setFocus();
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
        String text = ((TreeItem) event.item).getText(event.index);
        gc.setForeground(event.display.getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        gc.drawString(text, event.x + 8 + 4 * (SEGMENT + 2), event.y + (event.height - gc.textExtent(text).y) / 2,
                true);
    }
}
