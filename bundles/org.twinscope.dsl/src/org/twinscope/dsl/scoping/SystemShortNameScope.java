/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.scoping;

import java.util.function.Supplier;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.twinscope.model.twin.SystemElement;

/**
 * The scope of a reference written inside a system, to an element of that system: a simple name is looked up in the
 * system's own elements first, as the full scope would (the system's namespace is the innermost import), but by one
 * hash lookup instead of through nested import scopes built for each reference. Everything else (qualified names,
 * names the system lacks, content assist's list of all elements) is the full scope's, made only when needed.
 */
final class SystemShortNameScope implements IScope {

    private final SystemElementsByName elements;
    private final EClass type;
    private final Supplier<IScope> full;

    SystemShortNameScope(SystemElementsByName elements, EClass type, Supplier<IScope> full) {
        this.elements = elements;
        this.type = type;
        this.full = full;
    }

    @Override
    public IEObjectDescription getSingleElement(QualifiedName name) {
        if (name.getSegmentCount() == 1) {
            SystemElement element = elements.first(name.getFirstSegment(), type);
            if (element != null) {
                return EObjectDescription.create(name, element);
            }
        }
        return full.get().getSingleElement(name);
    }

    @Override
    public Iterable<IEObjectDescription> getElements(QualifiedName name) {
        return full.get().getElements(name);
    }

    @Override
    public IEObjectDescription getSingleElement(EObject object) {
        return full.get().getSingleElement(object);
    }

    @Override
    public Iterable<IEObjectDescription> getElements(EObject object) {
        return full.get().getElements(object);
    }

    @Override
    public Iterable<IEObjectDescription> getAllElements() {
        return full.get().getAllElements();
    }
}
