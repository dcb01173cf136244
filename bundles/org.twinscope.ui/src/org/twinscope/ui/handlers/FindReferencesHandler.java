/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.twinscope.ui.language.ReferenceSearch;
import org.twinscope.ui.language.ReferenceSearch.Reference;
import org.twinscope.ui.views.ReferencesView;

/**
 * Finds the references to the element at the caret across the project's files, in a job, and lists them in the
 * Twinscope References view (as Java and Xtext editors list theirs in the Search view), never in a modal dialog.
 */
public class FindReferencesHandler extends AbstractHandler {

    /** The family of the search jobs (for tests). */
    public static final Object FAMILY = FindReferencesHandler.class;

    @Override
    public Object execute(ExecutionEvent event) {
        ITextEditor editor = EditorCommands.editor(event);
        var window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (editor == null || window == null) {
            return null;
        }
        IDocument document = EditorCommands.document(editor);
        int offset = EditorCommands.selection(editor).getOffset();
        String name = wordAt(document, offset);
        IWorkbenchPage page = window.getActivePage();
        Job job = new Job("Finding Twinscope references to " + name) {
            @Override
            protected org.eclipse.core.runtime.IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
                List<Reference> references = ReferenceSearch.find(document, offset);
                window.getShell().getDisplay().asyncExec(() -> {
                    if (window.getShell().isDisposed() || page == null) {
                        return;
                    }
                    try {
                        ((ReferencesView) page.showView(ReferencesView.ID)).show(name, references);
                    } catch (PartInitException e) {
                        window.getShell().getDisplay().beep();
                    }
                });
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.schedule();
        return null;
    }

    /** The name at the caret (letters, digits, _ and the dots of a qualified name), for the view's title. */
    private static String wordAt(IDocument document, int offset) {
        try {
            int start = offset;
            while (start > 0 && isNamePart(document.getChar(start - 1))) {
                start--;
            }
            int end = offset;
            while (end < document.getLength() && isNamePart(document.getChar(end))) {
                end++;
            }
            return start == end ? "the element at the caret" : document.get(start, end - start);
        } catch (BadLocationException e) {
            return "the element at the caret";
        }
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.';
    }
}
