/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.twinscope.analysis.applicability.Applicability;

/** Rules fire on facts, user rules join the built-in ones, and overrides are kept and marked. */
class ApplicabilityTest {

    private static final String SYSTEM = """
            system S {
            	organization A
            	organization B
            	boundary Plant kind site owner A { asset Pump kind machine twin PumpTwin represents Pump }
            	boundary Lab kind it-zone owner B { twin Sim aggregates PumpTwin }
            	sync Feed: Pump -> PumpTwin telemetry every 1 min
            	sync Share: PumpTwin -> Sim telemetry every 1 h
            }
            """;

    private static List<String> applied(Fixture fixture, String element) {
        return fixture.system().applicabilities().stream()
                .filter(a -> a.element() == fixture.element(element))
                .map(a -> a.rule().getName() + ":" + a.practice().getName() + (a.isOverridden() ? "!" : ""))
                .toList();
    }

    @Test
    void builtInRulesForACrossOrganizationLink() {
        Fixture fixture = Fixture.of(SYSTEM, "");
        assertEquals(List.of(
                "CrossOrganizationSynchronization:ServicesThirdPartyDependenciesManagement",
                "CrossOrganizationSynchronization:AccessControl",
                "CrossOrganizationSynchronization:EstablishingAndMaintainingIdentities",
                "CrossOrganizationSynchronization:DataProtectionModelAndPolicy",
                "CrossOrganizationSynchronization:DataProtectionControls",
                "CrossOrganizationSynchronization:Monitoring"), applied(fixture, "Share"));
        assertEquals(List.of(), applied(fixture, "Feed"), "a slow link within one boundary owner brings nothing");
    }

    @Test
    void ruleWithoutConditionAppliesToEveryElementOfItsSubject() {
        Fixture fixture = Fixture.of(SYSTEM, "");
        assertEquals(6, applied(fixture, "A").size());
        assertEquals(applied(fixture, "A").stream().map(s -> s.substring(s.indexOf(':'))).toList(),
                applied(fixture, "B").stream().map(s -> s.substring(s.indexOf(':'))).toList());
    }

    @Test
    void userRulesWithCompoundConditions() {
        Fixture fixture = Fixture.of(SYSTEM, """
                rule SlowInternal for sync when not crosses-organizations and (high-frequency or not actuation)
                	then PatchManagement because "test"
                """);
        assertEquals(List.of("SlowInternal:PatchManagement"), applied(fixture, "Feed"));
        assertTrue(applied(fixture, "Share").stream().noneMatch(s -> s.startsWith("SlowInternal")));
    }

    @Test
    void overriddenPracticesAreKeptAndMarked() {
        Fixture fixture = Fixture.of(SYSTEM, """
                profile P for S { not-applicable Monitoring on Share because "Batch export, nothing to watch" }
                """);
        List<Applicability> monitoring = fixture.system().applicabilities().stream()
                .filter(a -> a.element() == fixture.element("Share") && a.practice().getName().equals("Monitoring"))
                .toList();
        assertEquals(1, monitoring.size());
        assertTrue(monitoring.get(0).isOverridden());
        assertTrue(monitoring.get(0).explanation().contains("Batch export, nothing to watch"));
    }

    @Test
    void reasonsExplainWhichFactsFired() {
        Fixture fixture = Fixture.of(SYSTEM, "");
        Applicability access = fixture.system().applicabilities().stream()
                .filter(a -> a.element() == fixture.element("Share") && a.practice().getName().equals("AccessControl"))
                .findFirst().orElseThrow();
        assertEquals(List.of("sync Share links PumpTwin (A) and Sim (B)"), access.reasons());
    }

    @Test
    void analysisIsDeterministic() {
        String first = Fixture.of(SYSTEM, "").system().applicabilities().stream().map(Applicability::explanation)
                .toList().toString();
        String second = Fixture.of(SYSTEM, "").system().applicabilities().stream().map(Applicability::explanation)
                .toList().toString();
        assertEquals(first, second);
    }
}
