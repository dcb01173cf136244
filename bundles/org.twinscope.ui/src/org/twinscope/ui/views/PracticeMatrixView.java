/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.views;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
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
 * the latest assessment, boundaries nested as in the model, a legend of the colors and a tooltip per cell that says
 * what its number counts and why it has its color. Double-click a row to open the boundary in its file.
 */
public class PracticeMatrixView extends AnalysisView {

    /** The boundary's name, then its target security level, then one column per practice. */
    private static final int FIRST_PRACTICE = 2;


    public static final String ID = "org.twinscope.ui.views.matrix";

    /** The statuses of {@link MatrixCell#status()}, their colors and what the legend calls them, in legend order. */
    private static final Map<String, RGB> COLORS = new LinkedHashMap<>();
    private static final Map<String, String> LEGEND = new LinkedHashMap<>();

    static {
        color("gap", new RGB(245, 198, 196), "gap");
        color("met", new RGB(207, 233, 214), "met");
        color("not assessed", new RGB(251, 231, 181), "not assessed");
        color("untargeted", new RGB(227, 236, 247), "no target");
        color("not applicable", new RGB(221, 221, 221), "not applicable / overridden");
        COLORS.put("overridden", new RGB(221, 221, 221));
    }

    private Tree tree;
    private Composite legend;
    /**
     * Under the legend: which columns are empty and why (hidden while none is). One line, the details in its
     * tooltip: a wrapping label cost 0.2 s of UI thread to lay out (ResponsivenessTest's call tree).
     */
    private CLabel emptyColumns;
    /** The practices with at least one cell that is not empty, from the rows filled last. */
    private final java.util.Set<Practice> inSomeBoundary = new java.util.HashSet<>();
    private BoundaryMatrix matrix;
    /** The boundary (qualified name) and practice (name) asked to be shown, applied at the next matrix shown too. */
    private String revealBoundary;
    private String revealPractice;
    /** The practice column last brought into view, or -1. */
    private int revealedColumn = -1;

    /** A 12x12 square of the color with a gray border, disposed with the display. */
    private static Image swatch(Display display, RGB rgb) {
        Image image = new Image(display, 12, 12);
        GC gc = new GC(image);
        try {
            gc.setBackground(new Color(display, rgb));
            gc.fillRectangle(0, 0, 12, 12);
            gc.setForeground(display.getSystemColor(SWT.COLOR_DARK_GRAY));
            gc.drawRectangle(0, 0, 11, 11);
        } finally {
            gc.dispose();
        }
        display.disposeExec(image::dispose);
        return image;
    }

    private static void color(String status, RGB rgb, String legendText) {
        COLORS.put(status, rgb);
        LEGEND.put(status, legendText);
    }

