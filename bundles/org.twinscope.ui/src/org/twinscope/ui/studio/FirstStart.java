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
 * What the first start in a workspace does, where the product asks for it: maximize the workbench window (the Eclipse
 * IDE's first window is smaller than most screens, which cuts the Scope Diagram's toolbar off; later starts keep the
 * size the user left) and open the Getting Started page.
 */
public final class FirstStart {

    /** The product's wish (a preference its plugin_customization.ini sets; off in a plain Eclipse IDE). */
    public static final String MAXIMIZE = "maximizeOnFirstStart";
    /** Set once the window was maximized in this workspace. */
    public static final String DONE = "maximizedOnFirstStart";
    /** The product's wish to show the Getting Started page on the first start (plugin_customization.ini). */
    public static final String GETTING_STARTED = "gettingStartedOnFirstStart";
    /** Set once the Getting Started page was shown in this workspace. */
    public static final String GETTING_STARTED_SHOWN = "gettingStartedShown";

    private FirstStart() {
    }

    /**
     * Opens the Getting Started page if the product asks for it and this workspace has not shown it yet; returns
     * whether it opened it.
     */
    public static boolean showGettingStarted(IWorkbenchWindow window) {
        if (window == null || window.getActivePage() == null || !Platform.getPreferencesService().getBoolean(
                TwinscopeUiPlugin.ID, GETTING_STARTED, false, null)) {
            return false;
        }
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(TwinscopeUiPlugin.ID);
        if (preferences.getBoolean(GETTING_STARTED_SHOWN, false)) {
            return false;
        }
        try {
            GettingStartedEditor.open(window.getActivePage());
        } catch (org.eclipse.ui.PartInitException e) {
            return false; // tried again on the next start
        }
        preferences.putBoolean(GETTING_STARTED_SHOWN, true);
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            // not remembered: the page opens again on the next start, which does no harm
        }
        return true;
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
