/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinscope.testing.CliProcess;
import org.twinscope.testing.CliProcess.Result;

/** The command line as a process: exit codes, outputs and files. */
class CommandLineTest {

    @TempDir
    Path folder;

    @Test
    void checkOfACleanExampleExitsZero() throws Exception {
        Result result = CliProcess.run("check", "examples/bottling-line");
        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.out().contains("4 files checked: 0 errors"), result.toString());
        assertTrue(result.out().contains("examples/bottling-line/audit-2026-q3.smm:7:"), "relative file:line:col");
    }

    @Test
    void checkReportsErrorsCompilerStyleAndExitsOne() throws Exception {
        Files.writeString(folder.resolve("broken.twin"), "system S {\n\ttwin T represents Nothing\n}\n");
        Result result = CliProcess.runIn(folder, "check", "broken.twin");
        assertEquals(1, result.exitCode(), result.toString());
        assertTrue(result.out().contains("broken.twin:2:20: error: Unknown asset 'Nothing'."), result.toString());
        assertTrue(result.out().contains("[twinscope.unresolved-reference]"), result.toString());
        assertFalse(result.err().contains("Exception"), result.toString());
    }

    @Test
    void badArgumentsExitTwoWithUsage() throws Exception {
        Result result = CliProcess.run("analyze", "examples/bottling-line", "--format", "pdf");
        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.err().contains("Invalid value for option '--format'"), result.toString());
        Result unknown = CliProcess.run("frobnicate");
        assertEquals(2, unknown.exitCode(), unknown.toString());
    }

    @Test
    void aPathThatDoesNotExistIsABadArgument() throws Exception {
        for (String command : new String[] { "check", "analyze" }) {
            Result result = CliProcess.run(command, "no/such/folder");
            assertEquals(2, result.exitCode(), result.toString());
            assertTrue(result.err().contains("twinscope " + command + ": no/such/folder: no such file or folder"),
                    result.toString());
            assertFalse(result.out().contains("0 files checked"), result.toString());
        }
    }

    @Test
    void aFolderWithoutTwinscopeFilesIsABadArgument() throws Exception {
        Files.writeString(folder.resolve("notes.md"), "no model here");
        Result result = CliProcess.runIn(folder, "check", ".");
        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.err().contains("no .twin or .smm file in this folder"), result.toString());
    }

    @Test
    void helpEverywhere() throws Exception {
        for (String command : new String[] { "check", "analyze", "report", "lsp" }) {
            Result result = CliProcess.run(command, "--help");
            assertEquals(0, result.exitCode(), result.toString());
            assertTrue(result.out().contains("Usage: twinscope " + command), result.toString());
        }
        assertTrue(CliProcess.run("--version").out().startsWith("twinscope 0.1.0"));
    }

    @Test
    void analyzeTextShowsPracticesPerBoundaryAndGaps() throws Exception {
        Result result = CliProcess.run("analyze", "examples/bottling-line");
        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.out().contains("Practices per boundary"), result.out());
        assertTrue(result.out().contains("Assessment Audit2026Q3 against profile BottlingTargets"), result.out());
        assertTrue(result.out().contains("To reach Consistent in Access Control: NIST Cybersecurity Framework 2.0"),
                result.out());
    }

    @Test
    void gateFailsOnLargeGaps() throws Exception {
        assertEquals(1, CliProcess.run("analyze", "examples/bottling-line", "--fail-on-gap", "2", "-q").exitCode());
        assertEquals(0, CliProcess.run("analyze", "examples/bottling-line", "--fail-on-gap", "4", "-q").exitCode());
        Result zero = CliProcess.run("analyze", "examples/bottling-line", "--fail-on-gap", "0");
        assertEquals(2, zero.exitCode(), zero.toString());
    }

    @Test
    void analyzeRefusesABrokenModel() throws Exception {
        Files.writeString(folder.resolve("broken.twin"), "system S { asset }\n");
        Result result = CliProcess.runIn(folder, "analyze", ".", "--format", "json");
        assertEquals(1, result.exitCode(), result.toString());
        assertEquals("", result.out(), "nothing on standard output for a broken model");
    }

    @Test
    void csvHasOneRowPerTargetedPractice() throws Exception {
        Result result = CliProcess.run("analyze", "examples/bottling-line", "--format", "csv");
        assertEquals(0, result.exitCode(), result.toString());
        String[] lines = result.out().split("\r\n");
        assertTrue(lines[0].startsWith("system,assessment,profile,practice,element,target_level"));
        assertTrue(lines.length > 15, result.out());
    }

    @Test
    void reportWritesASelfContainedFolder() throws Exception {
        Path out = folder.resolve("report");
        Result result = CliProcess.run("report", "examples/bottling-line", "--out", out.toString());
        assertEquals(0, result.exitCode(), result.toString());
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("<table class=\"summary\">") && html.contains("href=\"#system-BottlingLine\""),
                "the first screen's row links down to the system");
        assertEquals(1, html.split("<svg[^>]*class=\"twinscope-diagram\"", -1).length - 1,
                "one diagram, switched between practices by CSS");
        assertTrue(html.contains("Boundary x practice matrix"));
        assertFalse(html.contains("<script"), "no scripts");
        assertFalse(html.matches("(?s).*(src|href)=\"https?:.*"), "no network resources");
        assertFalse(Files.exists(out.resolve("systems")), "one system, one page");
        assertTrue(Files.exists(out.resolve("analysis.json")));
        assertTrue(Files.exists(out.resolve("analysis.sarif")));
    }

    @Test
    void aReportOfSeveralSystemsHasAnIndexAndAPagePerSystemAndReplacesOnlyItsOwnFiles() throws Exception {
        Path out = folder.resolve("report");
        Result result = CliProcess.run("report", "examples/bottling-line", "examples/water-utility", "--out",
                out.toString());
        assertEquals(0, result.exitCode(), result.toString());
        String index = Files.readString(out.resolve("index.html"));
        assertTrue(index.contains("href=\"systems/BottlingLine.html\"") && index.contains(
                "href=\"systems/WaterNetwork.html\""), "the index links to a page per system");
        assertFalse(index.contains("<svg"), "the index draws no diagram");
        for (String page : new String[] { "systems/BottlingLine.html", "systems/WaterNetwork.html" }) {
            String html = Files.readString(out.resolve(page));
            assertTrue(html.contains("href=\"../index.html\"") && html.contains("href=\"../report.css\""), page);
            assertTrue(html.contains("class=\"twinscope-diagram\""), page);
            assertFalse(html.contains("<script") || html.matches("(?s).*(src|href)=\"https?:.*"), page);
        }
        Files.writeString(out.resolve("systems/notes.md"), "my notes");

        Result one = CliProcess.run("report", "examples/bottling-line", "--out", out.toString());
        assertEquals(0, one.exitCode(), one.toString());
        assertFalse(Files.exists(out.resolve("systems/WaterNetwork.html")), "the earlier report's pages are removed");
        assertFalse(Files.exists(out.resolve("report.css")));
        assertEquals("my notes", Files.readString(out.resolve("systems/notes.md")), "a file of the user's is kept");
    }

    @Test
    void aFailedReportLeavesThePreviousOneIntact() throws Exception {
        Path out = folder.resolve("report");
        assertEquals(0, CliProcess.run("report", "examples/bottling-line", "--out", out.toString()).exitCode());
        String before = Files.readString(out.resolve("index.html"));
        Files.writeString(folder.resolve("broken.twin"), "system S { asset }\n");
        Result failed = CliProcess.runIn(folder, "report", "broken.twin", "--out", out.toString());
        assertEquals(1, failed.exitCode(), failed.toString());
        assertEquals(before, Files.readString(out.resolve("index.html")));
    }

    @Test
    void aReportFolderHoldingOtherFilesIsRefusedAndLeftUntouched() throws Exception {
        Path docs = Files.createDirectories(folder.resolve("docs/images"));
        Files.writeString(folder.resolve("docs/notes.md"), "my notes");
        Files.writeString(docs.resolve("plan.png"), "png");
        Result result = CliProcess.run("report", "examples/bottling-line", "--out", folder.resolve("docs").toString());
        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.err().contains("already holds files that Twinscope did not write (images, notes.md)"),
                result.toString());
        assertTrue(result.err().contains("--force"), result.toString());
        assertEquals("my notes", Files.readString(folder.resolve("docs/notes.md")));
        assertEquals("png", Files.readString(docs.resolve("plan.png")));
        try (var children = Files.list(folder.resolve("docs"))) {
            assertEquals(2, children.count(), "nothing added");
        }

        Result forced = CliProcess.run("report", "examples/bottling-line", "--out", folder.resolve("docs").toString(),
                "--force");
        assertEquals(0, forced.exitCode(), forced.toString());
        assertEquals("my notes", Files.readString(folder.resolve("docs/notes.md")));
        assertTrue(Files.exists(folder.resolve("docs/index.html")));
        Result again = CliProcess.run("report", "examples/bottling-line", "--out", folder.resolve("docs").toString());
        assertEquals(0, again.exitCode(), "a folder with an earlier report is written again: " + again);
    }

    @Test
    void aFileGivenAsTheReportFolderIsRefusedAndKept() throws Exception {
        Path notes = Files.writeString(folder.resolve("notes.txt"), "my notes");
        Result result = CliProcess.run("report", "examples/bottling-line", "--out", notes.toString(), "--force");
        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.err().contains("is a file, not a folder"), result.toString());
        assertEquals("my notes", Files.readString(notes));
    }

    @Test
    void theModelFolderItselfIsNotTakenOverByAReport() throws Exception {
        Files.writeString(folder.resolve("line.twin"), "system S {\n\tasset A kind machine\n}\n");
        Result result = CliProcess.runIn(folder, "report", ".", "--out", ".");
        assertEquals(2, result.exitCode(), result.toString());
        assertFalse(result.err().contains("internal error"), result.toString());
        assertTrue(Files.exists(folder.resolve("line.twin")));
        assertFalse(Files.exists(folder.resolve("index.html")));
    }

    @Test
    void anUnknownPracticeOrBoundaryForTheDiagramIsABadArgument() throws Exception {
        Path out = folder.resolve("d.svg");
        Result practice = CliProcess.run("diagram", "examples/bottling-line", "--practice", "NoSuchPractice", "--out",
                out.toString());
        assertEquals(2, practice.exitCode(), practice.toString());
        assertTrue(practice.err().contains("unknown practice NoSuchPractice"), practice.toString());
        Result boundary = CliProcess.run("diagram", "examples/bottling-line", "--boundary", "NoSuchBoundary", "--out",
                out.toString());
        assertEquals(2, boundary.exitCode(), boundary.toString());
        assertFalse(Files.exists(out));
    }

    @Test
    void theFormerIdOfASubDomainStillSelectsItsDiagramWithANote() throws Exception {
        Path out = folder.resolve("threats.svg");
        Result result = CliProcess.run("diagram", "examples/water-utility", "--subdomain",
                "ThreatModelingAndRiskAttitude", "--out", out.toString());
        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.err().contains("'ThreatModelingAndRiskAttitude' is the former id of sub-domain Threat "
                + "Modeling; use --subdomain ThreatModelingSubdomain"), result.toString());
        assertTrue(Files.readString(out).contains("sub-domain Threat Modeling"), "the diagram's title");
    }

    @Test
    void theRegressionGateComparesTheLatestAssessmentByDateWithTheOneBefore() throws Exception {
        Files.writeString(folder.resolve("line.twin"), """
                system Line {
                	organization Brewer
                	boundary Plant owner Brewer { asset Filler kind machine twin LineTwin represents Filler }
                	sync Feed: Filler -> LineTwin telemetry every 100 ms
                }
                """);
        Files.writeString(folder.resolve("targets.smm"), "profile T for Line { target Monitoring consistent }\n");
        // the later audit's file sorts first: dates decide which is latest
        Files.writeString(folder.resolve("a-2026.smm"),
                "assessment Later of Line against T date 2026-06-01 { rate Monitoring minimum scope general }\n");
        Files.writeString(folder.resolve("b-2025.smm"),
                "assessment Earlier of Line against T date 2025-06-01 { rate Monitoring ad-hoc scope general }\n");
        Result gated = CliProcess.runIn(folder, "analyze", ".", "--fail-on-regression", "-q");
        assertEquals(1, gated.exitCode(), gated.toString());
        assertTrue(gated.err().contains("Line regressed from Earlier to Later: Monitoring Practices Ad hoc -> Minimum"),
                gated.toString());
        assertTrue(gated.out().contains("Trend from Earlier to Later: 0 improved, 1 regressed"), gated.out());
        assertEquals(0, CliProcess.runIn(folder, "analyze", ".", "-q").exitCode(), "no gate, no failure");
    }

    @Test
    void aDeclarationThatChangesNothingIsReportedWhereItIsWritten() throws Exception {
        Files.writeString(folder.resolve("line.twin"), """
                system Line {
                	organization Brewer
                	boundary Plant owner Brewer { asset Filler kind machine twin LineTwin represents Filler }
                	sync Feed: Filler -> LineTwin telemetry every 100 ms
                }
                """);
        Files.writeString(folder.resolve("targets.smm"), """
                profile T for Line {
                	target Monitoring consistent
                	not-applicable PhysicalProtection on LineTwin because "no hardware of its own"
                }
                """);
        Result result = CliProcess.runIn(folder, "analyze", ".", "-q");
        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.err().contains("targets.smm:3:2: warning: Physical Protection does not apply at LineTwin"),
                result.toString());
        assertTrue(result.err().contains("[twinscope.unmatched-declaration]"), result.toString());
    }

    @Test
    void anAcceptedGapIsSuppressedInSarifAndIgnoredByTheGateUntilItsDay() throws Exception {
        Result sarif = CliProcess.run("analyze", "examples/bottling-line", "--format", "sarif", "--as-of",
                "2026-11-30", "-q");
        assertEquals(0, sarif.exitCode(), sarif.toString());
        assertTrue(sarif.out().contains("\"suppressions\""), "the accepted Patch Management gap");
        assertTrue(sarif.out().contains("Accepted by Brewer plant manager until 2027-09-30"), sarif.out());
        Result before = CliProcess.run("analyze", "examples/bottling-line", "--fail-on-unassessed", "--as-of",
                "2026-11-30", "-q");
        Result after = CliProcess.run("analyze", "examples/bottling-line", "--fail-on-unassessed", "--as-of",
                "2027-10-01", "-q");
        assertEquals(1, before.exitCode(), "other practices are not assessed either");
        assertEquals(unassessed(before) + 1, unassessed(after), "the expired acceptance counts again: " + after);
        assertTrue(after.err().contains("The acceptance of Patch Management by Brewer plant manager expired on "
                + "2027-09-30"), after.toString());
    }

    /** The number the --fail-on-unassessed gate reports. */
    private static int unassessed(Result result) {
        var matcher = java.util.regex.Pattern.compile("(\\d+) targeted practice\\(s\\) not assessed")
                .matcher(result.err());
        assertTrue(matcher.find(), result.toString());
        return Integer.parseInt(matcher.group(1));
    }
}
