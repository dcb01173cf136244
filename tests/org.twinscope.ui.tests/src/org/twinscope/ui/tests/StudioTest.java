/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Version;
import org.twinscope.ui.TwinscopeUiPlugin;
import org.twinscope.ui.studio.FirstStart;
import org.twinscope.ui.studio.HelpMenu;

/** Twinscope Studio's window, About and Help as a first start shows them. */
class StudioTest {

    @Test
    void theWindowIsMaximizedOnTheFirstStartOnly() throws Exception {
        Bundle bundle = Platform.getBundle(TwinscopeUiPlugin.ID);
        Properties customization = new Properties();
        try (InputStream in = bundle.getEntry("plugin_customization.ini").openStream()) {
            customization.load(in);
        }
        assertEquals("true", customization.getProperty(TwinscopeUiPlugin.ID + "/" + FirstStart.MAXIMIZE),
                "the product asks for a maximized first window");

        // the tests run Twinscope Studio, whose customization asks for it; a plain Eclipse IDE does not
        assertTrue(Platform.getPreferencesService().getBoolean(TwinscopeUiPlugin.ID, FirstStart.MAXIMIZE, false,
                null), "the product's customization is in effect");
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Shell shell = window.getShell();
        var defaults = DefaultScope.INSTANCE.getNode(TwinscopeUiPlugin.ID);
        var instance = InstanceScope.INSTANCE.getNode(TwinscopeUiPlugin.ID);
        try {
            defaults.putBoolean(FirstStart.MAXIMIZE, false);
            shell.setMaximized(false);
            instance.remove(FirstStart.DONE);
            FirstStart.maximize(window);
            assertFalse(shell.getMaximized(), "a plain Eclipse IDE (no product wish) keeps its window size");

            defaults.putBoolean(FirstStart.MAXIMIZE, true);
            FirstStart.maximize(window);
            assertTrue(shell.getMaximized(), "the first start maximizes the window");
            shell.setMaximized(false);
            FirstStart.maximize(window);
            assertFalse(shell.getMaximized(), "later starts keep the size the user left");
        } finally {
            defaults.putBoolean(FirstStart.MAXIMIZE, true);
            instance.putBoolean(FirstStart.DONE, true);
            shell.setMaximized(false);
        }
    }

    @Test
    void aboutShowsVersionLicenseAndTheSmmAttribution() {
        IExtension product = Platform.getExtensionRegistry().getExtension("org.eclipse.core.runtime.products",
                TwinscopeUiPlugin.ID + ".studio");
        assertNotNull(product);
        String about = null;
        for (IConfigurationElement property : product.getConfigurationElements()[0].getChildren("property")) {
            if ("aboutText".equals(property.getAttribute("name"))) {
                about = property.getAttribute("value");
            }
        }
        assertNotNull(about);
        Version version = Platform.getBundle(TwinscopeUiPlugin.ID).getVersion();
        assertTrue(about.contains("Version " + version.getMajor() + "." + version.getMinor() + "."
                + version.getMicro() + "\n"), "the version of the bundle: " + about);
        assertTrue(about.contains("Eclipse Public License 2.0"), about);
        assertTrue(about.contains("IoT Security Maturity Model (SMM)"), about);
        assertTrue(about.contains("Industry IoT Consortium (IIC"), about);
        assertTrue(about.contains("Digital Twin Consortium"), about);
    }

    @Test
    void theHelpMenuHasNoEntryThatDoesNothing() {
        assertFalse(PlatformUI.getWorkbench().getHelpSystem().hasHelpUI(), "no help system in the target platform");
        IMenuManager help = HelpMenu.of(PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        assertNotNull(help, "the IDE's Help menu");
        List<String> visible = new ArrayList<>();
        for (IContributionItem item : help.getItems()) {
            if (item.isVisible() && !item.isSeparator() && !item.isGroupMarker()) {
                visible.add(item.getId());
            }
        }
        for (String dead : HelpMenu.NEED_HELP_UI) {
            assertFalse(visible.contains(dead), dead + " would do nothing; the menu shows " + visible);
        }
        assertTrue(visible.contains("about"), "About stays: " + visible);
    }
}
