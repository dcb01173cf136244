/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.linking;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.Triple;

/**
 * Xtext's lazily linked resource, without the cost it pays for each reference that links in a file that has any
 * error or warning: it builds the message of the linking error the reference would have had (with a spelling hint,
 * which compares names) only to remove an equal one if present. Here the message is built only when a linking error
 * was reported at that very place.
 */
public class TwinscopeResource extends LazyLinkingResource {

    @Override
    protected void removeDiagnostic(Triple<EObject, EReference, INode> triple) {
        INode node = triple.getThird();
        if (node != null && (hasLinkingDiagnosticAt(getErrors(), node) || hasLinkingDiagnosticAt(getWarnings(),
                node))) {
            super.removeDiagnostic(triple);
        }
    }

    private static boolean hasLinkingDiagnosticAt(List<Diagnostic> diagnostics, INode node) {
        for (Diagnostic diagnostic : diagnostics) {
            if (diagnostic instanceof XtextLinkingDiagnostic linking && linking.getOffset() == node.getOffset()
                    && linking.getLength() == node.getLength()) {
                return true;
            }
        }
        return false;
    }
}
