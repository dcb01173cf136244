/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/** The rows of a tree as a user reads them, top to bottom. */
final class TreeRows {

    private TreeRows() {
    }

    /** Every item, parents before their children. */
    static List<TreeItem> all(Tree tree) {
        List<TreeItem> items = new ArrayList<>();
        for (TreeItem item : tree.getItems()) {
            add(item, items);
        }
        return items;
    }

    /** The first column's text of every item, parents before their children. */
    static List<String> firstCells(Tree tree) {
        return all(tree).stream().map(item -> item.getText(0)).toList();
    }

    /** The first column's texts of the items directly below the given ones (the top level for an empty list). */
    static List<String> texts(TreeItem[] items) {
        List<String> texts = new ArrayList<>();
        for (TreeItem item : items) {
            texts.add(item.getText(0));
        }
        return texts;
    }

    private static void add(TreeItem item, List<TreeItem> items) {
        items.add(item);
        for (TreeItem child : item.getItems()) {
            add(child, items);
        }
    }
}
