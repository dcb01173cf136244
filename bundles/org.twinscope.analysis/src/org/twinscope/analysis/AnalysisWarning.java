/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis;

import org.eclipse.emf.ecore.EObject;

/**
 * Something the analysis noticed that the author most likely did not mean, such as a declaration that matches nothing
 * where its practice applies. The results stay as they are; the warning says why a declaration has no effect.
 *
 * @param source the declaration the warning is about (a rating, a target or a not-applicable declaration)
 * @param code a stable code, e.g. "twinscope.unmatched-override"
 * @param message what is wrong and how to fix it
 */
public record AnalysisWarning(EObject source, String code, String message) {
}
