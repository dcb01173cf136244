/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.diagram.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.twinscope.analysis.AnalysisInput;
import org.twinscope.analysis.Analyzer;
import org.twinscope.analysis.SystemAnalysis;
import org.twinscope.dsl.TwinscopeStandaloneSetup;
import org.twinscope.dsl.load.LoadedModel;
import org.twinscope.dsl.load.ModelLoader;

/** The analyses of the repository's examples, read the way the command line reads them. */
final class ExampleAnalyses {

    private static ModelLoader loader;

    private ExampleAnalyses() {
    }

    static List<String> names() {
        try (Stream<Path> children = Files.list(folder())) {
            return children.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SystemAnalysis analyze(String example) {
        if (loader == null) {
            loader = TwinscopeStandaloneSetup.doSetup().getInstance(ModelLoader.class);
        }
        LoadedModel model = loader.load(List.of(folder().resolve(example)));
        List<Resource> resources = new ArrayList<>(model.files().values());
        resources.addAll(model.libraryResources());
        return Analyzer.analyze(AnalysisInput.of(resources)).systems().get(0);
    }

    static Path folder() {
        return Path.of(System.getProperty("twinscope.examples", "../../examples")).toAbsolutePath().normalize();
    }
}
