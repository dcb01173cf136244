/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl;

import org.eclipse.emf.ecore.EPackage;
import org.twinscope.model.smm.SmmPackage;
import org.twinscope.model.twin.TwinPackage;

import com.google.inject.Injector;

/** Initializes the Twinscope language outside OSGi (command line, language server, plain unit tests). */
public class TwinscopeStandaloneSetup extends TwinscopeStandaloneSetupGenerated {

    public static Injector doSetup() {
        return new TwinscopeStandaloneSetup().createInjectorAndDoEMFRegistration();
    }

    @Override
    public Injector createInjectorAndDoEMFRegistration() {
        // The metamodel is imported, not inferred from the grammar: outside OSGi nobody reads the model bundle's
        // plugin.xml, so its packages must be registered before the grammar, which refers to them by nsURI, loads.
        registerEPackages();
        return super.createInjectorAndDoEMFRegistration();
    }

    public static void registerEPackages() {
        EPackage.Registry.INSTANCE.putIfAbsent(TwinPackage.eNS_URI, TwinPackage.eINSTANCE);
        EPackage.Registry.INSTANCE.putIfAbsent(SmmPackage.eNS_URI, SmmPackage.eINSTANCE);
    }
}
