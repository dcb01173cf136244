/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.twinscope.testing.CliProcess;
import org.twinscope.testing.CliProcess.Result;
import org.twinscope.testing.Examples;
import org.twinscope.testing.Golden;

/**
 * The JSON analysis of every example equals its golden file. After an intended change, regenerate them with
 * {@code -Dtwinscope.updateGolden=true} (see {@link Golden}) and review the diff.
 */
class GoldenTest {

    static final String AS_OF = "2026-11-30";

    static Stream<String> examples() throws IOException {
        return Examples.names().stream();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void jsonAnalysisMatchesGoldenFile(String example) throws Exception {
        // a fixed day: which actions are overdue and which accepted gaps expired must not change with the calendar
        Result result = CliProcess.run("analyze", "examples/" + example, "--format", "json", "--as-of", AS_OF, "-q");
        assertEquals(0, result.exitCode(), result.toString());
        Golden.assertMatches(example + ".json", result.out());
    }
}
