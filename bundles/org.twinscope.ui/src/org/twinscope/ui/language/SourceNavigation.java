/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.language;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** Opens the file an element is written in and selects it. */
public final class SourceNavigation {

    private SourceNavigation() {
    }

    public static void reveal(IWorkbenchPage page, EObject element) {
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
            ICompositeNode node = NodeModelUtils.getNode(element);
            if (editor instanceof ITextEditor text && node != null) {
                text.selectAndReveal(node.getOffset(), node.getLength());
            } else if (editor != null && editor.getAdapter(ITextEditor.class) instanceof ITextEditor text
                    && node != null) {
                text.selectAndReveal(node.getOffset(), node.getLength());
            }
        } catch (PartInitException e) {
            page.getWorkbenchWindow().getShell().getDisplay().beep();
        }
    }
}
