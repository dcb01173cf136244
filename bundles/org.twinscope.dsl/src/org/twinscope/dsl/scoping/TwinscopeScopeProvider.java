/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.scoping;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;
import org.twinscope.model.smm.Rating;
import org.twinscope.model.smm.SmmPackage;
import org.twinscope.model.twin.TwinPackage;
import org.twinscope.model.twin.TwinSystem;

import com.google.inject.Inject;

/**
 * Scoping of Twinscope references: qualified names everywhere; short names for what the built-in library and the
 * file's own package declare, and for a system's elements inside profiles and assessments of that system (see
 * {@link SystemNamespaceScopeProvider}); the built-in library after the workspace (see
 * {@link TwinscopeGlobalScopeProvider}). References from a system to its own elements, most references of a model,
 * take a shortcut to the same answer (see {@link SystemShortNameScope}).
 */
public class TwinscopeScopeProvider extends AbstractTwinscopeScopeProvider {

    private static final String ELEMENTS_BY_NAME = "twinscope.systemElementsByName";

    @Inject
    private IResourceScopeCache cache;

    @Inject
    private VisibleCriteria criteria;

    @Override
    public IScope getScope(EObject context, EReference reference) {
        if (reference == SmmPackage.Literals.RATING__MET_CRITERIA) {
            return criteriaScope(context);
        }
        EClass type = reference.getEReferenceType();
        TwinSystem system = TwinPackage.Literals.SYSTEM_ELEMENT.isSuperTypeOf(type)
                ? EcoreUtil2.getContainerOfType(context, TwinSystem.class)
                : null;
        if (system == null || context.eResource() == null) {
            return super.getScope(context, reference);
        }
        SystemElementsByName elements = cache.get(Tuples.pair(ELEMENTS_BY_NAME, system), context.eResource(),
                () -> new SystemElementsByName(system));
        SystemNamespaceScopeProvider namespaces = (SystemNamespaceScopeProvider) getDelegate();
        return new SystemShortNameScope(elements, type, namespaces.later(() -> super.getScope(context, reference)));
    }

    /** "met C1, C2": the ids of the rated practice's criteria (its catalog's, as criteria sets change them). */
    private IScope criteriaScope(EObject context) {
        if (!(context instanceof Rating rating) || rating.getPractice() == null || rating.getPractice().eIsProxy()) {
            return IScope.NULLSCOPE;
        }
        return Scopes.scopeFor(criteria.of(rating.getPractice(), rating.eResource()),
                c -> QualifiedName.create(c.getName()), IScope.NULLSCOPE);
    }
}
