/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.editor.navigation;

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
import org.twinscope.ui.language.DocumentParses;
import org.twinscope.ui.language.SourceNavigation;

/** Go to definition (Ctrl+click, F3 via hyperlinks): from a reference to the element it names, across files. */
public class TwinscopeHyperlinkDetector extends AbstractHyperlinkDetector {

    /** What a link needs from the parse: where the reference is, its text, and the element it names. */
    private record Target(IRegion region, String name, EObject element) {
    }

    /**
     * Runs on the UI thread as the mouse moves with Ctrl held, so it uses the document's parse made in the background
     * ({@link DocumentParses}) and offers no link while that parse is being made.
     */
    @Override
    public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultiple) {
        Target found = DocumentParses.withCurrentParse(viewer.getDocument(), viewer.getDocument().get(),
                resource -> target(resource, region.getOffset())).orElse(null);
        if (found == null) {
            return null;
        }
        IRegion linkRegion = found.region();
        String name = found.name();
        EObject target = found.element();
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

    private static Target target(XtextResource resource, int offset) {
        EObjectAtOffsetHelper helper = TwinscopeUiPlugin.getDefault().injector()
                .getInstance(EObjectAtOffsetHelper.class);
        INode node = helper.getCrossReferenceNode(resource, new org.eclipse.xtext.util.TextRegion(offset, 0));
        if (node == null) {
            return null;
        }
        EObject element = helper.resolveCrossReferencedElementAt(resource, offset);
        if (element == null || element.eIsProxy()) {
            return null;
        }
        return new Target(new Region(node.getOffset(), node.getLength()), NodeModelUtils.getTokenText(node), element);
    }
}
