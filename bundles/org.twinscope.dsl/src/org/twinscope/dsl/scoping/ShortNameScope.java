/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.SimpleScope;

/**
 * Lets catalog elements be referred to by their short name (AccessControl) as well as their qualified name
 * (twinscope.AccessControl): every qualified element of the given scope is also visible under its last segment.
 */
final class ShortNameScope {

    private ShortNameScope() {
    }

    static IScope wrap(IScope qualified) {
        List<IEObjectDescription> aliases = new ArrayList<>();
        for (IEObjectDescription element : qualified.getAllElements()) {
            QualifiedName name = element.getName();
            if (name.getSegmentCount() > 1) {
                aliases.add(EObjectDescription.create(QualifiedName.create(name.getLastSegment()),
                        element.getEObjectOrProxy()));
            }
        }
        return new LayeredScope(qualified, new SimpleScope(aliases));
    }
}
