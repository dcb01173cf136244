/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.editor.highlighting;

import java.util.Collections;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.ITextInputListener;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.twinscope.model.smm.CatalogElement;
import org.twinscope.model.smm.Profile;
import org.twinscope.model.twin.Entity;
import org.twinscope.model.twin.Organization;
import org.twinscope.ui.editor.TextJobs;
import org.twinscope.ui.editor.TypingPause;
import org.twinscope.ui.language.DocumentParses;

/**
 * Semantic highlighting: references are colored by what they name once linked (SMM practices and sub-domains,
 * assets and twins, organizations, profiles), and unresolved ones are not. Computed in a job when the file opens and
 * after each change; the styles are merged into the syntax colors of the presentation reconciler. Between a change and
 * the next computation the colors move with the text; while the text has syntax errors, which can drop whole parts
 * of the model and with them what their references name, the last colors of a text without them stay.
 */
public class SemanticHighlightingReconciler implements IReconciler {

    /** Colors by the kind of element a reference names. */
    public static final RGB PRACTICE = new RGB(0, 120, 120);
    public static final RGB ENTITY = new RGB(30, 60, 160);
    public static final RGB ORGANIZATION = new RGB(140, 70, 0);
    public static final RGB PROFILE = new RGB(100, 0, 140);

    private ITextViewer viewer;
    private TypingPause pause;
    private volatile SemanticRanges ranges = SemanticRanges.NONE;
    /** Whether the ranges come from a text without syntax errors (and the edits since). */
    private boolean fromGoodText;
    private Job job;

    private final IDocumentListener documentListener = new IDocumentListener() {
        /**
         * Before the change, because the viewer presents the changed lines before the document's listeners hear of
         * the change: the colors must already have moved with the text then.
         */
        @Override
        public void documentAboutToBeChanged(DocumentEvent event) {
            ranges = ranges.edited(event.getOffset(), event.getLength(),
                    event.getText() == null ? 0 : event.getText().length());
        }

        /** A computation under way is of an old text; the next one starts when typing pauses. */
        @Override
        public void documentChanged(DocumentEvent event) {
            if (job != null) {
                job.cancel();
            }
            pause.restart();
        }
    };

    private final ITextPresentationListener presentationListener = this::merge;

    private final ITextInputListener inputListener = new ITextInputListener() {
        @Override
        public void inputDocumentAboutToBeChanged(IDocument oldInput, IDocument newInput) {
            if (oldInput != null) {
                oldInput.removeDocumentListener(documentListener);
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
        viewer = textViewer;
        pause = new TypingPause(viewer.getTextWidget().getDisplay(), 400, this::schedule);
        viewer.addTextInputListener(inputListener);
        if (viewer instanceof ITextViewerExtension4 extension) {
            extension.addTextPresentationListener(presentationListener);
        }
        if (viewer.getDocument() != null) {
            viewer.getDocument().addDocumentListener(documentListener);
            schedule();
        }
    }

    @Override
    public void uninstall() {
        pause.cancel();
        if (job != null) {
            job.cancel();
        }
        viewer.removeTextInputListener(inputListener);
        if (viewer instanceof ITextViewerExtension4 extension) {
            extension.removeTextPresentationListener(presentationListener);
        }
        if (viewer.getDocument() != null) {
            viewer.getDocument().removeDocumentListener(documentListener);
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
        job = TextJobs.create("Twinscope semantic highlighting", viewer, text,
                monitor -> DocumentParses.withParse(document, text, SemanticHighlightingReconciler::compute),
                this::show);
        job.schedule();
    }

    private void show(Computed computed) {
        if (computed.withSyntaxErrors() && fromGoodText && !ranges.isEmpty()) {
            return; // keep the last good colors until the text parses again
        }
        ranges = computed.ranges();
        fromGoodText = !computed.withSyntaxErrors();
        viewer.invalidateTextPresentation();
    }

    /** The colors of a parse, and whether the text had syntax errors. */
    private record Computed(SemanticRanges ranges, boolean withSyntaxErrors) {
    }

    private static Computed compute(XtextResource resource) {
        SemanticRanges.Builder result = new SemanticRanges.Builder();
        boolean syntaxErrors = resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors();
        if (resource.getContents().isEmpty()) {
            return new Computed(result.build(), syntaxErrors);
        }
        for (var iterator = resource.getAllContents(); iterator.hasNext();) {
            EObject source = iterator.next();
            for (EReference reference : source.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || reference.isDerived()
                        || reference.isTransient()) {
                    continue;
                }
                List<INode> nodes = NodeModelUtils.findNodesForFeature(source, reference);
                List<?> values = reference.isMany() ? (List<?>) source.eGet(reference)
                        : Collections.singletonList(source.eGet(reference));
                for (int i = 0; i < nodes.size() && i < values.size(); i++) {
                    RGB color = colorOf(values.get(i));
                    if (color != null) {
                        result.add(nodes.get(i).getOffset(), nodes.get(i).getLength(), color);
                    }
                }
            }
        }
        return new Computed(result.build(), syntaxErrors);
    }

    private static RGB colorOf(Object target) {
        if (!(target instanceof EObject object) || object.eIsProxy()) {
            return null;
        }
        if (object instanceof CatalogElement) {
            return PRACTICE;
        }
        if (object instanceof Entity) {
            return ENTITY;
        }
        if (object instanceof Organization) {
            return ORGANIZATION;
        }
        if (object instanceof Profile) {
            return PROFILE;
        }
        return null;
    }

    private void merge(TextPresentation presentation) {
        SemanticRanges current = ranges;
        if (current.isEmpty()) {
            return;
        }
        int start = presentation.getExtent().getOffset();
        List<StyleRange> inExtent = current.within(start, start + presentation.getExtent().getLength());
        presentation.mergeStyleRanges(inExtent.toArray(StyleRange[]::new));
    }
}
