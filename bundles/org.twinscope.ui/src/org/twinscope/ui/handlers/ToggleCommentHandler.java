/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.texteditor.ITextEditor;

/** Comments the selected lines out with "// ", or back in when all of them are commented. */
public class ToggleCommentHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        ITextEditor editor = EditorCommands.editor(event);
        if (editor != null) {
            ITextSelection selection = EditorCommands.selection(editor);
            toggle(EditorCommands.document(editor), selection.getStartLine(), selection.getEndLine());
        }
        return null;
    }

    /** Toggles the comment on lines first to last (0-based), as one change (public for tests). */
    public static void toggle(IDocument document, int first, int last) {
        try {
            boolean allCommented = true;
            for (int line = first; line <= last; line++) {
                String text = lineText(document, line);
                if (!text.isBlank() && !text.stripLeading().startsWith("//")) {
                    allCommented = false;
                }
            }
            for (int line = last; line >= first; line--) {
                int offset = document.getLineOffset(line);
                String text = lineText(document, line);
                int indent = text.length() - text.stripLeading().length();
                if (allCommented) {
                    int at = text.indexOf("//");
                    if (at >= 0) {
                        int length = text.startsWith("// ", at) ? 3 : 2;
                        document.replace(offset + at, length, "");
                    }
                } else if (!text.isBlank()) {
                    document.replace(offset + indent, 0, "// ");
                }
            }
        } catch (BadLocationException e) {
            // the selection no longer matches the document: nothing to toggle
        }
    }

    private static String lineText(IDocument document, int line) throws BadLocationException {
        return document.get(document.getLineOffset(line), document.getLineLength(line)).replaceAll("[\\r\\n]+$", "");
    }
}
