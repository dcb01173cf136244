/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.editor.highlighting;

import java.util.ArrayList;
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
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.twinscope.model.smm.CatalogElement;
import org.twinscope.model.smm.Profile;
import org.twinscope.model.twin.Entity;
import org.twinscope.model.twin.Organization;
import org.twinscope.ui.editor.TextJobs;
import org.twinscope.ui.language.DocumentParses;

/**
 * Semantic highlighting: references are colored by what they name once linked (SMM practices and sub-domains,
 * assets and twins, organizations, profiles), and unresolved ones are not. Computed in a job after each change; the
 * styles are merged into the syntax colors of the presentation reconciler.
 */
public class SemanticHighlightingReconciler implements IReconciler {

    /** Colors by the kind of element a reference names. */
    public static final RGB PRACTICE = new RGB(0, 120, 120);
    public static final RGB ENTITY = new RGB(30, 60, 160);
    public static final RGB ORGANIZATION = new RGB(140, 70, 0);
    public static final RGB PROFILE = new RGB(100, 0, 140);

    private ITextViewer viewer;
    private volatile List<StyleRange> ranges = List.of();
    private Job job;

    private final IDocumentListener documentListener = new IDocumentListener() {
        @Override
        public void documentAboutToBeChanged(DocumentEvent event) {
            // styles are recomputed after the change
        }

        @Override
        public void documentChanged(DocumentEvent event) {
            ranges = List.of();
            schedule(400);
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
                schedule(0);
            }
        }
    };

    @Override
    public void install(ITextViewer textViewer) {
        viewer = textViewer;
        viewer.addTextInputListener(inputListener);
        if (viewer instanceof ITextViewerExtension4 extension) {
            extension.addTextPresentationListener(presentationListener);
        }
        if (viewer.getDocument() != null) {
            viewer.getDocument().addDocumentListener(documentListener);
            schedule(0);
        }
    }

    @Override
    public void uninstall() {
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

    /** The semantic style ranges last computed (for tests). */
    public List<StyleRange> ranges() {
        return ranges;
    }

    private void schedule(long delay) {
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
                computed -> {
                    ranges = computed;
                    viewer.invalidateTextPresentation();
                });
        job.schedule(delay);
    }

    private static List<StyleRange> compute(XtextResource resource) {
        List<StyleRange> result = new ArrayList<>();
        if (resource.getContents().isEmpty()) {
            return result;
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
                        : java.util.Collections.singletonList(source.eGet(reference));
                for (int i = 0; i < nodes.size() && i < values.size(); i++) {
                    RGB color = colorOf(values.get(i));
                    if (color != null) {
                        StyleRange range = new StyleRange(nodes.get(i).getOffset(), nodes.get(i).getLength(),
                                new Color(color), null, SWT.NORMAL);
                        result.add(range);
                    }
                }
            }
        }
        result.sort(java.util.Comparator.comparingInt(r -> r.start));
        return result;
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
        List<StyleRange> current = ranges;
        if (current.isEmpty()) {
            return;
        }
        List<StyleRange> inExtent = new ArrayList<>();
        int start = presentation.getExtent().getOffset();
        int end = start + presentation.getExtent().getLength();
        for (StyleRange range : current) {
            if (range.start >= start && range.start + range.length <= end) {
                inExtent.add(range);
            }
        }
        presentation.mergeStyleRanges(inExtent.toArray(StyleRange[]::new));
    }
}
