/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.opentest4j.AssertionFailedError;

/**
 * Compares output with a golden file and shows where it differs, as a diff with context. The golden files of a test
 * bundle live in its {@code golden/} folder (passed by the build as {@code -Dtwinscope.golden}). After an intended
 * change, regenerate them with
 *
 * <pre>
 * ./mvnw -o verify -pl tests/&lt;bundle&gt; -am -Dtwinscope.updateGolden=true
 * (the command-line tests also need the headless distribution: -pl releng/org.twinscope.headless,tests/...)
 * </pre>
 *
 * and review {@code git diff}: every changed line must be one you can defend.
 */
public final class Golden {

    private static final int CONTEXT = 3;
    private static final int MAX_HUNK_LINES = 40;

    private Golden() {
    }

    /** The golden folder of the running test bundle. */
    public static Path folder() {
        return Path.of(System.getProperty("twinscope.golden", "golden")).toAbsolutePath().normalize();
    }

    /** Whether this run rewrites the golden files instead of comparing with them. */
    public static boolean updating() {
        return Boolean.getBoolean("twinscope.updateGolden");
    }

    /**
     * Fails with a readable diff unless {@code actual} equals the golden file (a path relative to the golden folder);
     * in an updating run, writes it instead.
     */
    public static void assertMatches(String goldenFile, String actual) {
        Path golden = folder().resolve(goldenFile);
        try {
            if (updating()) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, actual);
                return;
            }
            if (!Files.exists(golden)) {
                throw new AssertionFailedError("no golden file " + golden + "; create it with "
                        + "-Dtwinscope.updateGolden=true and review it");
            }
            String expected = Files.readString(golden);
            if (!expected.equals(actual)) {
                throw new AssertionFailedError(goldenFile + " differs from the output (- golden, + now):\n"
                        + diff(expected, actual) + "\nIf the change is intended, regenerate with "
                        + "-Dtwinscope.updateGolden=true and review the diff.", expected, actual);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The first block of differing lines with a few lines of context, in unified-diff style: enough to see what
     * changed without a 5,000-line dump.
     */
    public static String diff(String expected, String actual) {
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        if (start == a.size() && start == b.size()) {
            return "(the texts differ only in line endings or a final newline)";
        }
        StringBuilder out = new StringBuilder();
        int from = Math.max(0, start - CONTEXT);
        out.append("@@ line ").append(start + 1).append(" @@\n");
        for (int i = from; i < start; i++) {
            out.append("  ").append(a.get(i)).append('\n');
        }
        appendLines(out, "- ", a.subList(start, endA));
        appendLines(out, "+ ", b.subList(start, endB));
        for (int i = endA; i < Math.min(a.size(), endA + CONTEXT); i++) {
            out.append("  ").append(a.get(i)).append('\n');
        }
        return out.toString();
    }

    private static void appendLines(StringBuilder out, String prefix, List<String> lines) {
        for (int i = 0; i < Math.min(lines.size(), MAX_HUNK_LINES); i++) {
            out.append(prefix).append(lines.get(i)).append('\n');
        }
        if (lines.size() > MAX_HUNK_LINES) {
            out.append(prefix).append("... ").append(lines.size() - MAX_HUNK_LINES).append(" more lines\n");
        }
    }
}
