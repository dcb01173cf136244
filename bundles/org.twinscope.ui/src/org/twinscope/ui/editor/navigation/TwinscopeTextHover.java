/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.editor.navigation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.twinscope.dsl.ide.hover.ElementDocumentation;
import org.twinscope.ui.TwinscopeUiPlugin;
import org.twinscope.ui.language.DocumentParses;

/**
 * Hover with the same explanations as the language server: a practice's objective and rules, an element's owner; on
 * a name that names nothing, why. Shown in a {@link HoverInformationControl}, which has a border and wraps.
 */
public class TwinscopeTextHover implements ITextHover, ITextHoverExtension {

    @Override
    public String getHoverInfo(ITextViewer viewer, IRegion region) {
        // JFace asks in a background thread, so waiting for the document's shared parse is fine here
        return DocumentParses.withParse(viewer.getDocument(), viewer.getDocument().get(),
                resource -> describe(resource, region.getOffset()));
    }

    /** Plain text about the element at the offset, its title on the first line, or null. */
    private static String describe(XtextResource resource, int offset) {
        EObject element = TwinscopeUiPlugin.getDefault().injector().getInstance(EObjectAtOffsetHelper.class)
                .resolveElementAt(resource, offset);
        if (element == null) {
            return null;
        }
        ElementDocumentation documentation = TwinscopeUiPlugin.getDefault().injector()
                .getInstance(ElementDocumentation.class);
        String markdown = element.eIsProxy() ? documentation.describeUnresolved(resource, offset)
                : documentation.describe(element);
        return markdown == null ? null : markdown.replace("**", "");
    }

    @Override
    public IRegion getHoverRegion(ITextViewer viewer, int offset) {
        return new Region(offset, 0);
    }

    @Override
    public IInformationControlCreator getHoverControlCreator() {
        return HoverInformationControl.CREATOR;
    }
}
