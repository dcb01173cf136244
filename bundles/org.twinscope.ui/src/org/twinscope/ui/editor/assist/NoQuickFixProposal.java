/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.editor.assist;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;

/**
 * The one entry Ctrl+1 lists when there is nothing to fix at the caret. The Generic Editor drops its processors'
 * error messages and, for an empty list, only beeps, so the answer is said as an entry that changes nothing.
 */
final class NoQuickFixProposal implements ICompletionProposal {

    static final String LABEL = "No quick fix available";

    @Override
    public void apply(IDocument document) {
        // nothing to fix
    }

    @Override
    public Point getSelection(IDocument document) {
        return null;
    }

    @Override
    public String getAdditionalProposalInfo() {
        return "There is no Twinscope problem with a quick fix at the caret.";
    }

    @Override
    public String getDisplayString() {
        return LABEL;
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
