/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.design;

import java.lang.reflect.Method;
import java.util.Set;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Plugin;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.BundleContext;

/**
 * Registers the Twinscope viewpoint with Sirius when Sirius is installed. Sirius is reached reflectively and the
 * bundle requires it optionally, so that Twinscope builds and installs without Sirius (which is not on Maven
 * Central); without Sirius this activator does nothing.
 */
public class DesignActivator extends Plugin {

    public static final String PLUGIN_ID = "org.twinscope.design";
    static final String ODESIGN = PLUGIN_ID + "/description/twinscope.odesign";
    private static final String REGISTRY = "org.eclipse.sirius.business.api.componentization.ViewpointRegistry";

    private Set<?> viewpoints = Set.of();

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        Object registry = registry();
        if (registry != null) {
            Method register = registry.getClass().getMethod("registerFromPlugin", String.class);
            viewpoints = (Set<?>) register.invoke(registry, ODESIGN);
        }
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        Object registry = registry();
        if (registry != null && !viewpoints.isEmpty()) {
            Method dispose = registry.getClass().getMethod("disposeFromPlugin", Set.class);
            dispose.invoke(registry, viewpoints);
        }
        viewpoints = Set.of();
        super.stop(context);
    }

    /** Sirius's viewpoint registry, or null when Sirius is not installed. */
    private Object registry() {
        try {
            Class<?> type = getClass().getClassLoader().loadClass(REGISTRY);
            return type.getMethod("getInstance").invoke(null);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        } catch (ReflectiveOperationException e) {
            ILog.of(getClass()).log(Status.warning("Twinscope could not reach the Sirius viewpoint registry", e));
            return null;
        }
    }
}
