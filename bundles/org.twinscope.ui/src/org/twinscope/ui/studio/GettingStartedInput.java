/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.studio;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.twinscope.ui.TwinscopeUiPlugin;

/** The input of the Getting Started page: there is one page, so every input equals every other. */
public final class GettingStartedInput implements IEditorInput {

    public static final GettingStartedInput INSTANCE = new GettingStartedInput();

    private GettingStartedInput() {
    }

    @Override
    public boolean exists() {
        return false; // not in the list of recently opened files
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ImageDescriptor.createFromURL(TwinscopeUiPlugin.class.getResource("/icons/twinscope16.png"));
    }

    @Override
    public String getName() {
        return "Getting Started";
    }

    @Override
    public IPersistableElement getPersistable() {
        return null; // Help > Getting Started opens it again; a restart does not
    }

    @Override
    public String getToolTipText() {
        return "Getting Started with Twinscope: system, targets, assessment, report";
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }
}
