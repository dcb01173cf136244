/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.load;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.twinscope.analysis.AnalysisResult;
import org.twinscope.model.util.SourceLocator;

/**
 * What {@link TwinscopePipeline} gives every front end: the files as read with their problems, the analysis of them
 * (computed on first request: checking files needs none) and a way back from model elements to the sources.
 */
public final class AnalyzedModel {

    private final LoadedModel model;
    private AnalysisResult result;

    AnalyzedModel(LoadedModel model) {
        this.model = model;
    }

    /** The files as read, in one resource set with the built-in library. */
    public LoadedModel model() {
        return model;
    }

    /** Every problem of reading, parsing, linking and validating, sorted by file and position. */
    public List<Problem> problems() {
        return model.problems();
    }

    /** Whether any file has an error; the analysis of such a model would mislead, so front ends say so instead. */
    public boolean hasErrors() {
        return model.hasErrors();
    }

    /**
     * The analysis of the user's files with the built-in library. Computed once, on first request; a model with
     * errors is analyzed too (as far as it was read), and it is up to the caller whether to show that.
     */
    public synchronized AnalysisResult result() {
        if (result == null) {
            result = TwinscopePipeline.analyze(resources());
        }
        return result;
    }

    /**
     * The analysis as of another day than today: which actions are overdue and which accepted gaps have expired
     * depend on it (for reproducible CI runs). Not cached.
     */
    public AnalysisResult result(LocalDate asOf) {
        return TwinscopePipeline.analyze(resources(), asOf);
    }

    private List<Resource> resources() {
        return model.resources();
    }

    /**
     * Locates elements of the user's files (library elements have none a user could open), with paths relative to
     * the base folder when they are below it, so that reports stay valid wherever the folder is checked out.
     */
    public SourceLocator locator(Path base) {
        return new NodeModelSourceLocator(model.files(), base);
    }
}
