/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.views;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.twinscope.ui.language.ReferenceSearch.Reference;

/**
 * The references found by Find Twinscope References (Ctrl+Shift+G), as the Search view lists matches: by file, one
 * line per reference; double-click or Enter opens it. The list stays while the user works through it. (The platform's
 * Search view, org.eclipse.search, is not in our target platform.)
 */
public class ReferencesView extends ViewPart {

    public static final String ID = "org.twinscope.ui.views.references";

    private Tree tree;

    @Override
    public void createPartControl(Composite parent) {
        tree = new Tree(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        tree.addListener(SWT.DefaultSelection, event -> {
            if (event.item != null && event.item.getData() instanceof Reference reference) {
                open(reference);
            }
        });
        setContentDescription("Find Twinscope References (Ctrl+Shift+G) on a name lists its references here.");
    }

    /** Shows the references to a name, by file. */
    public void show(String name, List<Reference> references) {
        tree.setRedraw(false);
        try {
            tree.removeAll();
            Map<IFile, List<Reference>> byFile = new LinkedHashMap<>();
            references.forEach(r -> byFile.computeIfAbsent(r.file(), f -> new java.util.ArrayList<>()).add(r));
            for (Map.Entry<IFile, List<Reference>> file : byFile.entrySet()) {
                TreeItem fileItem = new TreeItem(tree, SWT.NONE);
                int count = file.getValue().size();
                fileItem.setText((file.getKey() == null ? "?" : file.getKey().getFullPath().makeRelative().toString())
                        + " (" + count + (count == 1 ? " reference)" : " references)"));
                for (Reference reference : file.getValue()) {
                    TreeItem item = new TreeItem(fileItem, SWT.NONE);
                    item.setText(reference.line() + ": " + reference.text());
                    item.setData(reference);
                }
                fileItem.setExpanded(true);
            }
        } finally {
            tree.setRedraw(true);
        }
        setContentDescription(references.isEmpty() ? "No references to '" + name + "'."
                : references.size() + (references.size() == 1 ? " reference" : " references") + " to '" + name
                        + "'");
        if (tree.getItemCount() > 0 && tree.getItem(0).getItemCount() > 0) {
            tree.setSelection(tree.getItem(0).getItem(0));
        }
    }

    private void open(Reference reference) {
        if (reference.file() == null) {
            return;
        }
        try {
            IEditorPart editor = IDE.openEditor(getSite().getPage(), reference.file());
            ITextEditor text = editor instanceof ITextEditor t ? t : editor.getAdapter(ITextEditor.class);
            if (text != null) {
                text.selectAndReveal(reference.offset(), reference.length());
            }
        } catch (PartInitException e) {
            getSite().getShell().getDisplay().beep();
        }
    }

    /** The tree: files, then references (for tests). */
    public Tree tree() {
        return tree;
    }

    @Override
    public void setFocus() {
        tree.setFocus();
    }
}
