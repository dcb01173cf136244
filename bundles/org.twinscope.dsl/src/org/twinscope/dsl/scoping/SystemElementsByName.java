/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.scoping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.twinscope.model.twin.ElementContainer;
import org.twinscope.model.twin.SystemElement;
import org.twinscope.model.twin.TwinSystem;

/**
 * A system's elements by their simple names, wherever they sit in its boundaries, in content order (as the full scope
 * finds them). Built once per system and parse (see {@link SystemShortNameScope}); an element's qualified name is
 * System.Element, so within one system its simple name is what references write.
 */
final class SystemElementsByName {

    private final Map<String, Object> byName = new HashMap<>();

    SystemElementsByName(TwinSystem system) {
        collect(system);
    }

    // systems and boundaries hold the elements; their contents are walked, nothing below (frequencies, durations)
    private void collect(EObject container) {
        for (EObject child : container.eContents()) {
            if (child instanceof SystemElement element && element.getName() != null) {
                add(element.getName(), element);
            }
            if (child instanceof ElementContainer) {
                collect(child);
            }
        }
    }

    /** The first element (in content order) of the given name that is an instance of the type, or null. */
    SystemElement first(String name, EClass type) {
        Object found = byName.get(name);
        if (found instanceof SystemElement element) {
            return type.isInstance(element) ? element : null;
        }
        if (found instanceof List<?> elements) {
            for (Object element : elements) {
                if (type.isInstance(element)) {
                    return (SystemElement) element;
                }
            }
        }
        return null;
    }

    // one element per name is the rule (duplicates are an error), so a list is made only for a second one
    private void add(String name, SystemElement element) {
        Object present = byName.putIfAbsent(name, element);
        if (present instanceof SystemElement first) {
            byName.put(name, new ArrayList<>(List.of(first, element)));
        } else if (present instanceof List<?> list) {
            @SuppressWarnings("unchecked")
            List<SystemElement> elements = (List<SystemElement>) list;
            elements.add(element);
        }
    }
}
