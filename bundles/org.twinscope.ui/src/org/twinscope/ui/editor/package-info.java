/*
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The Twinscope Editor (the platform's Generic Editor with the language's services), grouped by feature:
 * {@code highlighting} (partitions, syntax and semantic colors, mark occurrences, bracket matching), {@code assist}
 * (content assist, quick fixes), {@code navigation} (go to definition, hover) and {@code validation} (problems as the
 * user types). What the features share is here.
 * The features work on {@link org.twinscope.ui.language the language over the project}; the views do not use the
 * editor, nor the editor the views.
 */
package org.twinscope.ui.editor;
