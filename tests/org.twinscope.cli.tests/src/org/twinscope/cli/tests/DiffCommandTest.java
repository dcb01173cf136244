/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.twinscope.testing.CliProcess;
import org.twinscope.testing.CliProcess.Result;
import org.twinscope.testing.Examples;

/** twinscope diff as CI runs it: two checkouts (or a saved analysis and a checkout), formats and gates. */
class DiffCommandTest {

    @TempDir
    Path work;

    @Test
    void aFasterRawLinkAndANewVendorActorInAPullRequestComment() throws Exception {
        Path base = Examples.copy("bottling-line", work);
        Path head = Examples.copy("bottling-line", work);
        Path twin = head.resolve("bottling-line.twin");
        String text = Files.readString(twin);
        String changed = text.replace("every 1 h fidelity aggregated", "every 500 ms fidelity raw")
                .replaceFirst("\n}\\s*$", "\n\tactor service VendorBot of FillerVendor operates FillerPlc\n}\n");
        assertFalse(changed.equals(text), "the example still has the fleet feed this test changes");
        Files.writeString(twin, changed);
        Result result = CliProcess.run("diff", base.toString(), head.toString(), "--format", "markdown", "--as-of",
                "2026-11-30");
        assertEquals(0, result.exitCode(), result.toString());
        String markdown = result.out();
        assertTrue(markdown.startsWith("### Twinscope: security posture\n"), markdown);
        assertTrue(markdown.contains("`BottlingLine.VendorBot`"), markdown);
        assertTrue(markdown.contains("every 1 h -&gt; every 500 ms") || markdown.contains("every 1 h -> every 500 ms")
                || markdown.contains("every 1 h \\-&gt; every 500 ms"), markdown);
        assertTrue(markdown.contains("<details"), markdown);
        assertFalse(result.err().contains(": warning: "), "warnings of the sources are not repeated by diff: "
                + result.err());
    }

    @Test
    void gatesFailOnANewGapAndOnARegression() throws Exception {
        Path base = Examples.copy("bottling-line", work);
        Path head = Examples.copy("bottling-line", work);
        Path audit = head.resolve("audit-2026-q3.smm");
        String text = Files.readString(audit);
        // Security Program Management was met at ad-hoc: rated lower, it falls short again
        String changed = text.replace("rate SecurityProgramManagement ad-hoc", "rate SecurityProgramManagement minimum");
        assertFalse(changed.equals(text));
        Files.writeString(audit, changed);
        Path saved = work.resolve("base.json");
        Result analysis = CliProcess.run("analyze", base.toString(), "--format", "json", "--out", saved.toString(),
                "--as-of", "2026-11-30", "-q");
        assertEquals(0, analysis.exitCode(), analysis.toString());
        Result gated = CliProcess.run("diff", saved.toString(), head.toString(), "--as-of", "2026-11-30",
                "--fail-on-regression", "--fail-on-new-gap");
        assertEquals(1, gated.exitCode(), gated.toString());
        assertTrue(gated.err().contains("got worse") && gated.err().contains("new gap"), gated.err());
        assertTrue(gated.out().contains("SecurityProgramManagement"), gated.out());
        Result same = CliProcess.run("diff", saved.toString(), base.toString(), "--as-of", "2026-11-30",
                "--fail-on-regression", "--fail-on-new-gap", "--format", "json");
        assertEquals(0, same.exitCode(), same.toString());
        assertTrue(same.out().contains("\"summary\": \"No change to the security posture.\""), same.out());
    }

    static List<String> examples() {
        return Examples.names();
    }

    /** Every example against itself, and against its own saved analysis: no change, in every format. */
    @ParameterizedTest
    @MethodSource("examples")
    void anUnchangedExampleHasNoChange(String example) throws Exception {
        Path saved = work.resolve(example + ".json");
        Result analysis = CliProcess.run("analyze", "examples/" + example, "--format", "json", "--out",
                saved.toString(), "--as-of", "2026-11-30", "-q");
        assertEquals(0, analysis.exitCode(), analysis.toString());
        Result text = CliProcess.run("diff", saved.toString(), "examples/" + example, "--as-of", "2026-11-30",
                "--fail-on-new-gap", "--fail-on-regression");
        assertEquals(0, text.exitCode(), text.toString());
        assertEquals("No change to the security posture.", text.out().strip());
        Result markdown = CliProcess.run("diff", "examples/" + example, "examples/" + example, "--format",
                "markdown", "--as-of", "2026-11-30");
        assertEquals(0, markdown.exitCode(), markdown.toString());
        assertTrue(markdown.out().contains("No change to the security posture."), markdown.out());
    }

    @Test
    void unreadableSidesAreExplained() throws Exception {
        Path notAnalysis = Files.writeString(work.resolve("other.json"), "{\"runs\": []}");
        Result result = CliProcess.run("diff", notAnalysis.toString(), "examples/bottling-line");
        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.err().contains("the base " + notAnalysis + " is not a Twinscope analysis"), result.err());
        Result missing = CliProcess.run("diff", "examples/bottling-line", work.resolve("nowhere").toString());
        assertEquals(2, missing.exitCode(), missing.toString());
        Path broken = Examples.copy("bottling-line", work);
        Files.writeString(broken.resolve("bottling-line.twin"), "system {");
        Result errors = CliProcess.run("diff", "examples/bottling-line", broken.toString());
        assertEquals(1, errors.exitCode(), errors.toString());
        assertTrue(errors.err().contains("the head (" + broken + ") cannot be compared"), errors.err());
    }

}
