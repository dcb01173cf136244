/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.tests;

import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Equality of two models read from two resource sets: containment is compared structurally, cross-references by
 * the URI of what they point to (the same file and element in both sets), attributes by value.
 */
final class SemanticEquality extends EcoreUtil.EqualityHelper {

    private static final long serialVersionUID = 1L;

    static boolean equal(EObject a, EObject b) {
        return new SemanticEquality().equals(a, b);
    }

    @Override
    protected boolean haveEqualReference(EObject eObject1, EObject eObject2, EReference reference) {
        if (reference.isContainment() || reference.isContainer()) {
            return super.haveEqualReference(eObject1, eObject2, reference);
        }
        return uris(eObject1, reference).equals(uris(eObject2, reference));
    }

    private static List<String> uris(EObject owner, EReference reference) {
        Object value = owner.eGet(reference, true);
        if (value == null) {
            return List.of();
        }
        if (reference.isMany()) {
            @SuppressWarnings("unchecked")
            EList<EObject> targets = (EList<EObject>) value;
            return targets.stream().map(t -> EcoreUtil.getURI(t).toString()).toList();
        }
        return List.of(EcoreUtil.getURI((EObject) value).toString());
    }
}
