/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.language;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.twinscope.analysis.AnalysisResult;
import org.twinscope.analysis.SystemAnalysis;
import org.twinscope.dsl.load.AnalyzedModel;
import org.twinscope.dsl.load.LoadedModel;
import org.twinscope.dsl.load.TwinscopePipeline;
import org.twinscope.model.util.SourceLocator;
import org.twinscope.ui.TwinscopeUiPlugin;

/**
 * A project's Twinscope files read and analyzed, for the views. Computed in a job, never on the UI thread; the views
 * only present it.
 *
 * @param project the project
 * @param model the files as read, with their problems
 * @param result the analysis
 * @param locator where elements are written, with paths relative to the project (as the command line run in the
 *        project's folder gives them)
 */
public record ProjectAnalysis(IProject project, LoadedModel model, AnalysisResult result, SourceLocator locator) {

    public static ProjectAnalysis of(IProject project) {
        List<Path> files = new ArrayList<>();
        for (IFile file : ProjectFiles.of(project)) {
            if (file.getLocation() != null) {
                files.add(Path.of(file.getLocation().toOSString()));
            }
        }
        AnalyzedModel model = TwinscopeUiPlugin.getDefault().injector().getInstance(TwinscopePipeline.class)
                .read(files);
        return new ProjectAnalysis(project, model.model(), model.result(),
                model.locator(Path.of(project.getLocation().toOSString())));
    }

    /** The first system, which the views show (a project usually describes one). */
    public SystemAnalysis system() {
        return result.systems().isEmpty() ? null : result.systems().get(0);
    }
}
