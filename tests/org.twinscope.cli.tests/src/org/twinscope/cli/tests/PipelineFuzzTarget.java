/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.cli.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.twinscope.dsl.TwinscopeStandaloneSetup;
import org.twinscope.dsl.load.ModelLoader;

import com.google.inject.Injector;

/**
 * Jazzer's fuzz target (run by {@link JazzerFuzzTest} in a process of its own, outside OSGi): a copy of one example
 * project in which the input's first byte picks a file and the rest replaces its content. Every uncaught exception is
 * a finding; Jazzer reports it with the input.
 */
public final class PipelineFuzzTarget {

    /** The environment variable that names the example project folder. */
    static final String PROJECT_VARIABLE = "TWINSCOPE_FUZZ_PROJECT";

    private static Injector injector;
    private static Path project;
    private static List<Path> files;
    private static List<byte[]> originals;

    private PipelineFuzzTarget() {
    }

    /** Called once by Jazzer before the first input. */
    public static void fuzzerInitialize() throws IOException {
        injector = TwinscopeStandaloneSetup.doSetup();
        project = Files.createTempDirectory("twinscope-jazzer");
        files = new ArrayList<>();
        originals = new ArrayList<>();
        for (Path file : projectFiles(Path.of(System.getenv(PROJECT_VARIABLE)))) {
            Path copy = project.resolve(file.getFileName());
            Files.copy(file, copy);
            files.add(copy);
            originals.add(Files.readAllBytes(file));
        }
    }

    /** Called by Jazzer for every input. */
    public static void fuzzerTestOneInput(byte[] input) throws IOException {
        if (input.length == 0) {
            return;
        }
        int victim = (input[0] & 0xff) % files.size();
        Files.write(files.get(victim), java.util.Arrays.copyOfRange(input, 1, input.length));
        try {
            FuzzPipeline.run(injector, project);
        } finally {
            Files.write(files.get(victim), originals.get(victim));
        }
    }

    /** The Twinscope files of a project folder, in a fixed order (the first input byte indexes them). */
    static List<Path> projectFiles(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(ModelLoader::isTwinscopeFile).sorted().toList();
        }
    }
}
