/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.editor.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.ITextInputListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.twinscope.ui.TwinscopeUiPlugin;
import org.twinscope.ui.editor.TextJobs;
import org.twinscope.ui.editor.TypingPause;
import org.twinscope.ui.language.DocumentParses;

/**
 * Validates the text as the user types, as Xtext's editors do: half a second after the last change (and when the
 * file opens), in the background, on the parse the editor's services share ({@link DocumentParses}), with the
 * language's own validator, so the editor shows the problems the builder would mark if the file were saved now. A
 * newer change cancels a validation under way. The UI thread only updates the annotations that changed.
 */
public class LiveValidationReconciler implements IReconciler {

    /** How long typing pauses before the text is validated; Xtext's editors wait as long. */
    static final int DELAY_MILLIS = 500;

    private ISourceViewer viewer;
    private TypingPause pause;
    private ProblemAnnotations annotations;
    private Job job;

    private final IDocumentListener documentListener = new IDocumentListener() {
        @Override
        public void documentAboutToBeChanged(DocumentEvent event) {
            // validated after the change
        }

        /** A validation under way is of an old text; the next one starts when typing pauses. */
        @Override
        public void documentChanged(DocumentEvent event) {
            if (job != null) {
                job.cancel();
            }
            pause.restart();
        }
    };

    private final ITextInputListener inputListener = new ITextInputListener() {
        @Override
        public void inputDocumentAboutToBeChanged(IDocument oldInput, IDocument newInput) {
            if (oldInput != null) {
                oldInput.removeDocumentListener(documentListener);
            }
            if (annotations != null) {
                annotations.dispose(); // the problems of the other file; the new one comes with its own model
                annotations = null;
            }
        }

        @Override
        public void inputDocumentChanged(IDocument oldInput, IDocument newInput) {
            if (newInput != null) {
                newInput.addDocumentListener(documentListener);
                schedule();
            }
        }
    };

    @Override
    public void install(ITextViewer textViewer) {
        if (!(textViewer instanceof ISourceViewer sourceViewer)) {
            return;
        }
        viewer = sourceViewer;
        pause = new TypingPause(viewer.getTextWidget().getDisplay(), DELAY_MILLIS, this::schedule);
        viewer.addTextInputListener(inputListener);
        if (viewer.getDocument() != null) {
            viewer.getDocument().addDocumentListener(documentListener);
            schedule();
        }
    }

    @Override
    public void uninstall() {
        if (viewer == null) {
            return;
        }
        pause.cancel();
        if (job != null) {
            job.cancel();
        }
        viewer.removeTextInputListener(inputListener);
        if (viewer.getDocument() != null) {
            viewer.getDocument().removeDocumentListener(documentListener);
        }
        if (annotations != null) {
            annotations.dispose();
            annotations = null;
        }
    }

    @Override
    public IReconcilingStrategy getReconcilingStrategy(String contentType) {
        return null;
    }

    private void schedule() {
        IDocument document = viewer.getDocument();
        if (document == null) {
            return;
        }
        if (job != null) {
            job.cancel();
        }
        String text = document.get();
        job = TextJobs.create("Twinscope live validation", viewer, text, monitor -> validate(document, text, monitor),
                this::show);
        job.schedule();
    }

    private void show(List<ProblemAnnotations.Found> problems) {
        if (problems == null || viewer.getAnnotationModel() == null) {
            return;
        }
        if (annotations == null) {
            annotations = new ProblemAnnotations(viewer.getAnnotationModel(), viewer.getTextWidget().getDisplay());
        }
        annotations.show(problems);
    }

    /** The problems of the text, or null when the validation was cancelled by a newer change. */
    private static List<ProblemAnnotations.Found> validate(IDocument document, String text,
            IProgressMonitor monitor) {
        try {
            return DocumentParses.withParse(document, text, resource -> problems(resource, text.length(), monitor));
        } catch (RuntimeException e) {
            if (TwinscopeUiPlugin.getDefault().injector().getInstance(OperationCanceledManager.class)
                    .isOperationCanceledException(e)) {
                return null;
            }
            throw e;
        }
    }

    private static List<ProblemAnnotations.Found> problems(XtextResource resource, int textLength,
            IProgressMonitor monitor) {
        IResourceValidator validator = TwinscopeUiPlugin.getDefault().injector()
                .getInstance(IResourceValidator.class);
        List<ProblemAnnotations.Found> found = new ArrayList<>();
        for (Issue issue : validator.validate(resource, CheckMode.ALL, monitor::isCanceled)) {
            if (issue.getOffset() == null) {
                continue; // a problem of no place in the text; the builder marks it on the file
            }
            int offset = Math.min(issue.getOffset(), textLength);
            int length = issue.getLength() == null ? 0 : issue.getLength();
            // a problem at a point (a missing brace at the end) still gets a character to underline where there is one
            length = Math.min(Math.max(length, offset < textLength ? 1 : 0), textLength - offset);
            found.add(new ProblemAnnotations.Found(LiveProblemAnnotation.of(issue), new Position(offset, length)));
        }
        return found;
    }
}
