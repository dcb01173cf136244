/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.studio;

import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWindowListener;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Adjusts the workbench windows once the workbench is up: the first window of a first start is maximized where the
 * product asks for it (Twinscope Studio does, in its plugin_customization.ini) and shows the Getting Started page,
 * and every window's Help menu loses
 * the entries that need a help system the installation does not have.
 */
public class StudioStartup implements IStartup {

    @Override
    public void earlyStartup() {
        IWorkbench workbench = PlatformUI.getWorkbench();
        workbench.getDisplay().asyncExec(() -> {
            if (workbench.isClosing()) {
                return;
            }
            for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
                HelpMenu.removeDeadEntries(window);
            }
            workbench.addWindowListener(new IWindowListener() {
                @Override
                public void windowOpened(IWorkbenchWindow window) {
                    HelpMenu.removeDeadEntries(window);
                }

                @Override
                public void windowActivated(IWorkbenchWindow window) {
                    // nothing to adjust
                }

                @Override
                public void windowDeactivated(IWorkbenchWindow window) {
                    // nothing to adjust
                }

                @Override
                public void windowClosed(IWorkbenchWindow window) {
                    // nothing to adjust
                }
            });
            FirstStart.maximize(workbench.getActiveWorkbenchWindow());
            FirstStart.showGettingStarted(workbench.getActiveWorkbenchWindow());
        });
    }
}
