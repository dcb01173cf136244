/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinscope.report.AtomicFiles;

/** A file is replaced as a whole or not at all. */
class AtomicFilesTest {

    @TempDir
    Path folder;

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
