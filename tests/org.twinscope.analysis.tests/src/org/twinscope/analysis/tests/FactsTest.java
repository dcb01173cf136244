/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.twinscope.analysis.facts.SystemFacts;
import org.twinscope.analysis.facts.Thresholds;
import org.twinscope.model.smm.Fact;

/** The derived facts of a small plant with a vendor cloud, checked by hand. */
class FactsTest {

    static final String PLANT = """
            system Plant {
            	organization Operator
            	organization Vendor
            	organization Cloud
            	boundary Site kind site owner Operator {
            		boundary Floor kind ot-zone {
            			asset Press kind machine criticality critical safety-relevant
            			asset Meter kind sensor criticality low
            		}
            		boundary Office kind it-zone {
            			twin PressTwin represents Press, Meter fidelity high
            		}
            	}
            	boundary VendorCloud kind cloud owner Vendor hosted-by Cloud {
            		twin FleetTwin aggregates PressTwin fidelity medium
            		twin RemoteTwin represents Press
            	}
            	sync Fast: Meter -> PressTwin telemetry every 500 ms fidelity raw
            	sync Slow: PressTwin -> FleetTwin telemetry every 1 h fidelity aggregated
            	sync Remote: RemoteTwin -> Press commands on-demand
            	sync Local: PressTwin -> Press commands on-change
            	actor person Engineer of Vendor reads PressTwin
            	actor service Control of Operator operates Press
            }
            """;

    private final Fixture fixture = Fixture.of(PLANT, "");
    private final SystemFacts facts = SystemFacts.of(fixture.input().systems().get(0),
            Thresholds.of(fixture.input().thresholds()));

    private Set<Fact> factsOf(String element) {
        Set<Fact> set = EnumSet.noneOf(Fact.class);
        set.addAll(facts.factsOf(fixture.element(element)));
        return set;
    }

    @Test
    void synchronizationFacts() {
        assertEquals(EnumSet.of(Fact.CROSSES_BOUNDARY, Fact.HIGH_FREQUENCY, Fact.HIGH_FIDELITY), factsOf("Fast"));
        assertEquals(EnumSet.of(Fact.CROSSES_ORGANIZATIONS, Fact.CROSSES_BOUNDARY, Fact.CLOUD), factsOf("Slow"));
        assertEquals(EnumSet.of(Fact.CROSSES_ORGANIZATIONS, Fact.CROSSES_BOUNDARY, Fact.ACTUATION, Fact.CLOUD,
                Fact.SAFETY_RELEVANT, Fact.HIGH_CRITICALITY), factsOf("Remote"));
        assertEquals(EnumSet.of(Fact.CROSSES_BOUNDARY, Fact.ACTUATION, Fact.SAFETY_RELEVANT,
                Fact.HIGH_CRITICALITY), factsOf("Local"));
    }

    @Test
    void reasonsNameTheElementsAndOrganizations() {
        assertEquals("sync Remote links RemoteTwin (Vendor, hosted by Cloud) and Press (Operator)",
                facts.reason(fixture.element("Remote"), Fact.CROSSES_ORGANIZATIONS));
        assertEquals("sync Fast runs every 500 ms (threshold: every 1 s)",
                facts.reason(fixture.element("Fast"), Fact.HIGH_FREQUENCY));
    }

    @Test
    void assetFacts() {
        Set<Fact> press = factsOf("Press");
        assertTrue(press.containsAll(EnumSet.of(Fact.IN_OT_ZONE, Fact.SAFETY_RELEVANT, Fact.HIGH_CRITICALITY,
                Fact.ACTUATION, Fact.CROSSES_ORGANIZATIONS)), press.toString());
        assertFalse(press.contains(Fact.EXTERNAL_ACCESS), "the Operator's own actor is not external");
        assertEquals(EnumSet.of(Fact.IN_OT_ZONE, Fact.HIGH_FREQUENCY, Fact.HIGH_FIDELITY, Fact.RUNS_SOFTWARE),
                factsOf("Meter"), "an asset runs software unless the model says no-software");
    }

    @Test
    void twinFacts() {
        Set<Fact> pressTwin = factsOf("PressTwin");
        assertTrue(pressTwin.containsAll(EnumSet.of(Fact.HIGH_FIDELITY, Fact.ACTUATION, Fact.HIGH_FREQUENCY,
                Fact.EXTERNAL_ACCESS, Fact.CROSSES_ORGANIZATIONS, Fact.SAFETY_RELEVANT)), pressTwin.toString());
        assertFalse(pressTwin.contains(Fact.HOSTED_BY_OTHER_ORGANIZATION), "runs at the asset owner");
        Set<Fact> fleetTwin = factsOf("FleetTwin");
        assertTrue(fleetTwin.containsAll(EnumSet.of(Fact.AGGREGATES_TWINS, Fact.HOSTED_BY_OTHER_ORGANIZATION,
                Fact.CLOUD)), fleetTwin.toString());
        assertEquals("FleetTwin runs at Cloud, the asset Press belongs to Operator",
                facts.reason(fixture.element("FleetTwin"), Fact.HOSTED_BY_OTHER_ORGANIZATION));
    }

    @Test
    void boundaryFacts() {
        assertTrue(factsOf("Floor").containsAll(EnumSet.of(Fact.IN_OT_ZONE, Fact.ACTUATION,
                Fact.CROSSES_ORGANIZATIONS, Fact.CROSSES_BOUNDARY)));
        assertTrue(factsOf("VendorCloud").containsAll(EnumSet.of(Fact.CLOUD, Fact.HOSTED_BY_OTHER_ORGANIZATION,
                Fact.CROSSES_ORGANIZATIONS)));
        assertTrue(factsOf("Office").contains(Fact.EXTERNAL_ACCESS));
        assertFalse(factsOf("Office").contains(Fact.IN_OT_ZONE));
    }

    @Test
    void organizationAndActorFacts() {
        assertTrue(factsOf("Vendor").containsAll(EnumSet.of(Fact.CROSSES_ORGANIZATIONS, Fact.ACTUATION,
                Fact.EXTERNAL_ACCESS, Fact.CLOUD)), factsOf("Vendor").toString());
        assertEquals(EnumSet.of(Fact.EXTERNAL_ACCESS), factsOf("Engineer"));
        assertEquals(EnumSet.of(Fact.ACTUATION, Fact.HIGH_CRITICALITY, Fact.SAFETY_RELEVANT), factsOf("Control"),
                "operating a critical, safety-relevant press");
    }
}
