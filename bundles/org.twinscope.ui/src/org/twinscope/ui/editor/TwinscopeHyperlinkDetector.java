/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.editor;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.PlatformUI;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.twinscope.ui.TwinscopeUiPlugin;
import org.twinscope.ui.views.SourceNavigation;

/** Go to definition (Ctrl+click, F3 via hyperlinks): from a reference to the element it names, across files. */
public class TwinscopeHyperlinkDetector extends AbstractHyperlinkDetector {

    @Override
    public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultiple) {
        XtextResource resource = EditorResources.parse(viewer.getDocument().get(),
                EditorResources.fileOf(viewer.getDocument()));
        EObjectAtOffsetHelper helper = TwinscopeUiPlugin.getDefault().injector()
                .getInstance(EObjectAtOffsetHelper.class);
        INode node = helper.getCrossReferenceNode(resource, new org.eclipse.xtext.util.TextRegion(region.getOffset(),
                0));
        if (node == null) {
            return null;
        }
        EObject target = helper.resolveCrossReferencedElementAt(resource, region.getOffset());
        if (target == null || target.eIsProxy()) {
            return null;
        }
        IRegion linkRegion = new Region(node.getOffset(), node.getLength());
        String name = NodeModelUtils.getTokenText(node);
        return new IHyperlink[] { new IHyperlink() {
            @Override
            public IRegion getHyperlinkRegion() {
                return linkRegion;
            }

            @Override
            public String getTypeLabel() {
                return "Twinscope definition";
            }

            @Override
            public String getHyperlinkText() {
                return "Open the definition of " + name;
            }

            @Override
            public void open() {
                SourceNavigation.reveal(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), target);
            }
        } };
    }
}
