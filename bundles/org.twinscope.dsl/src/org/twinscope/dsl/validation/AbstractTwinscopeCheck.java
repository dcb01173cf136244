/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.twinscope.model.smm.SmmPackage;
import org.twinscope.model.twin.TwinPackage;

/** Base of the validators that {@link TwinscopeValidator} composes; they register nothing on their own. */
public abstract class AbstractTwinscopeCheck extends AbstractDeclarativeValidator {

    @Override
    public void register(EValidatorRegistrar registrar) {
        // composed into TwinscopeValidator, which is the one registered
    }

    @Override
    protected List<EPackage> getEPackages() {
        return List.of(TwinPackage.eINSTANCE, SmmPackage.eINSTANCE);
    }
}
