/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui;

import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;
import org.twinscope.dsl.ide.TwinscopeIdeSetup;
import org.twinscope.ui.language.TwinscopeFileChanges;

import com.google.inject.Injector;

/**
 * The Twinscope IDE bundle. It runs the language's editor-neutral services (org.twinscope.dsl.ide) in process; the
 * Eclipse side is thin glue on the platform's Generic Editor (Xtext's own Eclipse UI is not available to us).
 */
public class TwinscopeUiPlugin extends AbstractUIPlugin {

    public static final String ID = "org.twinscope.ui";

    private static TwinscopeUiPlugin instance;
    private Injector injector;

    public TwinscopeUiPlugin() {
        instance = this;
    }

    public static TwinscopeUiPlugin getDefault() {
        return instance;
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        TwinscopeFileChanges.stop();
        super.stop(context);
    }

    /** The language's injector (runtime and ide services), created on first use. */
    public synchronized Injector injector() {
        if (injector == null) {
            injector = new TwinscopeIdeSetup().createInjectorAndDoEMFRegistration();
        }
        return injector;
    }
}
