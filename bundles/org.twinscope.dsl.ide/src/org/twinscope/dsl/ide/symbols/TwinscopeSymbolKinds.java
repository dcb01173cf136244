/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.ide.symbols;

import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;
import org.twinscope.model.smm.SmmPackage;
import org.twinscope.model.twin.TwinPackage;

/**
 * Symbol kinds that editors draw with distinct icons, one per kind of Twinscope element, instead of Xtext's Property
 * for everything: the outline of a system then shows at a glance which lines are boundaries, assets or twins. LSP has
 * no kinds for these ideas; the choice is by likeness (a system is a module of boundaries, a boundary a namespace of
 * elements, a synchronization an event between them).
 */
public class TwinscopeSymbolKinds extends DocumentSymbolKindProvider {

    private static final Map<EClass, SymbolKind> KINDS = Map.ofEntries(
            Map.entry(TwinPackage.Literals.TWIN_SYSTEM, SymbolKind.Module),
            Map.entry(TwinPackage.Literals.ORGANIZATION, SymbolKind.Package),
            Map.entry(TwinPackage.Literals.BOUNDARY, SymbolKind.Namespace),
            Map.entry(TwinPackage.Literals.ASSET, SymbolKind.Object),
            Map.entry(TwinPackage.Literals.TWIN, SymbolKind.Class),
            Map.entry(TwinPackage.Literals.SYNCHRONIZATION, SymbolKind.Event),
            Map.entry(TwinPackage.Literals.ACTOR, SymbolKind.Interface),
            Map.entry(SmmPackage.Literals.PROFILE, SymbolKind.Struct),
            Map.entry(SmmPackage.Literals.ASSESSMENT, SymbolKind.Array),
            Map.entry(SmmPackage.Literals.PLAN, SymbolKind.Function));

    @Override
    protected SymbolKind getSymbolKind(EClass type) {
        SymbolKind kind = KINDS.get(type);
        return kind != null ? kind : super.getSymbolKind(type);
    }
}
