/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.editor.highlighting;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextInputListener;
import org.eclipse.jface.text.ITextListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.IViewportListener;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextEvent;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.TextUtilities;
import org.eclipse.jface.text.TypedRegion;
import org.eclipse.jface.text.presentation.IPresentationDamager;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.IPresentationReconcilerExtension;
import org.eclipse.jface.text.presentation.IPresentationRepairer;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.ControlAdapter;
import org.eclipse.swt.events.ControlEvent;
import org.eclipse.swt.events.ControlListener;

/**
 * A presentation reconciler that colors only the lines on screen and a screenful around them, and more as the user
 * scrolls. JFace's {@code PresentationReconciler} colors the whole document when it is opened (twice with folding,
 * which re-creates the widget's contents), which blocks the UI thread for seconds on a large model; here the work is
 * bounded by the size of the window. A change colors the lines on screen from the changed line on again; lines below
 * the screen are colored again when scrolled to, since a change can alter how the lines after it read (an opened
 * comment).
 * <p>
 * The repairers get regions of one partition type of {@link #getDocumentPartitioning()}, as in the JFace reconciler.
 */
public class VisibleLinesPresentationReconciler implements IPresentationReconciler, IPresentationReconcilerExtension {

    private static final int MIN_MARGIN_LINES = 50;

    private final String partitioning;
    private final Map<String, IPresentationRepairer> repairers = new HashMap<>();
    private final BitSet presentedLines = new BitSet();
    private ITextViewer viewer;
    private IDocument document;

    private final ITextListener textListener = this::textChanged;
    private final IViewportListener viewportListener = verticalOffset -> presentVisibleLines(true);
    private final ControlListener resizeListener = new ControlAdapter() {
        @Override
        public void controlResized(ControlEvent e) {
            presentVisibleLines(true);
        }
    };
    private final ITextInputListener inputListener = new ITextInputListener() {
        @Override
        public void inputDocumentAboutToBeChanged(IDocument oldInput, IDocument newInput) {
            // nothing to release: the repairers only hold the document
        }

        @Override
        public void inputDocumentChanged(IDocument oldInput, IDocument newInput) {
            connect(newInput);
        }
    };

    protected VisibleLinesPresentationReconciler(String partitioning) {
        this.partitioning = partitioning;
    }

    /** Colors regions of the given partition type with the repairer. */
    protected void setRepairer(IPresentationRepairer repairer, String contentType) {
        repairers.put(contentType, repairer);
    }

    /** Called when the viewer gets a document, before it is colored; subclasses prepare it (partitioning). */
    protected void prepare(IDocument newDocument) {
        // nothing by default
    }

    @Override
    public String getDocumentPartitioning() {
        return partitioning;
    }

    @Override
    public void install(ITextViewer textViewer) {
        viewer = textViewer;
        viewer.addTextInputListener(inputListener);
        viewer.addTextListener(textListener);
        viewer.addViewportListener(viewportListener);
        StyledText widget = viewer.getTextWidget();
        if (widget != null) {
            widget.addControlListener(resizeListener);
        }
        connect(viewer.getDocument());
    }

    @Override
    public void uninstall() {
        viewer.removeTextInputListener(inputListener);
        viewer.removeTextListener(textListener);
        viewer.removeViewportListener(viewportListener);
        StyledText widget = viewer.getTextWidget();
        if (widget != null && !widget.isDisposed()) {
            widget.removeControlListener(resizeListener);
        }
    }

    @Override
    public IPresentationDamager getDamager(String contentType) {
        return null; // damage is decided by the lines on screen, not by damagers
    }

    @Override
    public IPresentationRepairer getRepairer(String contentType) {
        return repairers.get(contentType);
    }

    private void connect(IDocument newDocument) {
        document = newDocument;
        presentedLines.clear();
        if (newDocument != null) {
            prepare(newDocument);
            repairers.values().forEach(repairer -> repairer.setDocument(newDocument));
        }
    }

