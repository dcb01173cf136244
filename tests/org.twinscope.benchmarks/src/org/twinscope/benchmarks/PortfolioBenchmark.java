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
 * Arguments: the twinscope launcher (default ./twinscope), then the numbers of systems (default 100 200 400 1000);
 * {@code -Drounds=n} for another number of runs. Needs /usr/bin/time (Debian package {@code time}) for CPU times.
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
        int rounds = Integer.getInteger("rounds", ROUNDS);
        check(launcher, null); // the first start writes the launcher's class-data archive: not part of any figure
        System.out.printf("%-8s %-7s %-9s %15s %15s %7s %15s %15s %7s %5s%n", "systems", "files", "elements",
                "2 files wall", "N files wall", "ratio", "2 files CPU", "N files CPU", "ratio", "goal");
        for (int systems : sizes) {
            Path twoFiles = Files.createTempDirectory("twinscope-portfolio-2-");
            Path filePerSystem = Files.createTempDirectory("twinscope-portfolio-n-");
            Portfolio.writeTwoFiles(twoFiles, systems);
            Portfolio.writeFilePerSystem(filePerSystem, systems);
            List<Double> twoWall = new ArrayList<>();
            List<Double> manyWall = new ArrayList<>();
            List<Double> twoCpu = new ArrayList<>();
            List<Double> manyCpu = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                double[] two = check(launcher, twoFiles);
                double[] many = check(launcher, filePerSystem);
                twoWall.add(two[0]);
                twoCpu.add(two[1]);
                manyWall.add(many[0]);
                manyCpu.add(many[1]);
            }
            System.out.printf("%-8d %-7d %-9d %15s %15s %7.2f %15s %15s %7.2f %5.1f%n", systems, 2 * systems,
                    systems * Portfolio.ELEMENTS_PER_SYSTEM, figure(twoWall), figure(manyWall),
                    median(manyWall) / median(twoWall), figure(twoCpu), figure(manyCpu),
                    median(manyCpu) / median(twoCpu), GOAL_RATIO);
            delete(twoFiles);
            delete(filePerSystem);
        }
        System.out.println("twinscope check as a new process each run (cold, whole process), seconds: wall time and "
                + "CPU time (user + system, all threads); median of " + rounds + " runs taken in turns (best in "
                + "parentheses); ratio = N files / 2 files (medians), goal <= " + GOAL_RATIO + ". On a machine "
                + "shared with other work, CPU time is the steadier figure.");
    }

    private static String figure(List<Double> seconds) {
        return String.format("%6.2f (%6.2f)", median(seconds), min(seconds));
    }

    /**
     * Wall and CPU seconds (user + system) of one {@code twinscope check} of the folder (--version when null), as
     * /usr/bin/time measures them; fails on errors in the model.
     */
    private static double[] check(String launcher, Path folder) throws Exception {
        Path output = Files.createTempFile("twinscope-check", ".txt");
        Path times = Files.createTempFile("twinscope-time", ".txt");
        List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %U %S", "-o", times.toString(),
                launcher));
        command.addAll(folder == null ? List.of("--version") : List.of("check", folder.toString()));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(60, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("twinscope check did not end in 60 minutes: " + folder);
            }
            // exit 1 means errors in the model: the synthetic portfolio has none, so the figure would be wrong
            if (process.exitValue() != 0) {
                throw new IllegalStateException("twinscope check failed on the synthetic portfolio "
                        + folder + ":\n" + Files.readString(output).lines().limit(20).reduce("", (a, b) -> a + b
                                + "\n"));
            }
            String[] fields = Files.readString(times).trim().split("\\s+");
            return new double[] { Double.parseDouble(fields[0]),
                    Double.parseDouble(fields[1]) + Double.parseDouble(fields[2]) };
        } finally {
            Files.deleteIfExists(output);
            Files.deleteIfExists(times);
        }
    }

    private static void delete(Path folder) throws IOException {
        try (var walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
