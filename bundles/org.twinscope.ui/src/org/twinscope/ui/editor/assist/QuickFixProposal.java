/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.editor.assist;

import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.text.edits.MalformedTreeException;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;

/**
 * A quick fix of the language applied to the document: its text edits, computed on the text the fix was offered for.
 *
 * @param label what the fix does
 * @param problem the message of the problem it fixes, shown beside the list
 * @param edits the replacements, by document offset
 * @param fixed takes the problem off the editor once fixed, so that it goes at once rather than when the text has
 *        been validated again
 */
record QuickFixProposal(String label, String problem, List<Replacement> edits, Runnable fixed)
        implements ICompletionProposal {

    /** Replaces the length characters at the offset with the text. */
    record Replacement(int offset, int length, String text) {
    }

    @Override
    public void apply(IDocument document) {
        MultiTextEdit all = new MultiTextEdit();
        for (Replacement edit : edits) {
            all.addChild(new ReplaceEdit(edit.offset(), edit.length(), edit.text()));
        }
        try {
            all.apply(document);
            fixed.run();
        } catch (MalformedTreeException | BadLocationException e) {
            // the text changed since the fix was offered; the problem is still marked and can be fixed again
        }
    }

    @Override
    public Point getSelection(IDocument document) {
        return null; // the caret stays where it was
    }

    @Override
    public String getAdditionalProposalInfo() {
        return problem;
    }

    @Override
    public String getDisplayString() {
        return label;
    }

    @Override
    public Image getImage() {
        return null;
    }

    @Override
    public IContextInformation getContextInformation() {
        return null;
    }
}
