/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.scoping.IScope;
import org.twinscope.model.smm.SmmPackage;

/**
 * Scoping of Twinscope references: qualified names everywhere, short names for catalog elements (practices,
 * sub-domains, domains), and short names of a system's elements inside profiles and assessments of that system
 * (see {@link SystemNamespaceScopeProvider}).
 */
public class TwinscopeScopeProvider extends AbstractTwinscopeScopeProvider {

    @Override
    public IScope getScope(EObject context, EReference reference) {
        IScope scope = super.getScope(context, reference);
        if (SmmPackage.Literals.CATALOG_ELEMENT.isSuperTypeOf(reference.getEReferenceType())) {
            return ShortNameScope.wrap(scope);
        }
        return scope;
    }
}
