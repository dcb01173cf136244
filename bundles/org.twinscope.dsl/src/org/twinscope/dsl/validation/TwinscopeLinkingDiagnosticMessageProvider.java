/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.validation;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.twinscope.dsl.IssueCodes;
import org.twinscope.dsl.conversion.Spelling;
import org.twinscope.dsl.scoping.ContextSystem;
import org.twinscope.model.twin.TwinPackage;
import org.twinscope.model.twin.TwinSystem;

import com.google.inject.Inject;

/**
 * "Unknown practice 'AccesControl'. Did you mean 'AccessControl'?" instead of Xtext's generic "Couldn't resolve
 * reference", under a stable code, with the suggestion as the issue data (see {@link IssueCodes#SUGGESTION}).
 */
public class TwinscopeLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

    @Inject
    private IScopeProvider scopeProvider;

    @Inject
    private ContextSystem contextSystem;

    @Override
    public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
        EClass type = context.getReference().getEReferenceType();
        String kind = kindLabel(type);
        String linkText = context.getLinkText();
        StringBuilder message = new StringBuilder("Unknown " + kind + " '" + linkText + "'.");
        String suggestion = suggest(context, linkText);
        if (suggestion == null) {
            message.append(" Check the spelling, or declare it in a .twin or .smm file of this project.");
            return new DiagnosticMessage(message.toString(), Severity.ERROR, IssueCodes.UNRESOLVED_REFERENCE);
        }
        message.append(" Did you mean '").append(suggestion).append("'?");
        return new DiagnosticMessage(message.toString(), Severity.ERROR, IssueCodes.UNRESOLVED_REFERENCE, suggestion);
    }

    private String suggest(ILinkingDiagnosticContext context, String linkText) {
        try {
            EClass type = context.getReference().getEReferenceType();
            if (TwinPackage.Literals.SYSTEM_ELEMENT.isSuperTypeOf(type) && !linkText.contains(".")) {
                // a simple name can only be one of the system's own elements: compare with those alone (this is
                // asked again for each reference that links in a file with a linking error, so it must be cheap)
                // (a system not found, as while a language server indexes files one by one, gets no hint: other
                // systems' elements are no answer)
                TwinSystem system = contextSystem.of(context.getContext());
                if (system == null) {
                    return null;
                }
                Set<String> names = new LinkedHashSet<>();
                ContextSystem.elements(system, type).forEach(element -> names.add(element.getName()));
                return Spelling.closest(linkText, names);
            }
            IScope scope = scopeProvider.getScope(context.getContext(), context.getReference());
            Set<String> names = new LinkedHashSet<>();
            int seen = 0;
            for (IEObjectDescription element : scope.getAllElements()) {
                names.add(element.getName().toString());
                if (++seen > 5000) {
                    break; // a hint is not worth scanning a huge workspace
                }
            }
            return Spelling.closest(linkText, names);
        } catch (RuntimeException e) {
            return null; // no hint rather than no message
        }
    }

    private static String kindLabel(EClass type) {
        String name = type.getName();
        return switch (name) {
            case "CatalogElement" -> "practice, sub-domain or domain";
            case "SystemElement" -> "system element";
            case "Entity" -> "twin or asset";
            case "TwinSystem" -> "system";
            default -> name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        };
    }
}
