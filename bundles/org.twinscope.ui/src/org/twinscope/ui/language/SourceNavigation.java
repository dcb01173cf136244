/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.language;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension5;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Opens the file an element is written in and selects it: the whole element, or only its name where the user comes
 * from a picture of the model (the scope diagram) and wants to see the element's line, not have it scrolled away.
 */
public final class SourceNavigation {

    private SourceNavigation() {
    }

    /** Selects the whole element. */
    public static void reveal(IWorkbenchPage page, EObject element) {
        open(page, element, false);
    }

    /**
     * Selects the element's name (the whole element when it has none) and keeps the editor scrolled to the left
     * where the name fits the editor's width then: selecting a whole element left the editor scrolled sideways to its
     * last line's end.
     */
    public static void revealName(IWorkbenchPage page, EObject element) {
        open(page, element, true);
    }

    private static void open(IWorkbenchPage page, EObject element, boolean nameOnly) {
        if (element == null || element.eResource() == null || !element.eResource().getURI().isFile()) {
            return;
        }
        IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(
                java.net.URI.create(element.eResource().getURI().toString()));
        if (files.length == 0) {
            return;
        }
        try {
            IEditorPart editor = IDE.openEditor(page, files[0]);
            INode node = nameOnly ? nameNode(element) : null;
            if (node == null) {
                node = NodeModelUtils.getNode(element);
            }
            ITextEditor text = editor instanceof ITextEditor direct ? direct
                    : editor == null ? null : editor.getAdapter(ITextEditor.class);
            if (text != null && node != null) {
                text.selectAndReveal(node.getOffset(), node.getLength());
                if (nameOnly) {
                    scrollLeftIfFits(text, node.getOffset() + node.getLength());
                }
            }
        } catch (PartInitException e) {
            page.getWorkbenchWindow().getShell().getDisplay().beep();
        }
    }

    /** The text of the element's name, or null for an element without one. */
    private static INode nameNode(EObject element) {
        EStructuralFeature name = element.eClass().getEStructuralFeature("name");
        if (name == null) {
            return null;
        }
        List<INode> nodes = NodeModelUtils.findNodesForFeature(element, name);
        return nodes.isEmpty() ? null : nodes.get(0);
    }

    /** Scrolls the editor fully to the left when the offset is visible that way (the name fits the width). */
    private static void scrollLeftIfFits(ITextEditor editor, int end) {
        if (!(editor.getAdapter(ITextOperationTarget.class) instanceof ITextViewer viewer)) {
            return;
        }
        StyledText widget = viewer.getTextWidget();
        int widgetEnd = viewer instanceof ITextViewerExtension5 mapping ? mapping.modelOffset2WidgetOffset(end) : end;
        if (widget == null || widgetEnd < 0 || widgetEnd > widget.getCharCount()) {
            return;
        }
        int unscrolledX = widget.getLocationAtOffset(widgetEnd).x + widget.getHorizontalPixel();
        if (unscrolledX < widget.getClientArea().width) {
            widget.setHorizontalPixel(0);
        }
    }
}
