/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.twinscope.dsl.load.AnalyzedModel;
import org.twinscope.dsl.load.Problem;
import org.twinscope.dsl.load.TwinscopePipeline;

/**
 * Models for tests, read the way every front end reads them: through {@link TwinscopePipeline}, from the examples
 * or from text written to a temporary folder.
 */
public final class TestModels {

    private static TwinscopePipeline pipeline;

    private TestModels() {
    }

    /** One pipeline per test JVM: creating the language's injector is the slow part. */
    public static synchronized TwinscopePipeline pipeline() {
        if (pipeline == null) {
            pipeline = TwinscopePipeline.standalone();
        }
        return pipeline;
    }

    /** An example, e.g. "bottling-line", read and ready for analysis. */
    public static AnalyzedModel example(String example) {
        return read(Examples.folder(example));
    }

    /** Files and folders read together. */
    public static AnalyzedModel read(Path... filesAndFolders) {
        return pipeline().read(List.of(filesAndFolders));
    }

    /**
     * Files given by name and text (e.g. "system.twin" -> "system S { ... }"), written to a new temporary folder and
     * read from there.
     */
    public static AnalyzedModel of(Map<String, String> files) {
        try {
            Path folder = Files.createTempDirectory("twinscope-test");
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = folder.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue());
            }
            return read(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Like {@link #of(Map)}, and fails the test when any file has an error (a fixture must be valid). */
    public static AnalyzedModel valid(Map<String, String> files) {
        AnalyzedModel model = of(files);
        assertFalse(model.hasErrors(), () -> "the fixture has errors:\n" + String.join("\n",
                model.problems().stream().filter(p -> p.severity() == Problem.Severity.ERROR).map(Problem::format)
                        .toList()));
        return model;
    }
}
