/*
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The Twinscope language over a workspace project, for every part of the IDE: which files make up a project's model
 * ({@link org.twinscope.ui.language.ProjectFiles}), the parse of an open document that the editor's services share
 * ({@link org.twinscope.ui.language.DocumentParses}) and the workspace changes it depends on
 * ({@link org.twinscope.ui.language.TwinscopeFileChanges}), the names the other files of a project export, which that
 * parse links against instead of parsing those files ({@link org.twinscope.ui.language.ProjectNameIndex}), references
 * across the project
 * ({@link org.twinscope.ui.language.ReferenceSearch}), the project read and analyzed
 * ({@link org.twinscope.ui.language.ProjectAnalysis}) and opening an element where it is written
 * ({@link org.twinscope.ui.language.SourceNavigation}).
 * <p>
 * The editor, views, builder, handlers and outline use this package; it uses none of them. Rule: no class here
 * imports {@code org.twinscope.ui.editor}, {@code org.twinscope.ui.views}, {@code org.twinscope.ui.builder},
 * {@code org.twinscope.ui.handlers}, {@code org.twinscope.ui.outline} or {@code org.twinscope.ui.wizards} (or a
 * package below them); only {@link org.twinscope.ui.TwinscopeUiPlugin}, for the language's injector. Check with
 * {@code grep -rn 'import org.twinscope.ui\.' src/org/twinscope/ui/language}.
 */
package org.twinscope.ui.language;
