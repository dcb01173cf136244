/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.twinscope.dsl.IssueCodes;
import org.twinscope.dsl.load.LoadedModel;
import org.twinscope.dsl.load.ModelLoader;
import org.twinscope.dsl.load.Problem;
import org.twinscope.dsl.parser.NestingGuard;

import com.google.inject.Inject;

/**
 * Bad input gets positioned problems, never an exception, a hang or a stack overflow. Files are written to disk and
 * read the way the command line and the language server read them.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TwinscopeInjectorProvider.class)
class BadInputTest {

    /** Generous: a hang shows up as this timeout, normal runs take a fraction of it. */
    private static final Duration NO_HANG = Duration.ofMinutes(3);

    @TempDir
    Path folder;

    @Inject
    private ModelLoader loader;

    private LoadedModel load(String name, byte[] content) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, content);
        return assertTimeoutPreemptively(NO_HANG, () -> loader.load(List.of(file)));
    }

    private LoadedModel load(String name, String content) throws IOException {
        return load(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertPositioned(List<Problem> problems) {
        assertFalse(problems.isEmpty(), "expected problems");
        for (Problem problem : problems) {
            assertTrue(problem.line() >= 1 && problem.column() >= 1, "not positioned: " + problem.format());
            assertTrue(problem.code() != null && problem.code().startsWith("twinscope."), problem.format());
        }
    }

    @Test
    void emptyFiles() throws IOException {
        for (String name : List.of("empty.twin", "empty.smm")) {
            LoadedModel model = load(name, "");
            assertEquals(1, model.problems().size(), model.problems().toString());
            Problem problem = model.problems().get(0);
            assertEquals(IssueCodes.EMPTY_FILE, problem.code());
            assertEquals(Problem.Severity.WARNING, problem.severity());
        }
    }

    @Test
    void binaryGarbage() throws IOException {
        byte[] garbage = new byte[64 * 1024];
        new Random(42).nextBytes(garbage);
        LoadedModel model = load("garbage.twin", garbage);
        assertTrue(model.hasErrors());
        assertPositioned(model.problems());
    }

    @Test
    void invalidUtf8IsReportedWhereItStarts() throws IOException {
        byte[] prefix = "system S {\n\torganization O \"caf".getBytes(StandardCharsets.UTF_8);
        byte[] bad = { (byte) 0xC3, (byte) 0x28 };
        byte[] suffix = "\"\n}\n".getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[prefix.length + bad.length + suffix.length];
        System.arraycopy(prefix, 0, content, 0, prefix.length);
        System.arraycopy(bad, 0, content, prefix.length, bad.length);
        System.arraycopy(suffix, 0, content, prefix.length + bad.length, suffix.length);
        LoadedModel model = load("latin1.twin", content);
        Problem encoding = model.problems().stream().filter(p -> p.code().equals("twinscope.invalid-encoding"))
                .findFirst().orElseThrow(() -> new AssertionError(model.problems().toString()));
        assertEquals(2, encoding.line());
        assertEquals(21, encoding.column()); // after a tab and 19 characters
        assertEquals(1, model.files().size(), "the rest of the file is still read");
    }

    @Test
    void twentyMegabyteFile() throws IOException {
        StringBuilder text = new StringBuilder("system Big {\n\torganization Owner\n\tboundary Site owner Owner {\n");
        int i = 0;
        while (text.length() < 20 * 1024 * 1024) {
            text.append("\t\tasset Machine").append(i).append(" \"A machine on the plant floor, number ").append(i)
                    .append("\" kind machine criticality medium\n");
            text.append("\t\ttwin Twin").append(i).append(" represents Machine").append(i)
                    .append(" purpose monitoring\n");
            i++;
        }
        text.append("\t}\n}\n");
        LoadedModel model = load("big.twin", text.toString());
        assertFalse(model.hasErrors(), () -> model.problems().subList(0, 3).toString());
        assertEquals(1, model.files().size());
    }

    @Test
    void tenThousandNestedBoundaries() throws IOException {
        StringBuilder text = new StringBuilder("system Deep {\n");
        for (int i = 0; i < 10_000; i++) {
            text.append("boundary B").append(i).append(" {\n");
        }
        for (int i = 0; i < 10_000; i++) {
            text.append("}\n");
        }
        text.append("}\n");
        LoadedModel model = load("deep.twin", text.toString());
        List<Problem> tooDeep = model.problems().stream()
                .filter(p -> p.code().equals("twinscope.nesting-too-deep")).toList();
        assertEquals(1, tooDeep.size(), model.problems().toString());
        // "system Deep {" opens level 1, so the boundary on line 1 + MAX_DEPTH opens level MAX_DEPTH + 1
        assertEquals(1 + NestingGuard.MAX_DEPTH, tooDeep.get(0).line());
        assertPositioned(model.problems());
    }

    @Test
    void unknownReferences() throws IOException {
        LoadedModel model = load("unknown.twin", "system S {\n\ttwin T represents Ghost\n}\n");
        Problem unresolved = model.problems().stream().filter(p -> p.code().equals("twinscope.unresolved-reference"))
                .findFirst().orElseThrow(() -> new AssertionError(model.problems().toString()));
        assertEquals(2, unresolved.line());
        assertEquals(20, unresolved.column());
        assertTrue(unresolved.message().contains("Ghost"));
    }

    @Test
    void unterminatedString() throws IOException {
        LoadedModel model = load("string.twin", "system S \"never closed {\n\torganization O\n}\n");
        assertTrue(model.hasErrors());
        assertPositioned(model.problems());
    }

    @Test
    void unterminatedComment() throws IOException {
        LoadedModel model = load("comment.twin", "system S {\n\torganization O\n/* never closed\n}\n");
        assertTrue(model.hasErrors());
        assertPositioned(model.problems());
    }

    @Test
    void missingAndUnreadableArguments() {
        LoadedModel model = loader.load(List.of(folder.resolve("nowhere.twin"), folder));
        assertEquals(2, model.problems().size(), model.problems().toString());
        assertTrue(model.problems().stream().allMatch(p -> Problem.BAD_ARGUMENT.equals(p.code())));
        assertTrue(model.problems().stream().anyMatch(p -> p.file().endsWith("nowhere.twin")
                && p.format().contains("no such file or folder")), model.problems().toString());
        assertTrue(model.problems().stream().anyMatch(p -> p.file().equals(folder)
                && p.format().contains("no .twin or .smm file in this folder")), model.problems().toString());
    }
}
