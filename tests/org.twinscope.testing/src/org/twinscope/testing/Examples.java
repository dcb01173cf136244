/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.twinscope.dsl.load.ModelLoader;

/**
 * The repository's examples, the real files the tests read. The build passes their folder as
 * {@code -Dtwinscope.examples}; a test run from the IDE finds it relative to the test bundle.
 */
public final class Examples {

    private Examples() {
    }

    /** examples/ of the repository. */
    public static Path folder() {
        String configured = System.getProperty("twinscope.examples");
        Path folder = configured != null ? Path.of(configured) : Path.of("../../examples");
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("examples folder not found at " + folder.toAbsolutePath()
                    + "; set -Dtwinscope.examples");
        }
        return folder.toAbsolutePath().normalize();
    }

    /** The folder of one example, e.g. "bottling-line". */
    public static Path folder(String example) {
        Path folder = folder().resolve(example);
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("no example " + example + "; examples: " + names());
        }
        return folder;
    }

    /** The examples' folder names, sorted. */
    public static List<String> names() {
        return projects().stream().map(p -> p.getFileName().toString()).toList();
    }

    /** The examples' folders, sorted. */
    public static List<Path> projects() {
        try (Stream<Path> children = Files.list(folder())) {
            return children.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every .twin and .smm file of every example, sorted. */
    public static List<Path> files() {
        try (Stream<Path> files = Files.walk(folder())) {
            return files.filter(Files::isRegularFile).filter(ModelLoader::isTwinscopeFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file's text (UTF-8). */
    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A copy of an example's .twin and .smm files in a new folder below the given one, to change in a test without
     * touching the example.
     */
    public static Path copy(String example, Path below) {
        Path target = below.resolve(example + "-copy-" + System.nanoTime());
        try {
            Files.createDirectories(target);
            try (var files = Files.list(folder(example))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".twin") || f.toString().endsWith(".smm"))
                        .toList()) {
                    Files.copy(file, target.resolve(file.getFileName()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
