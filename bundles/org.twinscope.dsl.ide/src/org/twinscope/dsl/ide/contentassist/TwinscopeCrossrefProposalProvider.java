/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.ide.contentassist;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IPrefixMatcher;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

import org.twinscope.dsl.naming.TwinscopeResourceDescriptionStrategy;

import com.google.inject.Inject;

/**
 * Proposes each element a reference may name once, by its shortest name that fits what was typed: the built-in
 * practices are in scope both as {@code Monitoring} and as {@code twinscope.Monitoring}, which would otherwise be
 * offered side by side. Typing {@code twinscope.} still gets the qualified names.
 */
public class TwinscopeCrossrefProposalProvider extends IdeCrossrefProposalProvider {

    @Inject
    private IPrefixMatcher prefixMatcher;

    @Override
    protected Iterable<IEObjectDescription> queryScope(IScope scope, CrossReference crossReference,
            ContentAssistContext context) {
        Map<URI, IEObjectDescription> shortest = new LinkedHashMap<>();
        for (IEObjectDescription candidate : super.queryScope(scope, crossReference, context)) {
            if (TwinscopeResourceDescriptionStrategy.isFormerName(candidate)) {
                continue; // a renamed element is proposed by its current name only
            }
            String name = getQualifiedNameConverter().toString(candidate.getName());
            if (prefixMatcher.isCandidateMatchingPrefix(name, context.getPrefix())) {
                shortest.merge(candidate.getEObjectURI(), candidate, (kept, other) -> other.getName()
                        .getSegmentCount() < kept.getName().getSegmentCount() ? other : kept);
            }
        }
        return shortest.values();
    }
}
