/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.scoping;

import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

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

    /**
     * The elements of both, the first's first, each element once, computed while iterated: a caller that stops early
     * (a spelling hint looks at a few thousand) pays for what it took, not for tens of thousands of a portfolio.
     */
    private static Iterable<IEObjectDescription> distinct(Iterable<IEObjectDescription> a,
            Iterable<IEObjectDescription> b) {
        return () -> new Iterator<>() {
            private final Set<Key> seen = new HashSet<>();
            private final Iterator<Iterable<IEObjectDescription>> parts = List.of(a, b).iterator();
            private Iterator<IEObjectDescription> current = Collections.emptyIterator();
            private IEObjectDescription next;

            @Override
            public boolean hasNext() {
                while (next == null) {
                    while (!current.hasNext()) {
                        if (!parts.hasNext()) {
                            return false;
                        }
                        current = parts.next().iterator();
                    }
                    IEObjectDescription candidate = current.next();
                    if (seen.add(new Key(candidate.getName(), candidate.getEObjectURI()))) {
                        next = candidate;
                    }
                }
                return true;
            }

            @Override
            public IEObjectDescription next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                IEObjectDescription result = next;
                next = null;
                return result;
            }
        };
    }

    /** The same element under the same name. */
    private record Key(QualifiedName name, URI uri) {
    }
}
