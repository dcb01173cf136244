/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;

import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** Twinscope Studio's workbench comes up under a real display with its branding and our bundles. */
class WorkbenchStartsTest {

    @Test
    void workbenchWindowIsOpenAndBrandedAsTwinscopeStudio() {
        assertTrue(PlatformUI.isWorkbenchRunning(), "workbench is not running");
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "no active workbench window");
        assertTrue(window.getShell().isVisible(), "workbench window is not visible");
        assertNotNull(Platform.getProduct(), "no product is defined");
        assertEquals("Twinscope Studio", Platform.getProduct().getName());

        window.getShell().setSize(1280, 800);
        File screenshot = Screenshots.take(window.getShell(), "workbench");
        assertTrue(screenshot.length() > 1000, "screenshot is empty: " + screenshot);
    }

    @Test
    void twinscopeBundlesAreResolved() {
        for (String id : new String[] { "org.twinscope.model", "org.twinscope.ui" }) {
            assertNotNull(Platform.getBundle(id), id + " is not installed");
            assertTrue((Platform.getBundle(id).getState() & (org.osgi.framework.Bundle.RESOLVED
                    | org.osgi.framework.Bundle.ACTIVE | org.osgi.framework.Bundle.STARTING)) != 0,
                    id + " is not resolved");
        }
    }
}
