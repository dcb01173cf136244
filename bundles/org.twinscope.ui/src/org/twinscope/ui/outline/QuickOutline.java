/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.PopupDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * The quick outline (Ctrl+O): the file's named elements in a popup over the editor, filtered as the user types; Enter
 * or a click goes to the element and closes the popup, Escape closes it.
 */
public final class QuickOutline extends PopupDialog {

    private final ITextEditor editor;
    private final List<OutlineNode> nodes;
    private Text filter;
    private Tree tree;

    public QuickOutline(Shell parent, ITextEditor editor, List<OutlineNode> nodes) {
        // a title (any text) makes the popup create its title area, where the filter field goes
        super(parent, SWT.RESIZE, true, false, false, false, false, "Quick Outline",
                "Type to filter; Enter goes to the element");
        this.editor = editor;
        this.nodes = nodes;
    }

    @Override
    protected Control createTitleControl(Composite parent) {
        filter = new Text(parent, SWT.NONE);
        filter.setMessage("Name or kind");
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filter.addListener(SWT.Modify, e -> fill());
        filter.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ARROW_DOWN && tree.getItemCount() > 0) {
                tree.setFocus();
            }
        });
        filter.addListener(SWT.DefaultSelection, e -> goToSelected());
        return filter;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        tree = new Tree(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        tree.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        tree.addListener(SWT.DefaultSelection, e -> goToSelected());
        tree.addListener(SWT.MouseUp, e -> {
            if (tree.getItem(new Point(e.x, e.y)) != null) {
                goToSelected();
            }
        });
        fill();
        return tree;
    }

    @Override
    protected Control getFocusControl() {
        return filter;
    }

    @Override
    protected Point getDefaultSize() {
        return new Point(420, 360);
    }

    /** The tree shows the elements whose label contains the filter text, with the elements around them. */
    private void fill() {
        if (tree == null) {
            return;
        }
        String text = filter.getText().strip().toLowerCase(Locale.ROOT);
        tree.setRedraw(false);
        try {
            tree.removeAll();
            for (OutlineNode node : nodes) {
                add(null, node, text);
            }
            for (TreeItem item : tree.getItems()) {
                expand(item);
            }
            TreeItem first = firstMatch(tree.getItems(), text);
            if (first != null) {
                tree.setSelection(first);
            }
        } finally {
            tree.setRedraw(true);
        }
    }

    private boolean add(TreeItem parent, OutlineNode node, String text) {
        if (!matches(node, text)) {
            return false;
        }
        TreeItem item = parent == null ? new TreeItem(tree, SWT.NONE) : new TreeItem(parent, SWT.NONE);
        item.setText(node.label());
        item.setImage(OutlineIcons.of(node.kind()));
        item.setData(node);
        for (OutlineNode child : node.children()) {
            add(item, child, text);
        }
        return true;
    }

    private static boolean matches(OutlineNode node, String text) {
        return text.isEmpty() || node.label().toLowerCase(Locale.ROOT).contains(text)
                || node.children().stream().anyMatch(child -> matches(child, text));
    }

    private static TreeItem firstMatch(TreeItem[] items, String text) {
        for (TreeItem item : items) {
            if (text.isEmpty() || item.getText().toLowerCase(Locale.ROOT).contains(text)) {
                return item;
            }
            TreeItem inside = firstMatch(item.getItems(), text);
            if (inside != null) {
                return inside;
            }
        }
        return null;
    }

    private static void expand(TreeItem item) {
        item.setExpanded(true);
        for (TreeItem child : item.getItems()) {
            expand(child);
        }
    }

    private void goToSelected() {
        TreeItem[] selection = tree.getSelection();
        if (selection.length == 1 && selection[0].getData() instanceof OutlineNode node) {
            close();
            editor.selectAndReveal(node.offset(), node.length());
        }
    }

    /** The filter field (for tests). */
    public Text filter() {
        return filter;
    }

    /** The tree of elements shown (for tests). */
    public Tree tree() {
        return tree;
    }

    /** All labels, flattened (for tests). */
    public List<String> labels() {
        List<String> labels = new ArrayList<>();
        collect(tree.getItems(), labels);
        return labels;
    }

    private static void collect(TreeItem[] items, List<String> labels) {
        for (TreeItem item : items) {
            labels.add(item.getText());
            collect(item.getItems(), labels);
        }
    }
}
