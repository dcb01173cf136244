/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.editor.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationModelEvent;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.IAnnotationModelListener;
import org.eclipse.jface.text.source.IAnnotationModelListenerExtension;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.twinscope.ui.builder.TwinscopeBuilder;

/**
 * The live problems of one editor in its annotation model. Once the text has been validated, they stand for the
 * builder's problem markers of the file in the editor, as in Xtext's editors: the markers' annotations are hidden
 * (also those the builder makes after a save), since they describe the text as last saved, and shown again when the
 * editor goes. The Problems view keeps listing the markers of the saved file. Changed on the UI thread only.
 * <p>
 * A hidden marker annotation stays in the model, marked deleted and of a type that nothing draws or hovers: removing
 * it would make the model delete its marker when the file is saved.
 */
public final class ProblemAnnotations {

    /** The type of a hidden marker annotation: no preference names it, so rulers, painters and hovers skip it. */
    private static final String HIDDEN = "org.twinscope.ui.hiddenMarker";

    /** A problem and where it is in the text it was found in. */
    record Found(LiveProblemAnnotation annotation, Position position) {
    }

    private final IAnnotationModel model;
    private final Display display;
    private final List<LiveProblemAnnotation> shown = new ArrayList<>();
    private volatile boolean standingForMarkers;

    private final IAnnotationModelListener markerListener = new MarkerListener();

    /** Hides the builder's markers that come while the live problems stand for them. */
    private final class MarkerListener implements IAnnotationModelListener, IAnnotationModelListenerExtension {
        @Override
        public void modelChanged(IAnnotationModel changed) {
            // the extension's method below is called instead
        }

        /** May be called from the thread that changed the markers; hiding waits for the UI thread. */
        @Override
        public void modelChanged(AnnotationModelEvent event) {
            // a changed marker gets its type back from the marker, so it is hidden again too
            if (standingForMarkers && (containsShownBuilderMarkers(event.getAddedAnnotations())
                    || containsShownBuilderMarkers(event.getChangedAnnotations()))) {
                display.asyncExec(() -> {
                    if (standingForMarkers) {
                        hideMarkers(true);
                    }
                });
            }
        }
    }

    ProblemAnnotations(IAnnotationModel model, Display display) {
        this.model = model;
        this.display = display;
        model.addAnnotationModelListener(markerListener);
    }

    /**
     * Shows the problems of the current text in place of the ones shown so far, changing only the annotations of
     * problems that came or went, so that a keystroke that changes no problem changes nothing on screen.
     */
    void show(List<Found> problems) {
        Map<String, Deque<Found>> byKey = new HashMap<>();
        for (Found found : problems) {
            byKey.computeIfAbsent(key(found.annotation(), found.position()), k -> new ArrayDeque<>()).add(found);
        }
        List<Annotation> removed = new ArrayList<>();
        for (Iterator<LiveProblemAnnotation> all = shown.iterator(); all.hasNext();) {
            LiveProblemAnnotation annotation = all.next();
            Position position = model.getPosition(annotation);
            Deque<Found> same = position == null ? null : byKey.get(key(annotation, position));
            if (same != null && !same.isEmpty() && !annotation.isMarkedDeleted()) {
                same.removeFirst(); // still there: the annotation stays as it is
            } else {
                removed.add(annotation);
                all.remove();
            }
        }
        Map<Annotation, Position> added = new HashMap<>();
        for (Deque<Found> remaining : byKey.values()) {
            for (Found found : remaining) {
                added.put(found.annotation(), found.position());
                shown.add(found.annotation());
            }
        }
        if (!removed.isEmpty() || !added.isEmpty()) {
            replace(removed, added);
        }
        if (!standingForMarkers) {
            standingForMarkers = true;
            hideMarkers(true);
        }
    }

    /** Takes a problem away at once (a quick fix fixed it), before the text is validated again. */
    public static void dismiss(IAnnotationModel model, Annotation annotation) {
        if (annotation instanceof LiveProblemAnnotation) {
            model.removeAnnotation(annotation);
        } else if (annotation instanceof MarkerAnnotation marker) {
            hide(marker, true);
            announce(model, annotation);
        }
    }

    /** Removes the live problems and shows the builder's markers again. */
    void dispose() {
        model.removeAnnotationModelListener(markerListener);
        standingForMarkers = false;
        replace(new ArrayList<>(shown), Map.of());
        shown.clear();
        hideMarkers(false);
    }

    private void replace(List<Annotation> removed, Map<Annotation, Position> added) {
        if (model instanceof IAnnotationModelExtension extension) {
            extension.replaceAnnotations(removed.toArray(Annotation[]::new), added);
        } else {
            removed.forEach(model::removeAnnotation);
            added.forEach(model::addAnnotation);
        }
    }

    private void hideMarkers(boolean hide) {
        List<Annotation> changed = new ArrayList<>();
        for (Iterator<Annotation> all = model.getAnnotationIterator(); all.hasNext();) {
            if (all.next() instanceof MarkerAnnotation marker && isBuilderMarker(marker) && isHidden(marker) != hide) {
                hide(marker, hide);
                changed.add(marker);
            }
        }
        changed.forEach(annotation -> announce(model, annotation));
    }

    private static void hide(MarkerAnnotation annotation, boolean hide) {
        annotation.markDeleted(hide);
        if (hide) {
            annotation.setType(HIDDEN);
        } else {
            annotation.update(); // its type from the marker again
        }
    }

    private static boolean isHidden(Annotation annotation) {
        return annotation.isMarkedDeleted() && HIDDEN.equals(annotation.getType());
    }

    /** Tells the model's listeners (rulers, painters) that the annotation changed, here: was hidden or shown. */
    private static void announce(IAnnotationModel model, Annotation annotation) {
        Position position = model.getPosition(annotation);
        if (position != null && model instanceof IAnnotationModelExtension extension) {
            extension.modifyAnnotationPosition(annotation, position);
        }
    }

    private static boolean containsShownBuilderMarkers(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (isBuilderMarker(annotation) && !isHidden(annotation)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the annotation shows a problem marker of the Twinscope builder. */
    public static boolean isBuilderMarker(Annotation annotation) {
        if (!(annotation instanceof MarkerAnnotation markerAnnotation)) {
            return false;
        }
        IMarker marker = markerAnnotation.getMarker();
        try {
            return marker != null && marker.exists() && marker.isSubtypeOf(TwinscopeBuilder.MARKER);
        } catch (CoreException e) {
            return false;
        }
    }

    private static String key(LiveProblemAnnotation annotation, Position position) {
        return position.getOffset() + ":" + position.getLength() + ":" + annotation.getType() + ":"
                + annotation.code() + ":" + annotation.getText();
    }
}
