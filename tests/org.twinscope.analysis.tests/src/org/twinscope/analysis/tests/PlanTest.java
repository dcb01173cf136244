/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.twinscope.analysis.AnalysisResult;
import org.twinscope.analysis.Analyzer;
import org.twinscope.analysis.SystemAnalysis;
import org.twinscope.analysis.gaps.PracticeGap;
import org.twinscope.analysis.plan.ActionState;
import org.twinscope.analysis.plan.PlanResult;
import org.twinscope.analysis.plan.PlanWarnings;

/** Remediation plans and accepted gaps against the latest assessment, as of a given day. */
class PlanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private static Fixture fixture(String plan) {
        return Fixture.of(Map.of("system.twin", """
                system S {
                	organization A
                	boundary Plant owner A { asset Pump twin PumpTwin represents Pump }
                	sync Feed: Pump -> PumpTwin every 1 s
                }
                """, "targets.smm", """
                package test
                profile P for S {
                	target AccessControl formalized
                	target Monitoring consistent
                	target PatchManagement ad-hoc
                	target ThreatModeling ad-hoc
                }
                assessment Audit of S against P date 2026-10-01 {
                	rate AccessControl minimum scope general
                	rate Monitoring minimum scope general
                	rate PatchManagement none scope general
                	rate ThreatModeling ad-hoc scope general
                }
                """, "plan.smm", "package test\n" + plan));
    }

    @Test
    void actionsAreLinkedToGapsAndOverdueOnesComeFirst() {
        PlanResult plan = fixture("""
                plan Fixes "Fixes for 2027" for S {
                	action RoleModel "Role-based access to the twin" raises AccessControl to consistent
                		owner "IT security" due 2027-03-31 status in-progress
                	action Sensor "Network sensor in the plant" raises Monitoring to consistent
                		owner "OT team" due 2026-06-30 status planned
                }
                """).systemAsOf(TODAY).plan();
        List<String> order = plan.actions().stream().map(a -> a.action().getName()).toList();
        assertEquals(List.of("Sensor", "RoleModel"), order, "overdue first, then by due date");
        ActionState sensor = plan.actions().get(0);
        assertTrue(sensor.overdue());
        assertEquals(1, sensor.gaps().size());
        assertEquals("Monitoring", sensor.gaps().get(0).practice().getName());
        assertFalse(plan.actions().get(1).overdue());
        assertEquals(List.of("PatchManagement"), plan.withoutAction().stream().map(g -> g.practice().getName())
                .toList(), "the only open gap nobody plans to close");
    }

    @Test
    void anActionMarkedDoneWhoseGapIsStillOpenIsFlagged() {
        SystemAnalysis system = fixture("""
                plan Fixes for S {
                	action Sensor raises Monitoring to consistent owner "OT team" due 2026-06-30 status done
                }
                """).systemAsOf(TODAY);
        assertTrue(system.plan().actions().get(0).doneButOpen());
        assertFalse(system.plan().actions().get(0).overdue(), "done is not overdue");
        assertTrue(system.warnings().stream().anyMatch(w -> w.code().equals(PlanWarnings.CODE)
                && w.message().contains("marked done, but Monitoring Practices is still short")), system.warnings().toString());
    }

    @Test
    void anAcceptedGapIsShownAndIgnoredByTheGatesUntilItsDay() {
        Fixture fixture = fixture("""
                plan Fixes for S {
                	accept AccessControl by "Plant manager" until 2027-06-30 because "Replaced with the new line in 2027"
                	action Sensor raises Monitoring to consistent owner "OT team" due 2027-01-31
                	action Patching raises PatchManagement to ad-hoc owner "OT team" due 2027-01-31
                }
                """);
        SystemAnalysis before = fixture.systemAsOf(TODAY);
        PracticeGap access = gap(before, "AccessControl");
        assertNotNull(before.plan().activeAcceptance(access));
        assertFalse(before.counts(access));
        assertTrue(before.plan().withoutAction().isEmpty(), "accepted, not forgotten");
        AnalysisResult result = Analyzer.analyze(fixture.input().asOf(TODAY));
        assertEquals(2, result.largestLevelGap(), "Monitoring is 2 short; Access Control, 3 short, is accepted");

        SystemAnalysis after = fixture.systemAsOf(LocalDate.of(2027, 7, 1));
        assertNull(after.plan().activeAcceptance(gap(after, "AccessControl")), "expired");
        assertTrue(after.counts(gap(after, "AccessControl")));
        assertTrue(after.warnings().stream().anyMatch(w -> w.message().contains("expired on 2027-06-30")),
                after.warnings().toString());
    }

    private static PracticeGap gap(SystemAnalysis system, String practice) {
        return system.latestAssessment().practices().stream().filter(g -> g.practice().getName().equals(practice))
                .findFirst().orElseThrow();
    }
}
