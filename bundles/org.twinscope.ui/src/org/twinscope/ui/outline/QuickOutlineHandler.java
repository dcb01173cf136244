/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.outline;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.twinscope.dsl.load.ModelLoader;
import org.twinscope.ui.language.DocumentParses;

/**
 * Ctrl+O in a Twinscope editor: the quick outline of the file. The shared parse is taken (or made) in a job, never on
 * the UI thread; the popup opens when it is there.
 */
public class QuickOutlineHandler extends AbstractHandler {

    /** The popup last opened (for tests). */
    private static volatile QuickOutline lastOpened;

    @Override
    public Object execute(ExecutionEvent event) {
        if (!(HandlerUtil.getActiveEditor(event) instanceof ITextEditor editor)
                || !(editor.getEditorInput() instanceof IFileEditorInput input)
                || !ModelLoader.isTwinscopeExtension(input.getFile().getFileExtension())) {
            return null; // another kind of file in the Generic Editor
        }
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        String text = document.get();
        Job.create("Twinscope quick outline", monitor -> {
            List<OutlineNode> nodes = DocumentParses.withParse(document, text, resource -> resource.getContents()
                    .isEmpty() ? List.<OutlineNode>of() : OutlineNode.of(resource.getContents().get(0)));
            var shell = editor.getSite().getShell();
            if (!shell.isDisposed()) {
                shell.getDisplay().asyncExec(() -> {
                    if (!shell.isDisposed()) {
                        QuickOutline popup = new QuickOutline(shell, editor, nodes);
                        lastOpened = popup;
                        popup.open();
                    }
                });
            }
            return Status.OK_STATUS;
        }).schedule();
        return null;
    }

    /** The quick outline last opened, or null (for tests). */
    public static QuickOutline lastOpened() {
        return lastOpened;
    }
}
