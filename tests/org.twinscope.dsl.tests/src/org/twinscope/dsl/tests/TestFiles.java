/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.twinscope.dsl.library.BuiltInLibrary;
import org.twinscope.testing.Examples;

/** The built-in library's text, as the tests that check it read it (the examples come from {@link Examples}). */
final class TestFiles {

    private TestFiles() {
    }

    static String libraryText(String fileName) {
        try (InputStream in = BuiltInLibrary.class.getResourceAsStream("/library/" + fileName)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
