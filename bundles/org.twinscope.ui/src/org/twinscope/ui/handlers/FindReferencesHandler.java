/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.ListDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.twinscope.ui.language.ReferenceSearch.Reference;
import org.twinscope.ui.language.ReferenceSearch;

/** Lists the references to the element at the caret across the project's files; choosing one opens it. */
public class FindReferencesHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        ITextEditor editor = EditorCommands.editor(event);
        if (editor == null) {
            return null;
        }
        var document = EditorCommands.document(editor);
        List<Reference> references = ReferenceSearch.find(document, EditorCommands.selection(editor).getOffset());
        var shell = HandlerUtil.getActiveShell(event);
        if (references.isEmpty()) {
            MessageDialog.openInformation(shell, "Twinscope references", "No references to the element at the caret.");
            return null;
        }
        ListDialog dialog = new ListDialog(shell);
        dialog.setTitle("Twinscope references");
        dialog.setMessage(references.size() + " references; choose one to open it:");
        dialog.setContentProvider(ArrayContentProvider.getInstance());
        dialog.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Reference) element).label();
            }
        });
        dialog.setInput(references);
        if (dialog.open() == Window.OK && dialog.getResult().length == 1
                && dialog.getResult()[0] instanceof Reference chosen && chosen.file() != null) {
            try {
                IEditorPart opened = IDE.openEditor(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(),
                        chosen.file());
                if (opened instanceof ITextEditor text) {
                    text.selectAndReveal(chosen.offset(), chosen.length());
                }
            } catch (PartInitException e) {
                MessageDialog.openError(shell, "Twinscope references", "Cannot open " + chosen.file().getName()
                        + ": " + e.getMessage());
            }
        }
        return null;
    }
}
