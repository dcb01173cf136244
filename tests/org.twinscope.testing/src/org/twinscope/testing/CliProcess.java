/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the twinscope command line as its own process, as a user or CI would, from the headless distribution the
 * build made (the repository root comes as {@code -Dtwinscope.root}); by default in the repository root.
 */
public final class CliProcess {

    /** What a run printed and returned. */
    public record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    private CliProcess() {
    }

    public static Path root() {
        return Path.of(System.getProperty("twinscope.root", "../..")).toAbsolutePath().normalize();
    }

    public static Result run(String... args) throws IOException, InterruptedException {
        return runIn(root(), args);
    }

    public static Result runIn(Path workingFolder, String... args) throws IOException, InterruptedException {
        Path plugins = root().resolve("releng/org.twinscope.headless/target/repository/plugins");
        if (!Files.isDirectory(plugins)) {
            throw new IllegalStateException("headless distribution not built at " + plugins
                    + "; build releng/org.twinscope.headless first");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", plugins + File.separator + "*", "org.twinscope.cli.Main"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("twinscope-out", ".txt");
        Path err = Files.createTempFile("twinscope-err", ".txt");
        try {
            Process process = new ProcessBuilder(command).directory(workingFolder.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("twinscope " + String.join(" ", args) + " did not finish in 120 s");
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
