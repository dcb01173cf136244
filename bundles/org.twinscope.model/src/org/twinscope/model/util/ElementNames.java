/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.model.util;

import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.twinscope.model.smm.CatalogElement;
import org.twinscope.model.smm.Domain;
import org.twinscope.model.smm.SubDomain;
import org.twinscope.model.twin.NamedElement;
import org.twinscope.model.twin.Synchronization;
import org.twinscope.model.twin.SystemElement;
import org.twinscope.model.twin.TwinSystem;

/**
 * How every layer names model elements, so that a message, a hover, a report and a diagram call the same element the
 * same way. Kept beside the metamodel (as ELK keeps {@code ElkGraphUtil} beside its graph) because the language, the
 * analysis and every view ask these questions.
 */
public final class ElementNames {

    /** What stands for a name that is missing (an unresolved reference, a half-typed element). */
    public static final String UNKNOWN = "?";

    private ElementNames() {
    }

    /**
     * A stable identifier for files and tools: "System.Element", or "System.Source->Target" for a synchronization
     * without a name. JSON, CSV, SARIF and the diagrams' element ids use it; it never changes with wording.
     */
    public static String qualified(SystemElement element) {
        if (element == null) {
            return null;
        }
        String local = element instanceof Synchronization sync && sync.getName() == null
                ? name(sync.getSource()) + "->" + name(sync.getTarget())
                : name(element);
        TwinSystem system = systemOf(element);
        return system == null ? local : name(system) + "." + local;
    }

    /**
     * A name for people, in messages, hovers, tables and tooltips: "LineTwin", "sync FillerFeed" or, for a
     * synchronization without a name, "sync Filler -> LineTwin"; a catalog element by its title.
     */
    public static String label(NamedElement element) {
        if (element == null) {
            return UNKNOWN;
        }
        if (element instanceof Synchronization sync) {
            return sync.getName() != null ? "sync " + sync.getName()
                    : "sync " + name(sync.getSource()) + " -> " + name(sync.getTarget());
        }
        if (element instanceof CatalogElement catalogElement) {
            return title(catalogElement);
        }
        return name(element);
    }

    /** The catalog's title of a domain, sub-domain or practice, or its name when it has none. */
    public static String title(CatalogElement element) {
        if (element == null) {
            return UNKNOWN;
        }
        return element.getTitle() != null ? element.getTitle() : name(element);
    }

    /**
     * The title, with "practice", "sub-domain" or "domain" before it when another element of the same catalog has the
     * same title (the sub-domain Threat Modeling holds the practice Threat Modeling): for texts where both can appear.
     */
    public static String distinctTitle(CatalogElement element) {
        String title = title(element);
        if (element == null || element.getTitle() == null) {
            return title;
        }
        EObject root = EcoreUtil.getRootContainer(element);
        for (var contents = root.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof CatalogElement other && other != element
                    && element.getTitle().equals(other.getTitle())) {
                return catalogKind(element) + " " + title;
            }
        }
        return title;
    }

    /** The distinct title with a capital first letter, to start a sentence ("Practice Threat Modeling is ..."). */
    public static String distinctTitleAtStart(CatalogElement element) {
        String title = distinctTitle(element);
        return title.isEmpty() ? title : Character.toUpperCase(title.charAt(0)) + title.substring(1);
    }

    /** "practice", "sub-domain" or "domain". */
    public static String catalogKind(CatalogElement element) {
        return element instanceof Domain ? "domain" : element instanceof SubDomain ? "sub-domain" : "practice";
    }

    /** "asset", "twin", "boundary", "synchronization", "organization" or "actor": the element's kind in words. */
    public static String kind(SystemElement element) {
        return element.eClass().getName().toLowerCase(Locale.ROOT);
    }

    /** The element's name, or {@link #UNKNOWN} when it has none (or is an unresolved reference). */
    public static String name(NamedElement element) {
        return element == null || element.getName() == null ? UNKNOWN : element.getName();
    }

    /** The system that contains the element, or null for an element outside any system. */
    public static TwinSystem systemOf(EObject element) {
        for (EObject current = element; current != null; current = current.eContainer()) {
            if (current instanceof TwinSystem system) {
                return system;
            }
        }
        return null;
    }
}
