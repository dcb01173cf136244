/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.ide.contentassist;

import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.twinscope.dsl.conversion.LevelValueConverter;
import org.twinscope.model.smm.Comprehensiveness;

/**
 * Proposes the comprehensiveness levels by name where a level is expected; the grammar reads them as identifiers
 * (so that misspellings get a "did you mean" message), which content assist would otherwise not know.
 */
public class TwinscopeContentProposalProvider extends IdeContentProposalProvider {

    private static final String[] MEANINGS = {
        "no practice in place",
        "basic and reactive",
        "covers the main use cases and well-known incidents",
        "systematic, uses best practices and standards, measured",
        "formal processes, assurance arguments, continuous improvement" };

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
                    acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
                }
            }
            return;
        }
        super._createProposals(assignment, context, acceptor);
    }
}
