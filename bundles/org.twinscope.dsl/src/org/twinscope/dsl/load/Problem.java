/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.load;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * A problem found while reading, parsing, linking or validating Twinscope files, positioned for people and tools.
 *
 * @param file the file, or null for a problem with the arguments themselves
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param severity how bad it is
 * @param code a stable issue code (see {@link org.twinscope.dsl.IssueCodes})
 * @param message what is wrong and how to fix it
 * @param data what a fix needs, for the codes that carry it (see {@link org.twinscope.dsl.IssueCodes}); else empty
 */
public record Problem(Path file, int line, int column, Severity severity, String code, String message,
        List<String> data) {

    /** The code of a problem with the files and folders given to read (missing, not Twinscope files, none inside). */
    public static final String BAD_ARGUMENT = "twinscope.bad-argument";

    /** How bad a problem is; errors make a model unusable for analysis. */
    public enum Severity {
        ERROR, WARNING, INFO;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Problem {
        data = data == null ? List.of() : List.copyOf(data);
    }

    /** A problem without issue data. */
    public Problem(Path file, int line, int column, Severity severity, String code, String message) {
        this(file, line, column, severity, code, message, List.of());
    }

    /** File, then position, then severity: the order compilers list problems in. */
    public static final Comparator<Problem> ORDER = Comparator
            .comparing((Problem p) -> p.file() == null ? "" : p.file().toString())
            .thenComparingInt(Problem::line).thenComparingInt(Problem::column)
            .thenComparing(Problem::severity).thenComparing(Problem::message);

    /** "file:line:col: severity: message [code]", as compilers print it. */
    public String format() {
        StringBuilder text = new StringBuilder();
        if (file != null) {
            text.append(file);
            if (line > 0) {
                text.append(':').append(line).append(':').append(Math.max(column, 1));
            }
            text.append(": ");
        }
        text.append(severity.label()).append(": ").append(message);
        if (code != null) {
            text.append(" [").append(code).append(']');
        }
        return text.toString();
    }
}
