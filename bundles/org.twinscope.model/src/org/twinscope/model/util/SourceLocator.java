/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.model.util;

import org.eclipse.emf.ecore.EObject;

/**
 * Finds where a model element is written. Supplied by whatever read the model (the language knows its node model);
 * reports use it to point back into the sources.
 */
@FunctionalInterface
public interface SourceLocator {

    /** The location, or null when the element has none (built in, or created in memory). */
    SourceLocation locate(EObject element);
}