    private void textChanged(TextEvent event) {
        if (!event.getViewerRedrawState()) {
            return; // the viewer sends another event when it draws again
        }
        DocumentEvent change = event.getDocumentEvent();
        if (change == null || document == null) {
            presentedLines.clear(); // a redraw or an invalidation: color what is on screen afresh
            presentVisibleLines(true);
            // a viewer that replaces its widget's contents (folding re-creating the projection) sends this while
            // scrolled to the top and restores its scroll position afterwards without a viewport event: color the
            // lines on screen once more when it is done
            StyledText widget = viewer.getTextWidget();
            if (widget != null && !widget.isDisposed()) {
                widget.getDisplay().asyncExec(() -> presentVisibleLines(true));
            }
            return;
        }
        // an edit can change how the text after it reads (an opened comment), never the lines before it; the lines
        // on screen are colored now, those below when they are scrolled to
        try {
            int line = document.getLineOfOffset(Math.min(change.getOffset(), document.getLength()));
            presentedLines.clear(line, Math.max(line, presentedLines.length()));
        } catch (BadLocationException e) {
            presentedLines.clear();
        }
        presentVisibleLines(false);
    }

    /** Colors the lines on screen, and with {@code margin} a screenful around them, that are not colored yet. */
    private void presentVisibleLines(boolean margin) {
        StyledText widget = viewer == null ? null : viewer.getTextWidget();
        if (document == null || widget == null || widget.isDisposed() || document != viewer.getDocument()) {
            return;
        }
        int top = Math.max(0, viewer.getTopIndex());
        int bottom = viewer.getBottomIndex();
        if (bottom < top) {
            bottom = top + widget.getClientArea().height / Math.max(1, widget.getLineHeight()) + 1;
        }
        int extra = margin ? Math.max(MIN_MARGIN_LINES, bottom - top) : 0;
        int first = Math.max(0, top - extra);
        int last = Math.min(document.getNumberOfLines() - 1, bottom + extra);
        int line = presentedLines.nextClearBit(first);
        while (line <= last) {
            int end = presentedLines.nextSetBit(line);
            int runLast = end < 0 || end > last + 1 ? last : end - 1;
            present(line, runLast);
            presentedLines.set(line, runLast + 1);
            line = presentedLines.nextClearBit(runLast + 1);
        }
    }

    private void present(int firstLine, int lastLine) {
        try {
            int offset = document.getLineOffset(firstLine);
            int end = lastLine + 1 < document.getNumberOfLines() ? document.getLineOffset(lastLine + 1)
                    : document.getLength();
            if (end <= offset) {
                return;
            }
            Region region = new Region(offset, end - offset);
            TextPresentation presentation = new TextPresentation(region, 256);
            for (ITypedRegion part : partitions(offset, end)) {
                IPresentationRepairer repairer = repairers.get(part.getType());
                if (repairer != null) {
                    repairer.createPresentation(presentation, part);
                }
            }
            viewer.changeTextPresentation(presentation, false);
        } catch (BadLocationException e) {
            presentedLines.clear(); // the document changed under us; the text listener colors it again
        }
    }

    /** The partitions of [offset, end), clipped to it; one default region when the document has no partitioning. */
    private ITypedRegion[] partitions(int offset, int end) throws BadLocationException {
        ITypedRegion[] parts = TextUtilities.computePartitioning(document, partitioning, offset, end - offset, false);
        if (parts.length == 0) {
            return new ITypedRegion[] { new TypedRegion(offset, end - offset, IDocument.DEFAULT_CONTENT_TYPE) };
        }
        for (int i = 0; i < parts.length; i++) {
            int from = Math.max(offset, parts[i].getOffset());
            int to = Math.min(end, parts[i].getOffset() + parts[i].getLength());
            parts[i] = new TypedRegion(from, Math.max(0, to - from), parts[i].getType());
        }
        return parts;
    }
}
