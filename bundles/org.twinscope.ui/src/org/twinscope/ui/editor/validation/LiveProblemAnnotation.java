/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.editor.validation;

import java.util.Objects;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/**
 * A problem of the text as it is being edited, found by {@link LiveValidationReconciler}, shown as the editor shows a
 * problem marker (same annotation types, so the same squiggles, ruler icons and preferences). It carries what a quick
 * fix needs: the issue code and data, as the language server publishes them.
 */
public final class LiveProblemAnnotation extends Annotation {

    private static final String PREFIX = "org.eclipse.ui.workbench.texteditor.";

    private final int severity;
    private final String code;
    private final String[] data;

    private LiveProblemAnnotation(String type, String message, int severity, String code, String[] data) {
        super(type, false, message);
        this.severity = severity;
        this.code = code;
        this.data = data;
    }

    /** The annotation for a problem the validator reported. */
    static LiveProblemAnnotation of(Issue issue) {
        Severity severity = issue.getSeverity();
        String type = switch (severity) {
            case ERROR -> PREFIX + "error";
            case WARNING -> PREFIX + "warning";
            default -> PREFIX + "info";
        };
        int markerSeverity = switch (severity) {
            case ERROR -> IMarker.SEVERITY_ERROR;
            case WARNING -> IMarker.SEVERITY_WARNING;
            default -> IMarker.SEVERITY_INFO;
        };
        return new LiveProblemAnnotation(type, Objects.toString(issue.getMessage(), ""), markerSeverity,
                issue.getCode(), issue.getData() == null ? new String[0] : issue.getData().clone());
    }

    /** {@link IMarker#SEVERITY_ERROR}, {@link IMarker#SEVERITY_WARNING} or {@link IMarker#SEVERITY_INFO}. */
    public int severity() {
        return severity;
    }

    /** The issue code, or null. */
    public String code() {
        return code;
    }

    /** The issue data (see {@code org.twinscope.dsl.IssueCodes}), empty when the problem has none. */
    public String[] data() {
        return data.clone();
    }
}
