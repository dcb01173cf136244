/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.editor.assist;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.eclipse.xtext.util.Strings;
import org.twinscope.ui.builder.TwinscopeBuilder;
import org.twinscope.ui.editor.validation.LiveProblemAnnotation;
import org.twinscope.ui.editor.validation.ProblemAnnotations;

/**
 * A problem the editor shows, found as the user typed or marked by the builder, and where its text is in the document
 * now.
 *
 * @param offset where the marked text starts in the document
 * @param length its length
 * @param message what is wrong
 * @param severity {@link IMarker#SEVERITY_ERROR}, {@link IMarker#SEVERITY_WARNING} or {@link IMarker#SEVERITY_INFO}
 * @param code the issue code, or empty
 * @param data the issue data, what a quick fix needs; empty when the problem has none
 * @param dismiss takes the problem off the editor at once (after a quick fix fixed it)
 */
record MarkedProblem(int offset, int length, String message, int severity, String code, String[] data,
        Runnable dismiss) {

    /**
     * The problems shown at an offset of the file's document: the live ones, or the builder's before the text has
     * been validated (the editor hides the builder's once it has). The editor's annotation model knows where the
     * problems' text is after edits; without one, the markers' saved ranges are used.
     */
    static List<MarkedProblem> at(IAnnotationModel annotations, IFile file, int offset) {
        return annotations != null ? fromAnnotations(annotations, offset) : fromMarkers(file, offset);
    }

    private static List<MarkedProblem> fromAnnotations(IAnnotationModel annotations, int offset) {
        List<MarkedProblem> found = new ArrayList<>();
        for (Iterator<Annotation> all = annotations.getAnnotationIterator(); all.hasNext();) {
            Annotation annotation = all.next();
            Position position = annotations.getPosition(annotation);
            if (annotation.isMarkedDeleted() || position == null || position.isDeleted()
                    || !covers(position.getOffset(), position.getLength(), offset)) {
                continue;
            }
            Runnable dismiss = () -> ProblemAnnotations.dismiss(annotations, annotation);
            if (annotation instanceof LiveProblemAnnotation live) {
                found.add(new MarkedProblem(position.getOffset(), position.getLength(), live.getText(),
                        live.severity(), live.code() == null ? "" : live.code(), live.data(), dismiss));
            } else if (ProblemAnnotations.isBuilderMarker(annotation)) {
                found.add(of(((MarkerAnnotation) annotation).getMarker(), position.getOffset(),
                        position.getLength(), dismiss));
            }
        }
        return found;
    }

    private static List<MarkedProblem> fromMarkers(IFile file, int offset) {
        List<MarkedProblem> found = new ArrayList<>();
        try {
            for (IMarker marker : file.findMarkers(TwinscopeBuilder.MARKER, true, IResource.DEPTH_ZERO)) {
                int start = marker.getAttribute(IMarker.CHAR_START, -1);
                int end = marker.getAttribute(IMarker.CHAR_END, -1);
                if (start >= 0 && end >= start && covers(start, end - start, offset)) {
                    found.add(of(marker, start, end - start, () -> {
                        // no editor shows it; the builder takes the marker away when the fixed file is saved
                    }));
                }
            }
        } catch (CoreException e) {
            // a file that is gone has no problems to fix
        }
        return found;
    }

    private static MarkedProblem of(IMarker marker, int offset, int length, Runnable dismiss) {
        String data = marker.getAttribute(TwinscopeBuilder.DATA, null);
        return new MarkedProblem(offset, length, marker.getAttribute(IMarker.MESSAGE, ""),
                marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR),
                marker.getAttribute(TwinscopeBuilder.CODE, ""), data == null ? new String[0] : Strings.unpack(data),
                dismiss);
    }

    /** The caret may be anywhere in the marked text or just after it, where it is after typing the word. */
    private static boolean covers(int start, int length, int offset) {
        return offset >= start && offset <= start + length;
    }
}
