/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.editor.assist;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.twinscope.dsl.IssueCodes;
import org.twinscope.ui.builder.TwinscopeBuilder;
import org.twinscope.ui.language.ProjectFiles;

/**
 * Quick fixes (Ctrl+1) for the problems at the caret that have an obvious repair: a misspelled name or level replaced
 * by the suggestion of the message.
 */
public class TwinscopeQuickAssistProcessor implements IQuickAssistProcessor {

    private static final Pattern SUGGESTION = Pattern.compile("Did you mean '([^']+)'\\?");

    @Override
    public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
        IFile file = ProjectFiles.fileOf(context.getSourceViewer().getDocument());
        return file == null ? new ICompletionProposal[0]
                : fixes(file, context.getOffset()).toArray(ICompletionProposal[]::new);
    }

    /** The fixes for the markers that cover the offset (public for tests). */
    public static List<ICompletionProposal> fixes(IFile file, int offset) {
        List<ICompletionProposal> fixes = new ArrayList<>();
        IMarker[] markers;
        try {
            markers = file.findMarkers(TwinscopeBuilder.MARKER, true, IResource.DEPTH_ZERO);
        } catch (CoreException e) {
            return fixes;
        }
        for (IMarker marker : markers) {
            int start = marker.getAttribute(IMarker.CHAR_START, -1);
            int end = marker.getAttribute(IMarker.CHAR_END, -1);
            if (start < 0 || offset < start || offset > end) {
                continue;
            }
            String code = marker.getAttribute(TwinscopeBuilder.CODE, "");
            String message = marker.getAttribute(IMarker.MESSAGE, "");
            Matcher suggestion = SUGGESTION.matcher(message);
            if ((code.equals(IssueCodes.UNRESOLVED_REFERENCE)
                    || code.equals(IssueCodes.INVALID_LEVEL)) && suggestion.find()) {
                String replacement = suggestion.group(1);
                fixes.add(new CompletionProposal(replacement, start, end - start, replacement.length(), null,
                        "Change to '" + replacement + "'", null, message));
            }
        }
        return fixes;
    }

    @Override
    public String getErrorMessage() {
        return null;
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
