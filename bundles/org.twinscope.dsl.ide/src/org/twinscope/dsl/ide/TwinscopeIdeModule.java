/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;
import org.twinscope.dsl.ide.contentassist.TwinscopeContentProposalProvider;
import org.twinscope.dsl.ide.contentassist.TwinscopeCrossrefProposalProvider;
import org.twinscope.dsl.ide.hover.TwinscopeHoverService;
import org.twinscope.dsl.ide.quickfix.TwinscopeQuickfixProvider;
import org.twinscope.dsl.ide.server.TwinscopeFormattingService;
import org.twinscope.dsl.ide.symbols.TwinscopeSymbolKinds;
import org.twinscope.dsl.ide.symbols.TwinscopeSymbolNames;

/** Editor-neutral services of the Twinscope language, used by the language server and the Eclipse editor. */
public class TwinscopeIdeModule extends AbstractTwinscopeIdeModule {

    public Class<? extends FormattingService> bindFormattingService() {
        return TwinscopeFormattingService.class;
    }

    public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
        return TwinscopeContentProposalProvider.class;
    }

    public Class<? extends IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
        return TwinscopeCrossrefProposalProvider.class;
    }

    public Class<? extends IHoverService> bindIHoverService() {
        return TwinscopeHoverService.class;
    }

    public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
        return TwinscopeQuickfixProvider.class;
    }

    public Class<? extends ICodeActionService2> bindICodeActionService2() {
        return QuickFixCodeActionService.class;
    }

    public Class<? extends DocumentSymbolMapper.DocumentSymbolKindProvider> bindDocumentSymbolKindProvider() {
        return TwinscopeSymbolKinds.class;
    }

    public Class<? extends DocumentSymbolMapper.DocumentSymbolNameProvider> bindDocumentSymbolNameProvider() {
        return TwinscopeSymbolNames.class;
    }
}
