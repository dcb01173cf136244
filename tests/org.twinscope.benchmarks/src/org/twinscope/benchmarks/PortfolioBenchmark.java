/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.benchmarks;

import static org.twinscope.benchmarks.Timings.median;
import static org.twinscope.benchmarks.Timings.min;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Prints how long {@code twinscope check} takes, as a whole process (cold, as CI runs it), on portfolios of N systems
 * of 65 elements with one profile and one assessment each, written once as one .twin and one .smm file per system and
 * once as the same content in 2 files, and the ratio of the two. Goal: 2,000 files (1,000 systems) within 1.5 times
 * the 2 files, that is reading cost linear in the total size whatever the number of files. The two layouts run in
 * turns, so that this machine's changes of speed hit both.
 * <p>
 * Arguments: the twinscope launcher (default ./twinscope), then the numbers of systems (default 100 200 400 1000).
 */
public final class PortfolioBenchmark {

    private static final int ROUNDS = 3;
    private static final double GOAL_RATIO = 1.5;

    private PortfolioBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String launcher = args.length > 0 ? args[0] : "./twinscope";
        int[] sizes = args.length > 1
                ? Arrays.stream(args).skip(1).mapToInt(Integer::parseInt).toArray()
                : new int[] { 100, 200, 400, 1_000 };
        check(launcher, null); // the first start writes the launcher's class-data archive: not part of any figure
        System.out.printf("%-8s %-9s %16s %16s %8s %6s%n", "systems", "elements", "2 files (s)", "N files (s)",
                "ratio", "goal");
        for (int systems : sizes) {
            Path twoFiles = Files.createTempDirectory("twinscope-portfolio-2-");
            Path filePerSystem = Files.createTempDirectory("twinscope-portfolio-n-");
            Portfolio.writeTwoFiles(twoFiles, systems);
            Portfolio.writeFilePerSystem(filePerSystem, systems);
            List<Double> two = new ArrayList<>();
            List<Double> many = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                two.add(check(launcher, twoFiles));
                many.add(check(launcher, filePerSystem));
            }
            double ratio = median(many) / median(two);
            System.out.printf("%-8d %-9d %8.2f (%5.2f) %8.2f (%5.2f) %8.2f %6.1f   %d files%n", systems,
                    systems * Portfolio.ELEMENTS_PER_SYSTEM, median(two), min(two), median(many), min(many), ratio,
                    GOAL_RATIO, 2 * systems);
            delete(twoFiles);
            delete(filePerSystem);
        }
        System.out.println("twinscope check as a new process each run (cold, whole process); median of " + ROUNDS
                + " runs taken in turns (best in parentheses); ratio = N files / 2 files (medians), goal <= "
                + GOAL_RATIO);
    }

    /** Wall seconds of one {@code twinscope check} of the folder (--version when null); fails on errors. */
    private static double check(String launcher, Path folder) throws Exception {
        List<String> command = folder == null ? List.of(launcher, "--version")
                : List.of(launcher, "check", folder.toString());
        Path output = Files.createTempFile("twinscope-check", ".txt");
        try {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(30, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("twinscope check did not end in 30 minutes: " + folder);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            // exit 1 means errors in the model: the synthetic portfolio has none, so the figure would be wrong
            if (process.exitValue() != 0) {
                throw new IllegalStateException("twinscope check failed on the synthetic portfolio "
                        + folder + ":\n" + Files.readString(output).lines().limit(20).reduce("", (a, b) -> a + b
                                + "\n"));
            }
            return seconds;
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static void delete(Path folder) throws IOException {
        try (var walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
