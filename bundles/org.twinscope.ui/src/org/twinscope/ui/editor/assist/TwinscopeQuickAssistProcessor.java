/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.editor.assist;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.twinscope.ui.language.ProjectFiles;

/**
 * Quick fixes (Ctrl+1) for the problems marked at the caret: the language's own, which its server offers to other
 * editors as code actions; when there is none, one entry says so.
 */
public class TwinscopeQuickAssistProcessor implements IQuickAssistProcessor {

    @Override
    public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
        ISourceViewer viewer = context.getSourceViewer();
        IDocument document = viewer.getDocument();
        IFile file = ProjectFiles.fileOf(document);
        List<ICompletionProposal> fixes = file == null ? List.of()
                : LanguageQuickFixes.of(document, MarkedProblem.at(viewer.getAnnotationModel(), file,
                        context.getOffset()));
        return fixes.isEmpty() ? new ICompletionProposal[] { new NoQuickFixProposal() }
                : fixes.toArray(ICompletionProposal[]::new);
    }

    @Override
    public String getErrorMessage() {
        return null; // the Generic Editor shows none; an empty answer is an entry (see NoQuickFixProposal)
    }

    @Override
    public boolean canFix(Annotation annotation) {
        return true;
    }

    @Override
    public boolean canAssist(IQuickAssistInvocationContext context) {
        return true;
    }
}
