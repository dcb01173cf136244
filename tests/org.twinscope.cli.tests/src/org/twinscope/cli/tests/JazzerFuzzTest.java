/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.cli.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.twinscope.testing.CliProcess;

/**
 * Coverage-guided fuzzing with Jazzer (libFuzzer for the JVM, from Maven Central) of text to model to analysis to
 * every report, for {@code twinscope.fuzz.seconds}. Jazzer instruments classes with its own Java agent and native
 * driver, which the OSGi test runtime does not host, so it runs in a process of its own on the headless distribution
 * and the compiled fuzz target ({@link PipelineFuzzTarget}). Seeds are the bottling line's files; an input that
 * throws, or runs longer than 30 s, fails the test and is saved under {@code target/fuzz-failures/jazzer-*}.
 */
class JazzerFuzzTest {

    @Test
    void coverageGuidedFuzzingFindsNoCrashOrHang() throws Exception {
        long seconds = Long.getLong("twinscope.fuzz.seconds", 60);
        Path jazzer = Path.of(System.getProperty("twinscope.jazzer", "target/jazzer"));
        Path work = Files.createDirectories(Path.of(System.getProperty("twinscope.fuzz.work", "target/jazzer-work")));
        Path failures = Files.createDirectories(Path.of(System.getProperty("twinscope.fuzz.failures",
                "target/fuzz-failures")));
        Path corpus = seedCorpus(work.resolve("corpus"));
        Path plugins = CliProcess.root().resolve("releng/org.twinscope.headless/target/repository/plugins");
        String classpath = String.join(File.pathSeparator, jazzer + File.separator + "*",
                Path.of("target/classes").toAbsolutePath().toString(), plugins + File.separator + "*");
        Path log = work.resolve("jazzer.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx1g", "-cp", classpath, "com.code_intelligence.jazzer.Jazzer",
                "--target_class=" + PipelineFuzzTarget.class.getName(),
                "--instrumentation_includes=org.twinscope.**", "-max_total_time=" + seconds, "-timeout=30",
                "-rss_limit_mb=4096", "-artifact_prefix=" + failures.toAbsolutePath() + File.separator + "jazzer-",
                corpus.toString())
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put(PipelineFuzzTarget.PROJECT_VARIABLE, example().toString());
        Process process = builder.start();
        if (!process.waitFor(seconds + 300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Jazzer did not stop after " + seconds + " s of fuzzing; log: " + log);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Matcher done = Pattern.compile("Done (\\d+) runs in (\\d+) second").matcher(output);
        boolean fuzzed = done.find();
        System.out.println("JazzerFuzzTest: " + (fuzzed ? done.group(1) + " inputs in " + done.group(2) + " s"
                : "no summary") + ", exit " + process.exitValue() + "; log " + log.toAbsolutePath());
        assertTrue(process.exitValue() == 0, "Jazzer found a failing input (saved as " + failures.toAbsolutePath()
                + File.separator + "jazzer-*):\n" + tail(output, 60));
        assertTrue(fuzzed, "Jazzer reported no runs:\n" + tail(output, 60));
    }

    private static Path example() {
        return CliProcess.root().resolve("examples/bottling-line");
    }

    /** One seed per example file: the byte that picks the file, then its content. */
    private static Path seedCorpus(Path corpus) throws IOException {
        Files.createDirectories(corpus);
        List<Path> files = PipelineFuzzTarget.projectFiles(example());
        for (int i = 0; i < files.size(); i++) {
            byte[] content = Files.readAllBytes(files.get(i));
            byte[] seed = new byte[content.length + 1];
            seed[0] = (byte) i;
            System.arraycopy(content, 0, seed, 1, content.length);
            Files.write(corpus.resolve("seed-" + files.get(i).getFileName()), seed);
        }
        return corpus;
    }

    private static String tail(String text, int lines) {
        List<String> all = text.lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }
}
