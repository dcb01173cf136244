/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.editor.assist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;
import org.twinscope.ui.TwinscopeUiPlugin;
import org.twinscope.ui.language.DocumentParses;

import com.google.inject.Injector;

/** Content assist in the Generic Editor from the language's own proposal provider (the one the LSP server uses). */
public class TwinscopeContentAssistProcessor implements IContentAssistProcessor {

    private static final ExecutorService POOL = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "Twinscope content assist");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
        // on the parse the editor's services share: the one made for the text just typed, or made here for them
        String text = viewer.getDocument().get();
        return DocumentParses.withParse(viewer.getDocument(), text, resource -> proposals(text, offset, resource))
                .toArray(ICompletionProposal[]::new);
    }

    private static List<CompletionProposal> proposals(String text, int offset, XtextResource resource) {
        Injector injector = TwinscopeUiPlugin.getDefault().injector();
        ContentAssistContextFactory factory = injector.getInstance(ContentAssistContextFactory.class);
        factory.setPool(POOL);
        ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
        IdeContentProposalAcceptor acceptor = injector.getInstance(IdeContentProposalAcceptor.class);
        injector.getInstance(IdeContentProposalProvider.class).createProposals(Arrays.asList(contexts), acceptor);
        List<CompletionProposal> proposals = new ArrayList<>();
        for (ContentAssistEntry entry : acceptor.getEntries()) {
            String proposal = entry.getProposal();
            int prefix = entry.getPrefix() == null ? 0 : entry.getPrefix().length();
            String label = entry.getLabel() != null ? entry.getLabel() : proposal;
            String display = entry.getDescription() != null ? label + " - " + entry.getDescription() : label;
            proposals.add(new CompletionProposal(proposal, offset - prefix, prefix, proposal.length(), null,
                    display, null, entry.getDocumentation()));
        }
        return proposals;
    }

    @Override
    public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
        return new IContextInformation[0];
    }

    @Override
    public char[] getCompletionProposalAutoActivationCharacters() {
        return new char[] { '.' };
    }

    @Override
    public char[] getContextInformationAutoActivationCharacters() {
        return new char[0];
    }

    @Override
    public String getErrorMessage() {
        return null;
    }

    @Override
    public IContextInformationValidator getContextInformationValidator() {
        return null;
    }
}
