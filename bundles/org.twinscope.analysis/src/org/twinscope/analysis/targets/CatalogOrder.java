/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.targets;

import java.util.Comparator;

import org.eclipse.emf.ecore.EObject;
import org.twinscope.model.smm.CatalogElement;

/** Orders catalog elements as the catalog lists them (domain, then sub-domain, then practice), for stable output. */
public final class CatalogOrder {

    /** Compares by position in the catalog, then by name across catalogs. */
    public static final Comparator<CatalogElement> COMPARATOR = Comparator
            .comparing((CatalogElement e) -> catalogName(e))
            .thenComparing(CatalogOrder::position, CatalogOrder::comparePositions);

    private CatalogOrder() {
    }

    private static String catalogName(CatalogElement element) {
        EObject root = element;
        while (root.eContainer() != null && root.eContainer() instanceof CatalogElement) {
            root = root.eContainer();
        }
        EObject catalog = root.eContainer();
        return catalog == null || catalog.eResource() == null ? "" : catalog.eResource().getURI().toString();
    }

    private static int[] position(CatalogElement element) {
        int depth = 0;
        for (EObject current = element; current.eContainer() instanceof CatalogElement; current = current
                .eContainer()) {
            depth++;
        }
        int[] position = new int[depth + 1];
        EObject current = element;
        for (int i = depth; i >= 0; i--) {
            EObject container = current.eContainer();
            position[i] = container == null ? 0
                    : ((java.util.List<?>) container.eGet(current.eContainingFeature())).indexOf(current);
            current = container;
        }
        return position;
    }

    private static int comparePositions(int[] a, int[] b) {
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return Integer.compare(a.length, b.length);
    }
}
