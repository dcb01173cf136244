/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.twinscope.dsl.load.LoadedModel;
import org.twinscope.dsl.load.ModelLoader;
import org.twinscope.dsl.load.Problem;

import com.google.inject.Inject;
import org.twinscope.testing.Examples;

/** Every example project of the repository reads without errors, its files linked to each other and the library. */
@ExtendWith(InjectionExtension.class)
@InjectWith(TwinscopeInjectorProvider.class)
class ExamplesTest {

    @Inject
    private ModelLoader loader;

    static Stream<Path> examples() {
        List<Path> projects = Examples.projects();
        assertFalse(projects.isEmpty(), "no example projects found");
        return projects.stream();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleHasNoErrors(Path project) {
        LoadedModel model = loader.load(List.of(project));
        assertFalse(model.files().isEmpty(), "no Twinscope files in " + project);
        List<String> problems = model.problems().stream()
                .filter(p -> p.severity() == Problem.Severity.ERROR)
                .map(Problem::format).toList();
        assertEquals(List.of(), problems);
    }
}
