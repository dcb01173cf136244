/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.twinscope.cli.tests.CliProcess.Result;

/**
 * The JSON analysis of every example equals its golden file. After an intended change, regenerate them with
 * {@code ./mvnw -o verify -pl tests/org.twinscope.cli.tests -Dtwinscope.updateGolden=true} and review the diff.
 */
class GoldenTest {

    static Stream<String> examples() throws IOException {
        return CliProcess.examples().stream();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void jsonAnalysisMatchesGoldenFile(String example) throws Exception {
        Result result = CliProcess.run("analyze", "examples/" + example, "--format", "json", "-q");
        assertEquals(0, result.exitCode(), result.toString());
        Path golden = Path.of(System.getProperty("twinscope.golden", "golden")).resolve(example + ".json");
        if (Boolean.getBoolean("twinscope.updateGolden")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, result.out());
            return;
        }
        if (!Files.exists(golden)) {
            fail("no golden file " + golden + "; create it with -Dtwinscope.updateGolden=true");
        }
        String expected = Files.readString(golden);
        if (!expected.equals(result.out())) {
            fail("analysis of examples/" + example + " differs from " + golden.getFileName() + ":\n"
                    + firstDifference(expected, result.out())
                    + "\nIf the change is intended, regenerate with -Dtwinscope.updateGolden=true and review it.");
        }
    }

    /** A readable diff: the first differing line with a few lines of context. */
    static String firstDifference(String expected, String actual) {
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        int i = 0;
        while (i < Math.min(a.size(), b.size()) && a.get(i).equals(b.get(i))) {
            i++;
        }
        StringBuilder diff = new StringBuilder("first difference at line " + (i + 1) + ":\n");
        for (int k = Math.max(0, i - 3); k < i; k++) {
            diff.append("  ").append(a.get(k)).append('\n');
        }
        for (int k = i; k < Math.min(a.size(), i + 4); k++) {
            diff.append("- ").append(a.get(k)).append('\n');
        }
        for (int k = i; k < Math.min(b.size(), i + 4); k++) {
            diff.append("+ ").append(b.get(k)).append('\n');
        }
        return diff.toString();
    }
}
