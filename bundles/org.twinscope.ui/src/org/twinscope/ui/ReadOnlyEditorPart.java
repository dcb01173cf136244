/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.ui.part.EditorPart;

/** An editor that only shows something (a report, a page of steps): never dirty, nothing to save. */
public abstract class ReadOnlyEditorPart extends EditorPart {

    @Override
    public void doSave(IProgressMonitor monitor) {
        // nothing to save
    }

    @Override
    public void doSaveAs() {
        // nothing to save
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }
}
