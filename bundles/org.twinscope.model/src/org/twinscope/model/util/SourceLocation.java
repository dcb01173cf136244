/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.model.util;

/**
 * Where a model element is written, 1-based, for reports that point back into the sources.
 *
 * @param file the file as given by the user (relative paths stay relative)
 * @param line first line
 * @param column first column
 * @param endLine last line
 * @param endColumn column after the last character
 */
public record SourceLocation(String file, int line, int column, int endLine, int endColumn) {
}
