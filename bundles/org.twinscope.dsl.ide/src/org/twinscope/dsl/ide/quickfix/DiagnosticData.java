/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

/**
 * The issue data of a diagnostic (see {@link org.twinscope.dsl.IssueCodes}), in whatever form it arrives: Xtext's
 * language server publishes it as a string array, a client sends it back with a code action request as JSON, and the
 * Eclipse editor passes it on from its markers.
 */
final class DiagnosticData {

    private DiagnosticData() {
    }

    /** The issue code, or null. */
    static String code(Diagnostic diagnostic) {
        return diagnostic.getCode() != null && diagnostic.getCode().isLeft() ? diagnostic.getCode().getLeft() : null;
    }

    /** The value at the index of the diagnostic's issue data, or null when there is none. */
    static String get(Diagnostic diagnostic, int index) {
        List<String> values = values(diagnostic.getData());
        String value = index < values.size() ? values.get(index) : null;
        return value == null || value.isEmpty() ? null : value;
    }

    private static List<String> values(Object data) {
        List<String> values = new ArrayList<>();
        if (data instanceof String[] array) {
            values.addAll(Arrays.asList(array));
        } else if (data instanceof JsonArray array) {
            for (JsonElement element : array) {
                values.add(element.isJsonPrimitive() ? element.getAsString() : null);
            }
        } else if (data instanceof JsonElement element && element.isJsonPrimitive()) {
            values.add(element.getAsString());
        } else if (data instanceof Iterable<?> iterable) {
            iterable.forEach(value -> values.add(value instanceof String text ? text : null));
        } else if (data instanceof String text) {
            values.add(text);
        }
        return values;
    }
}
