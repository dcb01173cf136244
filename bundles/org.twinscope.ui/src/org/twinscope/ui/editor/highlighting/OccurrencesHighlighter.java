/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.editor.highlighting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.twinscope.ui.TwinscopeUiPlugin;
import org.twinscope.ui.editor.TextJobs;
import org.twinscope.ui.language.DocumentParses;
import org.twinscope.ui.language.ReferenceSearch;

/**
 * Mark occurrences: when the caret rests on a name, its declaration and the references to it in the file are
 * highlighted, by what the name means rather than by spelling (the Generic Editor's default highlights every equal
 * word, and does it on the UI thread over the whole text at each caret move). The work is done in a job on the
 * document's shared parse ({@link DocumentParses}); the UI thread only swaps annotations.
 */
public class OccurrencesHighlighter implements IReconciler {

    /** The Generic Editor's occurrence annotation, so that its colors and preferences apply. */
    public static final String ANNOTATION_TYPE = "org.eclipse.ui.genericeditor.text";

    private ISourceViewer viewer;
    private Job job;
    private Annotation[] shown = new Annotation[0];

    private final ISelectionChangedListener caretListener = event -> {
        if (event.getSelection() instanceof ITextSelection selection) {
            schedule(selection.getOffset());
        }
    };

    @Override
    public void install(ITextViewer textViewer) {
        if (!(textViewer instanceof ISourceViewer sourceViewer)) {
            return;
        }
        viewer = sourceViewer;
        ISelectionProvider provider = viewer.getSelectionProvider();
        if (provider instanceof IPostSelectionProvider post) {
            post.addPostSelectionChangedListener(caretListener);
        } else {
            provider.addSelectionChangedListener(caretListener);
        }
    }

    @Override
    public void uninstall() {
        if (viewer == null) {
            return;
        }
        if (job != null) {
            job.cancel();
        }
        ISelectionProvider provider = viewer.getSelectionProvider();
        if (provider instanceof IPostSelectionProvider post) {
            post.removePostSelectionChangedListener(caretListener);
        } else if (provider != null) {
            provider.removeSelectionChangedListener(caretListener);
        }
    }

    @Override
    public IReconcilingStrategy getReconcilingStrategy(String contentType) {
        return null;
    }

    private void schedule(int widgetOffset) {
        IDocument document = viewer.getDocument();
        if (document == null) {
            return;
        }
        int offset = viewer instanceof org.eclipse.jface.text.ITextViewerExtension5 extension
                ? extension.widgetOffset2ModelOffset(widgetOffset) : widgetOffset;
        String text = document.get();
        if (job != null) {
            job.cancel();
        }
        job = TextJobs.create("Twinscope occurrences", viewer, text, monitor -> occurrences(text, document, offset),
                this::show);
        job.schedule();
    }

    /** The declaration and the references in this file of the element named at the offset; none unless two. */
    private static List<IRegion> occurrences(String text, IDocument document, int offset) {
        return DocumentParses.withParse(document, text, resource -> occurrences(resource, offset));
    }

    private static List<IRegion> occurrences(XtextResource resource, int offset) {
        EObject target = TwinscopeUiPlugin.getDefault().injector().getInstance(EObjectAtOffsetHelper.class)
                .resolveElementAt(resource, offset);
        if (target == null || target.eIsProxy()) {
            return List.of();
        }
        List<IRegion> regions = new ArrayList<>();
        if (target.eResource() == resource) {
            EAttribute name = (EAttribute) target.eClass().getEStructuralFeature("name");
            if (name != null) {
                for (INode node : NodeModelUtils.findNodesForFeature(target, name)) {
                    regions.add(new Region(node.getOffset(), node.getLength()));
                }
            }
        }
        for (ReferenceSearch.Naming naming : ReferenceSearch.namings(target,
                EcoreUtil.UsageCrossReferencer.find(target, resource))) {
            regions.add(new Region(naming.node().getOffset(), naming.node().getLength()));
        }
        return regions.size() < 2 ? List.of() : regions;
    }

    private void show(List<IRegion> regions) {
        IAnnotationModel model = viewer.getAnnotationModel();
        if (!(model instanceof IAnnotationModelExtension extension)) {
            return;
        }
        Map<Annotation, Position> added = new HashMap<>();
        for (IRegion region : regions) {
            added.put(new Annotation(ANNOTATION_TYPE, false, "Occurrence"), new Position(region.getOffset(),
                    region.getLength()));
        }
        extension.replaceAnnotations(shown, added);
        shown = added.keySet().toArray(Annotation[]::new);
    }
}
