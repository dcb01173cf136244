/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.ide.hover;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.hover.HoverService;

import com.google.inject.Inject;

/** Hovers that explain SMM and twin system elements; the text comes from {@link ElementDocumentation}. */
public class TwinscopeHoverService extends HoverService {

    @Inject
    private ElementDocumentation documentation;

    @Override
    public String getContents(EObject element) {
        String text = documentation.describe(element);
        return text != null ? text : super.getContents(element);
    }
}
