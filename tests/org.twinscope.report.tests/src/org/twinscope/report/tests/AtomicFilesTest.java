/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinscope.report.AtomicFiles;

/** Output is replaced as a whole or not at all. */
class AtomicFilesTest {

    @TempDir
    Path folder;

    @Test
    void aFolderWrittenHalfwayLeavesTheOldOneAndNoLeftovers() throws IOException {
        Path report = folder.resolve("report");
        AtomicFiles.writeFolder(report, Map.of("index.html", "old"));
        Map<String, String> files = new LinkedHashMap<>();
        files.put("index.html", "new");
        files.put("../outside.html", "must not be written");
        assertThrows(IOException.class, () -> AtomicFiles.writeFolder(report, files));
        assertEquals("old", Files.readString(report.resolve("index.html")));
        try (var children = Files.list(folder)) {
            assertEquals(List.of("report"), children.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aFileIsReplacedWhole() throws IOException {
        Path file = folder.resolve("out/analysis.json");
        AtomicFiles.write(file, "first");
        AtomicFiles.write(file, "second");
        assertEquals("second", Files.readString(file));
        try (var children = Files.list(file.getParent())) {
            assertEquals(1, children.count(), "no temporary files left behind");
        }
    }
}
