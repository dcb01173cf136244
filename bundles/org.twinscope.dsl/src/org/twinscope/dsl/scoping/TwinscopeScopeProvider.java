/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.scoping;

/**
 * Scoping of Twinscope references: qualified names everywhere; short names for what the built-in library and the
 * file's own package declare, and for a system's elements inside profiles and assessments of that system (see
 * {@link SystemNamespaceScopeProvider}); the built-in library after the workspace (see
 * {@link TwinscopeGlobalScopeProvider}).
 */
public class TwinscopeScopeProvider extends AbstractTwinscopeScopeProvider {
}
