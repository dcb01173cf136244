/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.report;

import org.eclipse.emf.ecore.EObject;

/** Finds where a model element is written; supplied by the front end, which knows how the model was read. */
@FunctionalInterface
public interface SourceLocator {

    /** The location, or null when the element has none (built in, or created in memory). */
    SourceLocation locate(EObject element);
}
