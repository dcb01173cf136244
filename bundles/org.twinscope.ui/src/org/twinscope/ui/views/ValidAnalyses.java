/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.views;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IProject;
import org.twinscope.ui.language.ProjectAnalysis;

/**
 * The last analysis of each project whose model had no errors, shared by the views: while a file has errors the
 * views keep showing it instead of a half-read model (where a typo drops a boundary and every sync into it), and a
 * view opened while the model is broken shows what the others show.
 */
final class ValidAnalyses {

    private static final Map<IProject, ProjectAnalysis> LAST = new ConcurrentHashMap<>();

    private ValidAnalyses() {
    }

    /**
     * What a view shows for a fresh analysis: the analysis itself when its model has no errors (and it becomes the
     * last valid one), otherwise the project's last valid analysis, or null when there never was one.
     */
    static ProjectAnalysis toShow(ProjectAnalysis analysis) {
        if (!analysis.model().hasErrors()) {
            LAST.put(analysis.project(), analysis);
            return analysis;
        }
        ProjectAnalysis last = LAST.get(analysis.project());
        // a project deleted and created again under the same name starts without a valid analysis
        return last != null && last.project().exists() ? last : null;
    }

    /** Forgets a project's analysis (when it is closed or deleted, so that its model is not kept in memory). */
    static void forget(IProject project) {
        LAST.remove(project);
    }
}
