/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.validation;

import org.twinscope.model.smm.CatalogElement;
import org.twinscope.model.twin.NamedElement;
import org.twinscope.model.twin.Synchronization;

/** How elements are named in messages. */
final class Labels {

    private Labels() {
    }

    static String of(NamedElement element) {
        if (element == null) {
            return "?";
        }
        if (element instanceof Synchronization sync && sync.getName() == null) {
            return "the synchronization " + of(sync.getSource()) + " -> " + of(sync.getTarget());
        }
        if (element instanceof CatalogElement catalogElement && catalogElement.getTitle() != null) {
            return catalogElement.getTitle();
        }
        return element.getName() == null ? "?" : element.getName();
    }
}
