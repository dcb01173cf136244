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
import org.twinscope.ui.builder.TwinscopeBuilder;

/**
 * A problem the builder marked, and where its text is in the document now.
 *
 * @param marker the builder's marker, with the code, message and issue data
 * @param offset where the marked text starts in the document
 * @param length its length
 */
record MarkedProblem(IMarker marker, int offset, int length) {

    /**
     * The problems marked at an offset of the file's document. The editor's annotation model knows where the marked
     * text is after edits made since the file was built; without one, the markers' saved ranges are used.
     */
    static List<MarkedProblem> at(IAnnotationModel annotations, IFile file, int offset) {
        return annotations != null ? fromAnnotations(annotations, offset) : fromMarkers(file, offset);
    }

    private static List<MarkedProblem> fromAnnotations(IAnnotationModel annotations, int offset) {
        List<MarkedProblem> found = new ArrayList<>();
        for (Iterator<Annotation> all = annotations.getAnnotationIterator(); all.hasNext();) {
            if (all.next() instanceof MarkerAnnotation annotation && isOurs(annotation.getMarker())) {
                Position position = annotations.getPosition(annotation);
                if (position != null && !position.isDeleted()
                        && covers(position.getOffset(), position.getLength(), offset)) {
                    found.add(new MarkedProblem(annotation.getMarker(), position.getOffset(), position.getLength()));
                }
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
                    found.add(new MarkedProblem(marker, start, end - start));
                }
            }
        } catch (CoreException e) {
            // a file that is gone has no problems to fix
        }
        return found;
    }

    private static boolean isOurs(IMarker marker) {
        try {
            return marker != null && marker.exists() && marker.isSubtypeOf(TwinscopeBuilder.MARKER);
        } catch (CoreException e) {
            return false;
        }
    }

    /** The caret may be anywhere in the marked text or just after it, where it is after typing the word. */
    private static boolean covers(int start, int length, int offset) {
        return offset >= start && offset <= start + length;
    }
}
