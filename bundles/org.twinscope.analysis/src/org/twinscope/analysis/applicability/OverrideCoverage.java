/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.applicability;

import java.util.Collection;

import org.eclipse.emf.ecore.EObject;
import org.twinscope.model.twin.Boundary;
import org.twinscope.model.twin.Synchronization;
import org.twinscope.model.twin.SystemElement;

/**
 * What a "not-applicable ... on" declaration covers: the elements it names and, for a boundary, everything the boundary
 * contains and every link that reaches into it. A practice declared not applicable at a zone is not applicable to the
 * machines in the zone and the links to them either: that is what an architect means by it.
 */
public final class OverrideCoverage {

    private OverrideCoverage() {
    }

    /** Whether a declaration naming these elements covers the element. */
    public static boolean covers(Collection<? extends SystemElement> named, SystemElement element) {
        for (SystemElement declared : named) {
            if (declared == element) {
                return true;
            }
            if (declared instanceof Boundary boundary) {
                if (element instanceof Synchronization sync ? inside(sync.getSource(), boundary)
                        || inside(sync.getTarget(), boundary) : inside(element, boundary)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean inside(EObject element, Boundary boundary) {
        for (EObject current = element == null ? null : element.eContainer(); current != null;
                current = current.eContainer()) {
            if (current == boundary) {
                return true;
            }
        }
        return false;
    }
}
