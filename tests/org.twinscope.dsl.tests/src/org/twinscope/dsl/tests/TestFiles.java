/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.twinscope.dsl.library.BuiltInLibrary;
import org.twinscope.dsl.load.ModelLoader;

/** The real files the tests read: the examples of the repository and the built-in library. */
final class TestFiles {

    private TestFiles() {
    }

    /** examples/ of the repository; the build passes its location, a run from the IDE finds it relatively. */
    static Path examplesFolder() {
        String configured = System.getProperty("twinscope.examples");
        Path folder = configured != null ? Path.of(configured) : Path.of("../../examples");
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("examples folder not found at " + folder.toAbsolutePath()
                    + "; set -Dtwinscope.examples");
        }
        return folder.toAbsolutePath().normalize();
    }

    static List<Path> exampleProjects() {
        try (Stream<Path> children = Files.list(examplesFolder())) {
            return children.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> exampleFiles() {
        try (Stream<Path> files = Files.walk(examplesFolder())) {
            return files.filter(Files::isRegularFile).filter(ModelLoader::isTwinscopeFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String libraryText(String fileName) {
        try (InputStream in = BuiltInLibrary.class.getResourceAsStream("/library/" + fileName)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
