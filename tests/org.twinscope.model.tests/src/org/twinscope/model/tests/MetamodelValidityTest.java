/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.twinscope.model.smm.Comprehensiveness;
import org.twinscope.model.smm.SmmPackage;
import org.twinscope.model.twin.TwinPackage;

/** The metamodel itself is valid Ecore, and the facts other bundles rely on hold. */
class MetamodelValidityTest {

    @Test
    void twinPackageHasNoErrors() {
        assertValid(TwinPackage.eINSTANCE);
    }

    @Test
    void smmPackageHasNoErrors() {
        assertValid(SmmPackage.eINSTANCE);
    }

    @Test
    void packagesAreRegisteredByTheirNamespaceUri() {
        assertSame(TwinPackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage(TwinPackage.eNS_URI));
        assertSame(SmmPackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage(SmmPackage.eNS_URI));
    }

    @Test
    void comprehensivenessLevelsAreZeroToFour() {
        assertEquals(5, Comprehensiveness.VALUES.size());
        for (Comprehensiveness level : Comprehensiveness.VALUES) {
            assertEquals(Comprehensiveness.VALUES.indexOf(level), level.getValue());
        }
        assertEquals("Ad hoc", Comprehensiveness.AD_HOC.getLiteral());
    }

    private static void assertValid(EPackage ePackage) {
        Diagnostic diagnostic = Diagnostician.INSTANCE.validate(ePackage);
        String problems = diagnostic.getChildren().stream()
                .filter(d -> d.getSeverity() >= Diagnostic.WARNING)
                .map(Diagnostic::getMessage)
                .collect(Collectors.joining("\n"));
        assertEquals(Diagnostic.OK, diagnostic.getSeverity(), problems);
    }
}
