/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.diagram.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.twinscope.analysis.SystemAnalysis;
import org.twinscope.dsl.load.TwinscopePipeline;

/** The analyses of the repository's examples, read the way the command line reads them. */
final class ExampleAnalyses {

    private static TwinscopePipeline pipeline;

    private ExampleAnalyses() {
    }

    static List<String> names() {
        try (Stream<Path> children = Files.list(folder())) {
            return children.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SystemAnalysis analyze(String example) {
        if (pipeline == null) {
            pipeline = TwinscopePipeline.standalone();
        }
        return pipeline.read(List.of(folder().resolve(example))).result().systems().get(0);
    }

    static Path folder() {
        return Path.of(System.getProperty("twinscope.examples", "../../examples")).toAbsolutePath().normalize();
    }
}
