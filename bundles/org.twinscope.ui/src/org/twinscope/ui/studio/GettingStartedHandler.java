/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.studio;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Help > Getting Started: opens the Getting Started page in the active window. */
public class GettingStartedHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        try {
            GettingStartedEditor.open(window.getActivePage());
        } catch (PartInitException e) {
            throw new ExecutionException("The Getting Started page could not be opened", e);
        }
        return null;
    }
}
