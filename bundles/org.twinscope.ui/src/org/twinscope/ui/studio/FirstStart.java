/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.studio;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.osgi.service.prefs.BackingStoreException;
import org.twinscope.ui.TwinscopeUiPlugin;

/**
 * Maximizes the workbench window on the first start in a workspace, where the product asks for it: the Eclipse IDE's
 * first window is smaller than most screens, which cuts the Scope Diagram's toolbar off. Later starts keep the size
 * the user left (the workbench remembers it).
 */
public final class FirstStart {

    /** The product's wish (a preference its plugin_customization.ini sets; off in a plain Eclipse IDE). */
    public static final String MAXIMIZE = "maximizeOnFirstStart";
    /** Set once the window was maximized in this workspace. */
    public static final String DONE = "maximizedOnFirstStart";

    private FirstStart() {
    }

    /** Maximizes the window if the product asks for it and this workspace has not seen it done yet. */
    public static void maximize(IWorkbenchWindow window) {
        if (window == null || !Platform.getPreferencesService().getBoolean(TwinscopeUiPlugin.ID, MAXIMIZE, false,
                null)) {
            return;
        }
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(TwinscopeUiPlugin.ID);
        if (preferences.getBoolean(DONE, false)) {
            return;
        }
        Shell shell = window.getShell();
        if (shell != null && !shell.isDisposed()) {
            shell.setMaximized(true);
            preferences.putBoolean(DONE, true);
            try {
                preferences.flush();
            } catch (BackingStoreException e) {
                // not remembered: the window is maximized again on the next start, which does no harm
            }
        }
    }
}
