/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.cli.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinscope.dsl.TwinscopeStandaloneSetup;
import org.twinscope.dsl.load.ModelLoader;
import org.twinscope.testing.CliProcess;
import org.twinscope.testing.Examples;

import com.google.inject.Injector;

/**
 * A mutation-based fuzzer over the whole pipeline ({@link FuzzPipeline}), text to model to analysis to every report
 * and diagram: mutated and random variants of the example files must never throw or hang, only produce problems.
 * It runs for
 * {@code twinscope.fuzz.seconds} (60 in the build); a failing input is saved under {@code target/fuzz-failures}.
 * A longer campaign: {@code ./mvnw -o verify -pl tests/org.twinscope.cli.tests -Dtest=FuzzTest
 * -Dtwinscope.fuzz.seconds=3600}. The seed is printed, so a failure can be replayed with -Dtwinscope.fuzz.seed.
 * It knows the language's tokens; {@link JazzerFuzzTest} adds coverage-guided fuzzing of the same pipeline.
 */
class FuzzTest {

    private static final String[] TOKENS = { "system", "boundary", "asset", "twin", "sync", "->", "{", "}", "(",
        ")", "\"", "/*", "//", ",", ".", ":", "every", "0", "99999999999999999999", "ms", "commands",
        "bidirectional", "profile", "extends", "target", "rate", "on", "not-applicable", "because", "rule", "for",
        "when", "not", "and", "or", "then", "consistent", "7", "ad-hoc", "package", "assessment", "against", "date",
        "2026-02-30", "mapping", "map", "represents", "aggregates", "actor", "operates", "\u0000", "\uFFFF",
        "\uD83D\uDE00", "\n" };

    @TempDir
    Path folder;

    @Test
    void pipelineNeverThrowsOrHangs() throws Exception {
        long seconds = Long.getLong("twinscope.fuzz.seconds", 60);
        long seed = Long.getLong("twinscope.fuzz.seed", System.nanoTime());
        System.out.println("FuzzTest: seed " + seed + ", " + seconds + " s");
        Random random = new Random(seed);
        List<List<Path>> projects = seedProjects();
        Injector injector = TwinscopeStandaloneSetup.doSetup();
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "fuzz");
            thread.setDaemon(true);
            return thread;
        });
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        int iterations = 0;
        try {
            while (System.nanoTime() < end) {
                List<Path> project = projects.get(random.nextInt(projects.size()));
                Path case_ = folder.resolve("case");
                Files.createDirectories(case_);
                try (Stream<Path> old = Files.list(case_)) {
                    for (Path p : old.toList()) {
                        Files.delete(p);
                    }
                }
                int victim = random.nextInt(project.size());
                for (int i = 0; i < project.size(); i++) {
                    byte[] content = Files.readAllBytes(project.get(i));
                    if (i == victim) {
                        content = mutate(content, random);
                    }
                    Files.write(case_.resolve(project.get(i).getFileName()), content);
                }
                Future<?> run = executor.submit(() -> FuzzPipeline.run(injector, case_));
                try {
                    run.get(30, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    save(case_, "hang");
                    fail("the pipeline hung (> 30 s) on an input saved to " + failures());
                } catch (ExecutionException e) {
                    save(case_, "crash");
                    throw new AssertionError("the pipeline threw on an input saved to " + failures(), e.getCause());
                }
                iterations++;
            }
        } finally {
            executor.shutdownNow();
        }
        System.out.println("FuzzTest: " + iterations + " inputs without failure");
        assertTrue(iterations > 0);
    }

    private static byte[] mutate(byte[] input, Random random) {
        String text = new String(input, StandardCharsets.UTF_8);
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations; m++) {
            int at = text.isEmpty() ? 0 : random.nextInt(text.length());
            text = switch (random.nextInt(7)) {
                case 0 -> text.substring(0, at) + TOKENS[random.nextInt(TOKENS.length)] + " " + text.substring(at);
                case 1 -> text.substring(0, at) + text.substring(Math.min(text.length(), at + random.nextInt(40)));
                case 2 -> {
                    int from = text.isEmpty() ? 0 : random.nextInt(text.length());
                    int to = Math.min(text.length(), from + random.nextInt(200));
                    yield text.substring(0, at) + text.substring(from, to) + text.substring(at);
                }
                case 3 -> text.substring(0, at);
                case 4 -> text.substring(0, at) + "{".repeat(random.nextInt(300)) + text.substring(at);
                case 5 -> text.substring(0, at) + "not ".repeat(random.nextInt(50)) + text.substring(at);
                default -> text;
            };
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(5) == 0 && bytes.length > 0) {
            for (int i = 0; i < 1 + random.nextInt(8); i++) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
        }
        return bytes;
    }

    private static List<List<Path>> seedProjects() throws IOException {
        List<List<Path>> projects = new ArrayList<>();
        for (String example : Examples.names()) {
            try (Stream<Path> files = Files.list(CliProcess.root().resolve("examples").resolve(example))) {
                projects.add(files.filter(ModelLoader::isTwinscopeFile).sorted().toList());
            }
        }
        return projects;
    }

    private static Path failures() {
        return Path.of(System.getProperty("twinscope.fuzz.failures", "target/fuzz-failures"));
    }

    private static void save(Path project, String kind) throws IOException {
        Path target = failures().resolve(kind + "-" + System.currentTimeMillis());
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(project)) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
    }
}
