/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.load;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.resource.Resource;
import org.twinscope.analysis.AnalysisInput;
import org.twinscope.analysis.AnalysisResult;
import org.twinscope.analysis.Analyzer;
import org.twinscope.dsl.TwinscopeStandaloneSetup;

import com.google.inject.Inject;

/**
 * The one way from Twinscope files to answers, for every front end and test: read the files with the built-in
 * library ({@link ModelLoader}), then analyze what was read ({@link Analyzer}). Because everything goes through here,
 * the command line, the IDE's views and builder, the Sirius services and the tests see the same model and the same
 * result.
 *
 * <pre>
 * AnalyzedModel model = TwinscopePipeline.standalone().read(List.of(Path.of("examples/bottling-line")));
 * if (!model.hasErrors()) { write(model.result(), model.locator(base)); }
 * </pre>
 */
public class TwinscopePipeline {

    @Inject
    private ModelLoader loader;

    /** The pipeline outside OSGi and outside an IDE (command line, tests, benchmarks): a new language injector. */
    public static TwinscopePipeline standalone() {
        return TwinscopeStandaloneSetup.doSetup().getInstance(TwinscopePipeline.class);
    }

    /** Reads, links and validates the files (a folder stands for the Twinscope files below it); analysis on demand. */
    public AnalyzedModel read(Collection<Path> filesAndFolders) {
        return new AnalyzedModel(loader.load(filesAndFolders));
    }

    /**
     * Reads and links all the files but validates only those the predicate selects (a builder re-validates what a
     * change can affect); analysis on demand.
     */
    public AnalyzedModel read(Collection<Path> filesAndFolders, Predicate<Path> validate) {
        return new AnalyzedModel(loader.load(filesAndFolders, validate));
    }

    /**
     * The analysis of resources that were read some other way (the Sirius viewpoint's resource set, which holds the
     * user's files and the library alike).
     */
    public static AnalysisResult analyze(Iterable<? extends Resource> resources) {
        return Analyzer.analyze(AnalysisInput.of(resources));
    }

    /** Like {@link #analyze(Iterable)}, as of another day than today (which actions are overdue, what expired). */
    public static AnalysisResult analyze(Iterable<? extends Resource> resources, LocalDate asOf) {
        return Analyzer.analyze(AnalysisInput.of(resources).asOf(asOf));
    }
}
