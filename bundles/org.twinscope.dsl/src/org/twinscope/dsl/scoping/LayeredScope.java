/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.scoping;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

/**
 * Two scopes as one: what the first finds wins, the second fills in. An element both contain (the same EObject URI
 * under the same name) is listed once, so content assist does not propose it twice.
 */
final class LayeredScope implements IScope {

    private final IScope first;
    private final IScope fallback;

    LayeredScope(IScope first, IScope fallback) {
        this.first = first;
        this.fallback = fallback;
    }

    @Override
    public IEObjectDescription getSingleElement(QualifiedName name) {
        IEObjectDescription found = first.getSingleElement(name);
        return found != null ? found : fallback.getSingleElement(name);
    }

    @Override
    public Iterable<IEObjectDescription> getElements(QualifiedName name) {
        return distinct(first.getElements(name), fallback.getElements(name));
    }

    @Override
    public IEObjectDescription getSingleElement(EObject object) {
        IEObjectDescription found = first.getSingleElement(object);
        return found != null ? found : fallback.getSingleElement(object);
    }

    @Override
    public Iterable<IEObjectDescription> getElements(EObject object) {
        return distinct(first.getElements(object), fallback.getElements(object));
    }

    @Override
    public Iterable<IEObjectDescription> getAllElements() {
        return distinct(first.getAllElements(), fallback.getAllElements());
    }

    private static Iterable<IEObjectDescription> distinct(Iterable<IEObjectDescription> a,
            Iterable<IEObjectDescription> b) {
        Map<String, IEObjectDescription> byKey = new LinkedHashMap<>();
        for (Iterable<IEObjectDescription> part : java.util.List.of(a, b)) {
            for (IEObjectDescription description : part) {
                URI uri = description.getEObjectURI();
                byKey.putIfAbsent(description.getName() + "\u0000" + uri, description);
            }
        }
        return byKey.values();
    }
}
