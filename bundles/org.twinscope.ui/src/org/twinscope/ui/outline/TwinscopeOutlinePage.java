/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.outline;

import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.twinscope.ui.editor.TypingPause;
import org.twinscope.ui.language.DocumentParses;

/** The outline of a .twin or .smm file: its named elements as a tree; selecting one selects it in the editor. */
public class TwinscopeOutlinePage extends ContentOutlinePage {

    /** More elements than this, and the outline opens collapsed. */
    private static final int LARGE = 500;

    private final ITextEditor editor;
    private final IDocument document;
    private Job job;
    private TypingPause pause;

    private final IDocumentListener listener = new IDocumentListener() {
        @Override
        public void documentAboutToBeChanged(DocumentEvent event) {
            // only the result counts
        }

        @Override
        public void documentChanged(DocumentEvent event) {
            // the text is copied once per pause in typing, not at every keystroke (a large model's is large)
            if (pause != null) {
                pause.restart();
            }
        }
    };

    public TwinscopeOutlinePage(ITextEditor editor) {
        this.editor = editor;
        this.document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        getTreeViewer().setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object parent) {
                return ((OutlineNode) parent).children().toArray();
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return !((OutlineNode) element).children().isEmpty();
            }
        });
        getTreeViewer().setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((OutlineNode) element).label();
            }

            @Override
            public org.eclipse.swt.graphics.Image getImage(Object element) {
                return OutlineIcons.of(((OutlineNode) element).kind());
            }
        });
        getTreeViewer().addSelectionChangedListener(event -> {
            if (event.getSelection() instanceof IStructuredSelection selection
                    && selection.getFirstElement() instanceof OutlineNode node) {
                editor.selectAndReveal(node.offset(), node.length());
            }
        });
        pause = new TypingPause(getControl().getDisplay(), 500, this::refresh);
        document.addDocumentListener(listener);
        refresh();
    }

    /** Parses the document in a job and shows the new tree when done. */
    private void refresh() {
        if (job != null) {
            job.cancel();
        }
        String text = document.get();
        job = Job.create("Twinscope outline", monitor -> {
            List<OutlineNode> nodes = DocumentParses.withParse(document, text, resource -> resource.getContents()
                    .isEmpty() ? List.<OutlineNode>of() : OutlineNode.of(resource.getContents().get(0)));
            if (monitor.isCanceled() || getControl() == null || getControl().isDisposed()) {
                return Status.CANCEL_STATUS;
            }
            getControl().getDisplay().asyncExec(() -> {
                if (getControl() != null && !getControl().isDisposed()) {
                    getTreeViewer().setInput(nodes);
                    // a large file's outline opens collapsed and the tree makes items when they are expanded: the
                    // system's own children alone (thousands of syncs) stall the editor at every pause in typing
                    if (count(nodes, LARGE) < LARGE) {
                        getTreeViewer().expandToLevel(3);
                    }
                }
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    /** How many nodes there are, counting up to the limit only. */
    private static int count(List<OutlineNode> nodes, int limit) {
        int count = 0;
        for (OutlineNode node : nodes) {
            count += 1 + count(node.children(), limit - count);
            if (count >= limit) {
                return count;
            }
        }
        return count;
    }

    /** The tree (for tests). */
    public org.eclipse.swt.widgets.Tree tree() {
        return getTreeViewer().getTree();
    }

    /** The tree's top-level items, for tests. */
    public int topLevelCount() {
        return getTreeViewer().getTree().getItemCount();
    }

    @Override
    public void dispose() {
        document.removeDocumentListener(listener);
        if (pause != null) {
            pause.cancel();
        }
        if (job != null) {
            job.cancel();
        }
        super.dispose();
    }
}
