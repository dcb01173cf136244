/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.outline;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.twinscope.dsl.load.ModelLoader;

/** Gives text editors of .twin and .smm files an outline page; other editors are left alone. */
public class OutlineAdapterFactory implements IAdapterFactory {

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        if (adapterType == IContentOutlinePage.class && adaptable instanceof ITextEditor editor
                && editor.getEditorInput() instanceof IFileEditorInput input
                && ModelLoader.isTwinscopeExtension(input.getFile().getFileExtension())) {
            return adapterType.cast(new TwinscopeOutlinePage(editor));
        }
        return null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] { IContentOutlinePage.class };
    }
}
