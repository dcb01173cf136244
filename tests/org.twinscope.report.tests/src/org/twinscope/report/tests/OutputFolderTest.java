/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinscope.report.OutputFolder;

/** A report folder never costs a user a file: Twinscope replaces only what it wrote, all of it or nothing. */
class OutputFolderTest {

    @TempDir
    Path root;

    @Test
    void aNewFolderGetsTheFilesAndAManifestOfThem() throws IOException {
        Path out = root.resolve("nested/report");
        new OutputFolder(out, false).write(Map.of("index.html", "page", "data/analysis.json", "{}"));
        assertEquals("page", Files.readString(out.resolve("index.html")));
        assertEquals("{}", Files.readString(out.resolve("data/analysis.json")));
        String manifest = Files.readString(out.resolve(OutputFolder.MANIFEST));
        assertTrue(manifest.contains("index.html\n") && manifest.contains("data/analysis.json\n"), manifest);
        assertEquals(java.util.Set.of("nested", "nested/report"), contents(root).keySet().stream()
                .filter(name -> !name.startsWith("nested/report/")).collect(java.util.stream.Collectors.toSet()),
                "no staging folder left behind");
    }

    @Test
    void aFolderHoldingOtherFilesIsRefusedAndLeftUntouched() throws IOException {
        Path docs = root.resolve("docs");
        Files.createDirectories(docs.resolve("images"));
        Files.writeString(docs.resolve("notes.md"), "my notes");
        Files.writeString(docs.resolve("images/plan.png"), "png");
        Files.writeString(docs.resolve("index.html"), "my own page");
        Map<String, String> before = contents(docs);
        OutputFolder.Refused refused = assertThrows(OutputFolder.Refused.class,
                () -> new OutputFolder(docs, false).write(Map.of("index.html", "report")));
        assertTrue(refused.getMessage().contains("images, index.html, notes.md"), refused.getMessage());
        assertTrue(refused.forcible());
        assertEquals(before, contents(docs));
    }

    @Test
    void forcedIntoAFolderOfOthersTheirFilesAreKept() throws IOException {
        Path docs = root.resolve("docs");
        Files.createDirectories(docs);
        Files.writeString(docs.resolve("notes.md"), "my notes");
        new OutputFolder(docs, true).write(Map.of("index.html", "report"));
        assertEquals("my notes", Files.readString(docs.resolve("notes.md")));
        assertEquals("report", Files.readString(docs.resolve("index.html")));
    }

    @Test
    void aFileWhereTheFolderShouldBeIsRefusedEvenWhenForced() throws IOException {
        Path notes = Files.writeString(root.resolve("notes.txt"), "my notes");
        for (boolean force : new boolean[] { false, true }) {
            OutputFolder.Refused refused = assertThrows(OutputFolder.Refused.class,
                    () -> new OutputFolder(notes, force).write(Map.of("index.html", "report")));
            assertTrue(refused.getMessage().contains("is a file, not a folder"), refused.getMessage());
            assertFalse(refused.forcible());
        }
        assertEquals("my notes", Files.readString(notes));
    }

    @Test
    void anEmptyFolderIsWrittenInto() throws IOException {
        Path out = Files.createDirectories(root.resolve("empty"));
        new OutputFolder(out, false).write(Map.of("index.html", "report"));
        assertEquals("report", Files.readString(out.resolve("index.html")));
    }

    @Test
    void aLaterRunReplacesItsOwnFilesDropsThoseItNoLongerWritesAndKeepsTheUsers() throws IOException {
        Path out = root.resolve("report");
        new OutputFolder(out, false).write(Map.of("index.html", "first", "old.svg", "svg"));
        Files.writeString(out.resolve("README.md"), "added by the user");
        new OutputFolder(out, false).write(Map.of("index.html", "second"));
        assertEquals("second", Files.readString(out.resolve("index.html")));
        assertFalse(Files.exists(out.resolve("old.svg")), "a file of the previous run that is no longer written");
        assertEquals("added by the user", Files.readString(out.resolve("README.md")));
        assertEquals(java.util.Set.of("index.html", "README.md", OutputFolder.MANIFEST), contents(out).keySet());
    }

    @Test
    void aFailureWhileWritingLeavesThePreviousRunAsItWasAndNoLeftovers() throws IOException {
        Path out = root.resolve("report");
        new OutputFolder(out, false).write(Map.of("index.html", "old", "analysis.json", "old"));
        Map<String, String> before = contents(out);
        Map<String, String> failing = new LinkedHashMap<>();
        failing.put("index.html", "new");
        failing.put("analysis.json", "new");
        failing.put("analysis.json/impossible", "a file cannot also be a folder");
        assertThrows(IOException.class, () -> new OutputFolder(out, false).write(failing));
        assertEquals(before, contents(out));
    }

    @Test
    void namesOutsideTheFolderAreRefusedBeforeAnythingIsWritten() {
        Path out = root.resolve("report");
        Map<String, String> files = new LinkedHashMap<>();
        files.put("index.html", "new");
        files.put("../outside.html", "must not be written");
        assertThrows(IOException.class, () -> new OutputFolder(out, false).write(files));
        assertFalse(Files.exists(out));
        assertFalse(Files.exists(root.resolve("outside.html")));
    }

    /** Relative path -> content (or "(folder)"), for everything below the folder. */
    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.filter(p -> !p.equals(folder)).toList()) {
                String name = folder.relativize(path).toString().replace('\\', '/');
                contents.put(name, Files.isDirectory(path) ? "(folder)" : Files.readString(path));
            }
        }
        return contents;
    }
}