    @Override
    protected void createControls(Composite parent) {
        GridLayout layout = new GridLayout();
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        parent.setLayout(layout);
        legend = new Composite(parent, SWT.NONE);
        legend.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        RowLayout row = new RowLayout();
        row.center = true;
        row.spacing = 6;
        legend.setLayout(row);
        new Label(legend, SWT.NONE).setText("Number: elements in scope (hover a cell for them). Color: status in "
                + "the latest assessment:");
        // a colored square as an image: the workbench's theme (CSS) resets the background colors of labels
        LEGEND.forEach((status, text) -> {
            CLabel swatch = new CLabel(legend, SWT.NONE);
            swatch.setImage(swatch(parent.getDisplay(), COLORS.get(status)));
            swatch.setText(text);
        });
        emptyColumns = new CLabel(parent, SWT.NONE);
        GridData emptyData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        emptyData.widthHint = 200; // as wide as the view, not wider
        emptyData.exclude = true;
        emptyColumns.setLayoutData(emptyData);
        emptyColumns.setVisible(false);
        tree = new Tree(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        tree.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        tree.setHeaderVisible(true);
        tree.setLinesVisible(true);
        tree.addListener(SWT.DefaultSelection, event -> {
            if (event.item != null && event.item.getData() instanceof Boundary boundary) {
                SourceNavigation.reveal(getSite().getPage(), boundary);
            }
        });
        // one tooltip per cell: the tree has one, set to the text of the cell under the mouse
        tree.addListener(SWT.MouseMove, event -> {
            String text = toolTipAt(new Point(event.x, event.y));
            if (!java.util.Objects.equals(text, tree.getToolTipText())) {
                tree.setToolTipText(text);
            }
        });
    }

    @Override
    protected void show(ProjectAnalysis analysis) {
        SystemAnalysis system = analysis.system();
        if (system == null) {
            showMessage("No system in project " + analysis.project().getName() + ".");
            return;
        }
        matrix = system.matrix(system.latestAssessment());
        tree.setRedraw(false);
        try {
            tree.removeAll();
            inSomeBoundary.clear();
            columns(matrix.practices());
            Map<Boundary, TreeItem> items = new HashMap<>();
            for (Boundary boundary : nestingOrder(matrix.boundaries())) {
                TreeItem parentItem = items.get(enclosing(boundary));
                TreeItem item = parentItem == null ? new TreeItem(tree, SWT.NONE) : new TreeItem(parentItem,
                        SWT.NONE);
                items.put(boundary, item);
                fill(item, boundary);
            }
            // parents first (they come first in nesting order): GTK does not expand an item below a collapsed one
            nestingOrder(matrix.boundaries()).forEach(boundary -> items.get(boundary).setExpanded(true));
            explainEmptyColumns(system);
            applyReveal();
            setContentDescription(system.system().getName() + ": practices per boundary"
                    + (system.latestAssessment() == null ? "" : ", status in "
                            + system.latestAssessment().assessment().getName()));
        } finally {
            tree.setRedraw(true);
        }
    }

    /**
     * A practice column is empty where the practice applies only outside every boundary (to the system, an
     * organization, an actor, or a link between elements in no boundary): it is in scope all the same, so the column
     * stays, its header's tooltip says where it applies, and a line under the legend names the empty columns.
     */
    private void explainEmptyColumns(SystemAnalysis system) {
        List<Practice> empty = new java.util.ArrayList<>();
        for (int index = 0; index < matrix.practices().size(); index++) {
            Practice practice = matrix.practices().get(index);
            TreeColumn column = tree.getColumn(FIRST_PRACTICE + index);
            if (inSomeBoundary.contains(practice)) {
                column.setToolTipText(ElementNames.distinctTitle(practice));
                continue;
            }
            empty.add(practice);
            column.setToolTipText(ElementNames.distinctTitle(practice) + "\n" + outsideBoundaries(system, practice));
        }
        String line = empty.isEmpty() ? "" : "Empty columns " + String.join(", ", empty.stream()
                .map(Abbreviations::of).toList()) + ": these practices apply outside every boundary (hover for more)";
        if (line.equals(emptyColumns.getText()) && emptyColumns.getVisible() == !empty.isEmpty()) {
            return; // laying out costs; a save usually leaves the line as it was
        }
        emptyColumns.setText(line);
        emptyColumns.setToolTipText(empty.isEmpty() ? null : String.join(", ", empty.stream().map(p -> ElementNames
                .distinctTitle(p) + " (" + Abbreviations.of(p) + ")").toList()) + ": no rule brings these practices "
                + "to a boundary or to anything inside one; they apply outside every boundary, to the system, an "
                + "organization, an actor or a link between elements in no boundary. Hover a column's header for "
                + "where and by which rule.");
        emptyColumns.setVisible(!empty.isEmpty());
        ((GridData) emptyColumns.getLayoutData()).exclude = empty.isEmpty();
        emptyColumns.getParent().layout(new Control[] { emptyColumns });
    }

    /** Where a practice applies when it applies outside every boundary, in words. */
    static String outsideBoundaries(SystemAnalysis system, Practice practice) {
        List<String> where = system.applicabilities().stream().filter(a -> a.practice() == practice)
                .map(a -> ElementNames.label(a.element()) + ": " + a.explanation()).distinct().toList();
        if (where.isEmpty()) {
            return "No rule brings this practice into scope in this system.";
        }
        StringBuilder text = new StringBuilder("No boundary: the practice applies outside every boundary, to");
        where.stream().limit(5).forEach(w -> text.append("\n- ").append(w));
        if (where.size() > 5) {
            text.append("\n(").append(where.size() - 5).append(" more)");
        }
        return text.toString();
    }

    /** The line under the legend that names the empty columns, "" when there are none (for tests). */
    public String emptyColumnsLine() {
        return emptyColumns.getVisible() ? emptyColumns.getText() : "";
    }

    /** The tooltip of that line (for tests). */
    public String emptyColumnsToolTip() {
        return emptyColumns.getToolTipText();
    }

    /**
     * A column per practice; the columns stay when the practices are those shown already (making tree columns is
     * slow with GTK, and a save usually changes the numbers, not the practices).
     */
    private void columns(List<Practice> practices) {
        List<String> titles = practices.stream().map(ElementNames::distinctTitle).toList();
        List<Object> shown = java.util.Arrays.stream(tree.getColumns()).skip(FIRST_PRACTICE)
                .map(TreeColumn::getData).toList();
        if (tree.getColumnCount() > 0 && titles.equals(shown)) {
            return;
        }
        for (TreeColumn column : tree.getColumns()) {
            column.dispose();
        }
        TreeColumn first = new TreeColumn(tree, SWT.LEFT);
        first.setText("Boundary \\ practice");
        first.setWidth(200);
        // IEC 62443 target security levels in a column of their own: never mixed with maturity
        TreeColumn securityLevel = new TreeColumn(tree, SWT.CENTER);
        securityLevel.setText("SL-T");
        securityLevel.setToolTipText("IEC 62443 target security level of the zone, and of the conduits into it");
        securityLevel.setWidth(60);
        for (Practice practice : practices) {
            TreeColumn column = new TreeColumn(tree, SWT.CENTER);
            column.setText(Abbreviations.of(practice));
            column.setToolTipText(ElementNames.distinctTitle(practice));
            column.setData(ElementNames.distinctTitle(practice));
            column.setWidth(48);
        }
    }

    private void fill(TreeItem item, Boundary boundary) {
        item.setData(boundary);
        item.setText(0, boundary.getName());
        item.setText(1, securityLevels(matrix, boundary));
        int index = FIRST_PRACTICE;
        for (Practice practice : matrix.practices()) {
            MatrixCell cell = matrix.cell(boundary, practice);
            if (!cell.applicabilities().isEmpty()) {
                inSomeBoundary.add(practice);
                item.setText(index, String.valueOf(cell.applicabilities().size()));
                RGB rgb = COLORS.get(cell.status());
                if (rgb != null) {
                    item.setBackground(index, new Color(tree.getDisplay(), rgb));
                }
            }
            index++;
        }
    }

    /** Parents before their children, otherwise in the model's order. */
    private static List<Boundary> nestingOrder(List<Boundary> boundaries) {
        List<Boundary> ordered = new java.util.ArrayList<>();
        for (Boundary boundary : boundaries) {
            addWithParents(boundary, boundaries, ordered);
        }
        return ordered;
    }

    private static void addWithParents(Boundary boundary, List<Boundary> all, List<Boundary> ordered) {
        if (ordered.contains(boundary)) {
            return;
        }
        Boundary parent = enclosing(boundary);
        if (parent != null && all.contains(parent)) {
            addWithParents(parent, all, ordered);
        }
        ordered.add(boundary);
    }

    private static Boundary enclosing(Boundary boundary) {
        for (EObject container = boundary.eContainer(); container != null; container = container.eContainer()) {
            if (container instanceof Boundary outer) {
                return outer;
            }
        }
        return null;
    }

    /** The tooltip of the cell at a point of the tree, or null outside the cells. */
    private String toolTipAt(Point point) {
        TreeItem item = tree.getItem(point);
        if (item == null || matrix == null || !(item.getData() instanceof Boundary boundary)) {
            return null;
        }
        for (int column = FIRST_PRACTICE; column < tree.getColumnCount(); column++) {
            if (item.getBounds(column).contains(point)) {
                return cellToolTip(item, column);
            }
        }
        return null;
    }

    /** "2", or with conduits that state their own level "2 (conduits 3)". */
    private static String securityLevels(BoundaryMatrix matrix, Boundary boundary) {
        Integer zone = BoundaryMatrix.securityLevel(boundary);
        List<String> conduits = matrix.conduits(boundary).stream()
                .map(c -> String.valueOf(BoundaryMatrix.securityLevel(c))).distinct().toList();
        String text = zone == null ? "" : String.valueOf(zone);
        return conduits.isEmpty() ? text : (text + " (conduits " + String.join(", ", conduits) + ")").trim();
    }

    /** What the tooltip of a practice's cell says, or null for the boundary and security-level columns. */
    public String cellToolTip(TreeItem item, int column) {
        if (column < FIRST_PRACTICE || matrix == null || !(item.getData() instanceof Boundary boundary)) {
            return null;
        }
        Practice practice = matrix.practices().get(column - FIRST_PRACTICE);
        String text = MatrixCellText.of(boundary, practice, matrix.cell(boundary, practice));
        return !inSomeBoundary.contains(practice) && latest() != null && latest().system() != null
                ? text + "\n" + outsideBoundaries(latest().system(), practice) : text;
    }

    /**
     * Selects the boundary's row and brings the practice's column into view (either may be null); when the matrix is
     * not shown yet (the view was just opened), the next one shown does it.
     */
    public void reveal(String boundaryQualifiedName, String practiceName) {
        revealBoundary = boundaryQualifiedName;
        revealPractice = practiceName;
        if (matrix != null) {
            applyReveal();
        }
    }

    private void applyReveal() {
        if (revealBoundary == null && revealPractice == null) {
            return;
        }
        if (revealBoundary != null) {
            for (TreeItem item : allItems(tree.getItems(), new java.util.ArrayList<>())) {
                if (item.getData() instanceof Boundary boundary
                        && revealBoundary.equals(ElementNames.qualified(boundary))) {
                    tree.setSelection(item);
                    tree.showItem(item);
                }
            }
        }
        revealedColumn = -1;
        for (int index = 0; revealPractice != null && index < matrix.practices().size(); index++) {
            if (revealPractice.equals(matrix.practices().get(index).getName())) {
                revealedColumn = FIRST_PRACTICE + index;
                tree.showColumn(tree.getColumn(revealedColumn));
            }
        }
        revealBoundary = null;
        revealPractice = null;
    }

    private static List<TreeItem> allItems(TreeItem[] items, List<TreeItem> into) {
        for (TreeItem item : items) {
            into.add(item);
            allItems(item.getItems(), into);
        }
        return into;
    }

    /** The column of the practice last asked for by {@link #reveal}, or -1 (for tests). */
    public int revealedColumn() {
        return revealedColumn;
    }

    /**
     * The status a cell is colored by ("gap", "met", "not assessed", "untargeted", "overridden", ..., "" where the
     * practice does not apply), or null for the boundary and security-level columns (for tests).
     */
    public String cellStatus(TreeItem item, int column) {
        if (column < FIRST_PRACTICE || matrix == null || !(item.getData() instanceof Boundary boundary)) {
            return null;
        }
        return matrix.cell(boundary, matrix.practices().get(column - FIRST_PRACTICE)).status();
    }

    /** The legend's texts (for tests). */
    public List<String> legend() {
        return java.util.Arrays.stream(legend.getChildren()).map(c -> c instanceof CLabel swatch ? swatch.getText()
                : ((Label) c).getText()).map(String::strip).toList();
    }

    @Override
    protected void showMessage(String message) {
        setContentDescription(message);
        tree.removeAll();
        matrix = null;
    }

    /** The tree of boundaries (for tests). */
    public Tree tree() {
        return tree;
    }

    @Override
    public void setFocus() {
        tree.setFocus();
    }
}
