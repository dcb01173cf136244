/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.report;

import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.twinscope.analysis.facts.SystemFacts;
import org.twinscope.model.smm.CatalogElement;
import org.twinscope.model.twin.Synchronization;
import org.twinscope.model.twin.SystemElement;
import org.twinscope.model.twin.TwinSystem;

/** Stable, readable names of elements in reports: System.Element, or the link for an unnamed synchronization. */
public final class ElementNames {

    private ElementNames() {
    }

    public static String qualified(SystemElement element) {
        if (element == null) {
            return null;
        }
        String system = system(element);
        String local = element instanceof Synchronization sync && sync.getName() == null
                ? sync.getSource().getName() + "->" + sync.getTarget().getName()
                : element.getName();
        return system == null ? local : system + "." + local;
    }

    /** A label for people: "LineTwin" or "sync Filler -> LineTwin". */
    public static String label(SystemElement element) {
        if (element instanceof Synchronization sync) {
            return SystemFacts.label(sync);
        }
        return element == null ? "" : element.getName();
    }

    /** "asset", "twin", "boundary", "synchronization", "organization" or "actor". */
    public static String kind(SystemElement element) {
        return element.eClass().getName().toLowerCase(Locale.ROOT);
    }

    public static String title(CatalogElement element) {
        return element.getTitle() != null ? element.getTitle() : element.getName();
    }

    private static String system(EObject element) {
        for (EObject current = element; current != null; current = current.eContainer()) {
            if (current instanceof TwinSystem system) {
                return system.getName();
            }
        }
        return null;
    }
}
