/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.twinscope.design.services.ScopeServices;
import org.twinscope.dsl.load.LoadedModel;
import org.twinscope.model.twin.Synchronization;
import org.twinscope.model.twin.SystemElement;
import org.twinscope.model.twin.TwinModel;
import org.twinscope.testing.TestModels;

/** The viewpoint's services answer from the analysis of the bottling line as the views of the CLI do. */
class ScopeServicesTest {

    private static LoadedModel model;
    private final ScopeServices services = new ScopeServices();

    @BeforeAll
    static void load() {
        model = TestModels.example("bottling-line").model();
        assertFalse(model.hasErrors());
    }

    private static SystemElement element(String name) {
        for (var resource : model.files().values()) {
            if (resource.getContents().get(0) instanceof TwinModel twinModel) {
                for (var iterator = twinModel.eAllContents(); iterator.hasNext();) {
                    EObject next = iterator.next();
                    if (next instanceof SystemElement element && name.equals(element.getName())) {
                        return element;
                    }
                }
            }
        }
        throw new AssertionError("no " + name);
    }

    @Test
    void statusesComeFromTheAnalysis() {
        assertEquals("gap", services.twinscopePracticeStatus(element("FleetFeed"), "AccessControl"));
        assertEquals("", services.twinscopePracticeStatus(element("FleetFeed"), "PatchManagement"));
        assertTrue(services.twinscopeApplies(element("Filler"), "PhysicalProtection"));
        assertFalse(services.twinscopeApplies(element("EdgeGateway"), "AccessControl"));
    }

    @Test
    void labelsAndTooltips() {
        Synchronization feed = (Synchronization) element("FillerTelemetry");
        assertEquals("every 100 ms, raw", services.twinscopeSyncLabel(feed));
        assertTrue(services.twinscopeCrossesOrganizations((Synchronization) element("FleetFeed")));
        assertFalse(services.twinscopeCrossesOrganizations(feed));
        assertTrue(services.twinscopeReasons(element("FleetFeed")).contains("CrossOrganizationSynchronization"));
        assertTrue(services.twinscopeBadges(element("FleetFeed")).contains("AccessControl"));
    }
}
