/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.ide.contentassist;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.twinscope.dsl.conversion.LevelValueConverter;
import org.twinscope.model.smm.Comprehensiveness;

/**
 * Content assist of the language server and the Eclipse editor. Levels are proposed by name where a level is
 * expected (the grammar reads them as identifiers, so that misspellings get a "did you mean" message, which content
 * assist would otherwise not know). Values with an order (levels, criticalities, fidelities, time units) are listed in
 * that order, not alphabetically. Nothing is proposed to be glued onto a word just typed.
 */
public class TwinscopeContentProposalProvider extends IdeContentProposalProvider {

    /** What each level means for a digital twin system, in Twinscope's own words (not the SMM guide's). */
    private static final String[] MEANINGS = {
        "not done for the twin, its assets or the link between them",
        "done where a problem forced it, for the twin or the asset alone",
        "the usual cases handled, twin and asset each on its own terms",
        "one way for twin, assets and link alike, kept up and measured",
        "twin, assets, link and organizations steered as one system, with evidence, improved over time" };

    /**
     * Without the contexts that would append to the word before the caret: right after "every 100 s", Xtext also
     * proposes what may follow a complete "s" (a description, the closing brace), which would be inserted as "s}".
     */
    @Override
    protected Iterable<ContentAssistContext> getFilteredContexts(Collection<ContentAssistContext> contexts) {
        List<ContentAssistContext> filtered = new ArrayList<>();
        for (ContentAssistContext context : contexts) {
            if (!appendsToAWord(context)) {
                filtered.add(context);
            }
        }
        return filtered;
    }

    private static boolean appendsToAWord(ContentAssistContext context) {
        if (!context.getPrefix().isEmpty() || context.getOffset() == 0 || context.getRootNode() == null) {
            return false;
        }
        String text = context.getRootNode().getText();
        int before = context.getOffset() - 1;
        return before < text.length() && isWordPart(text.charAt(before));
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    @Override
    protected void _createProposals(Assignment assignment, ContentAssistContext context,
            IIdeContentProposalAcceptor acceptor) {
        if (assignment.getTerminal() instanceof RuleCall call && "Level".equals(call.getRule().getName())) {
            for (Comprehensiveness level : Comprehensiveness.VALUES) {
                String name = LevelValueConverter.canonicalName(level);
                ContentAssistEntry entry = getProposalCreator().createProposal(name, context);
                if (entry != null) {
                    entry.setKind(ContentAssistEntry.KIND_ENUM);
                    entry.setDescription(level.getValue() + " " + level.getLiteral() + ": "
                            + MEANINGS[level.getValue()]);
                    // by value: none first, formalized last
                    acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry) - level.getValue());
                }
            }
            return;
        }
        super._createProposals(assignment, context, acceptor);
    }

    /** The literals of an enumeration (low, medium, high, critical) in the order the grammar declares them. */
    @Override
    protected void _createProposals(Keyword keyword, ContentAssistContext context,
            IIdeContentProposalAcceptor acceptor) {
        int position = positionInEnumeration(keyword);
        if (position < 0) {
            super._createProposals(keyword, context, acceptor);
            return;
        }
        if (filterKeyword(keyword, context)) {
            ContentAssistEntry entry = getProposalCreator().createProposal(keyword.getValue(), context,
                    ContentAssistEntry.KIND_KEYWORD, null);
            if (entry != null) {
                acceptor.accept(entry, getProposalPriorities().getKeywordPriority(keyword.getValue(), entry)
                        - position);
            }
        }
    }

    /** The index of the keyword's literal in its enumeration rule, or -1 when it is not an enumeration's. */
    private static int positionInEnumeration(Keyword keyword) {
        if (!(keyword.eContainer() instanceof EnumLiteralDeclaration literal)) {
            return -1;
        }
        if (literal.eContainer() instanceof Alternatives alternatives
                && alternatives.eContainer() instanceof EnumRule) {
            List<AbstractElement> literals = alternatives.getElements();
            return literals.indexOf(literal);
        }
        return literal.eContainer() instanceof EnumRule ? 0 : -1;
    }
}
