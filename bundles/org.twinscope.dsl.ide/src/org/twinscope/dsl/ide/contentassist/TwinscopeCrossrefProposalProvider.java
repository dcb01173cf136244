/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.ide.contentassist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IPrefixMatcher;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.twinscope.dsl.scoping.ContextSystem;
import org.twinscope.model.twin.SystemElement;
import org.twinscope.model.twin.TwinPackage;
import org.twinscope.model.twin.TwinSystem;

import org.twinscope.dsl.naming.TwinscopeResourceDescriptionStrategy;

import com.google.inject.Inject;

/**
 * Proposes each element a reference may name once, by its shortest name that fits what was typed: the built-in
 * practices are in scope both as {@code Monitoring} and as {@code twinscope.Monitoring}, which would otherwise be
 * offered side by side. Typing {@code twinscope.} still gets the qualified names.
 * <p>
 * Inside a system, or a profile, assessment or plan of one, an element reference is offered that system's elements
 * by their simple names (what the reference may write), not every element of every system of the project by its
 * qualified name; typing a qualifier ({@code Other.}) gets the whole scope.
 */
public class TwinscopeCrossrefProposalProvider extends IdeCrossrefProposalProvider {

    @Inject
    private IPrefixMatcher prefixMatcher;

    @Inject
    private ContextSystem contextSystem;

    @Override
    protected Iterable<IEObjectDescription> queryScope(IScope scope, CrossReference crossReference,
            ContentAssistContext context) {
        List<IEObjectDescription> ofTheSystem = elementsOfTheContextSystem(crossReference, context);
        if (ofTheSystem != null) {
            return ofTheSystem;
        }
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

    /** The context system's elements that fit the reference and the prefix, or null to ask the whole scope. */
    private List<IEObjectDescription> elementsOfTheContextSystem(CrossReference crossReference,
            ContentAssistContext context) {
        if (context.getCurrentModel() == null || context.getPrefix().contains(".")) {
            return null;
        }
        EReference reference = GrammarUtil.getReference(crossReference);
        EClass type = reference == null ? null : reference.getEReferenceType();
        if (type == null || !TwinPackage.Literals.SYSTEM_ELEMENT.isSuperTypeOf(type)) {
            return null;
        }
        TwinSystem system = contextSystem.of(context.getCurrentModel());
        if (system == null) {
            return null;
        }
        List<IEObjectDescription> elements = new ArrayList<>();
        for (SystemElement element : ContextSystem.elements(system, type)) {
            if (prefixMatcher.isCandidateMatchingPrefix(element.getName(), context.getPrefix())) {
                elements.add(EObjectDescription.create(QualifiedName.create(element.getName()), element));
            }
        }
        return elements;
    }
}
