/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

/** What the editor commands work on: the active text editor's document and selection. */
final class EditorCommands {

    private EditorCommands() {
    }

    static ITextEditor editor(ExecutionEvent event) {
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        if (editor instanceof ITextEditor text) {
            return text;
        }
        return editor == null ? null : editor.getAdapter(ITextEditor.class);
    }

    static IDocument document(ITextEditor editor) {
        return editor.getDocumentProvider().getDocument(editor.getEditorInput());
    }

    static ITextSelection selection(ITextEditor editor) {
        return (ITextSelection) editor.getSelectionProvider().getSelection();
    }
}
