/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.twinscope.dsl.load.LoadedModel;
import org.twinscope.dsl.load.ModelLoader;
import org.twinscope.dsl.load.Problem;

import com.google.inject.Inject;

/**
 * Syntax errors say what was expected in the language's words (the values of an enumeration, where a declaration
 * belongs), not in the parser's ("no viable alternative at input 'hgh'"); other syntax errors keep the parser's.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TwinscopeInjectorProvider.class)
class SyntaxMessagesTest {

    @TempDir
    Path folder;

    @Inject
    private ModelLoader loader;

    private List<String> errors(String content) throws IOException {
        Path file = folder.resolve("system.twin");
        Files.writeString(file, content);
        LoadedModel model = loader.load(List.of(file));
        return model.problems().stream().filter(p -> p.severity() == Problem.Severity.ERROR)
                .map(Problem::message).toList();
    }

    @Test
    void aMisspelledValueListsTheValues() throws IOException {
        List<String> errors = errors("""
                system S {
                	organization O role operator
                	boundary B kind site owner O {
                		asset A kind machine criticality hgh
                	}
                }
                """);
        assertEquals("'hgh' is not a criticality: use low, medium, high or critical.", errors.get(0), errors
                .toString());
    }

    @Test
    void aMisspelledKindListsTheKinds() throws IOException {
        List<String> errors = errors("""
                system S {
                	organization O role operator
                	boundary B kind plant owner O
                }
                """);
        // the kinds come from the grammar, in its order
        assertTrue(errors.get(0).startsWith("'plant' is not a boundary kind: use organizational, site, ot-zone, "),
                errors.toString());
        assertTrue(errors.get(0).matches(".* or [a-z-]+\\."), errors.toString());
    }

    @Test
    void aSyncInsideABoundarySaysWhereItBelongs() throws IOException {
        List<String> errors = errors("""
                system S {
                	organization O role operator
                	boundary B kind site owner O {
                		asset A kind machine
                		twin T represents A purpose monitoring fidelity high
                		sync F: A -> T telemetry every 1 s
                	}
                }
                """);
        assertEquals("A sync belongs at system level, not inside a boundary: move it after the closing '}' of "
                + "boundary B.", errors.get(0), errors.toString());
    }

    @Test
    void otherSyntaxErrorsKeepTheParsersMessage() throws IOException {
        List<String> errors = errors("""
                system S {
                	organization O role operator
                	asset A kind machine
                """);
        assertTrue(errors.get(0).contains("'}'") || errors.get(0).contains("EOF"), errors.toString());
    }
}
