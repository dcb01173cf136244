/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.twinscope.analysis.SystemAnalysis;
import org.twinscope.analysis.history.AssessmentStep;
import org.twinscope.analysis.history.Change;
import org.twinscope.analysis.history.PracticeChange;

/** Assessments in date order, and what changed from one to the next. */
class HistoryTest {

    private static final String SYSTEM = """
            system S {
            	organization A
            	boundary Plant owner A { asset Pump twin PumpTwin represents Pump }
            	sync Feed: Pump -> PumpTwin every 1 s
            }
            """;

    private static final String PROFILE = """
            package test
            profile P for S {
            	target AccessControl consistent
            	target Monitoring consistent
            	target ThreatModeling consistent
            	target PatchManagement ad-hoc
            }
            """;

    /** The later audit is written first in its file and read first: dates decide, not file order. */
    private static SystemAnalysis twoAudits() {
        return Fixture.of(Map.of("system.twin", SYSTEM, "profile.smm", PROFILE, "a-later.smm", """
                package test
                assessment Later of S against P date 2026-09-01 {
                	rate AccessControl consistent
                	rate Monitoring minimum
                	rate ThreatModeling ad-hoc
                }
                """, "b-earlier.smm", """
                package test
                assessment Earlier of S against P date 2025-11-01 {
                	rate AccessControl ad-hoc
                	rate Monitoring ad-hoc
                	rate PatchManagement minimum
                }
                """)).system();
    }

    @Test
    void latestMeansLatestByDateNotByFileOrder() {
        SystemAnalysis analysis = twoAudits();
        assertEquals(List.of("Earlier", "Later"), analysis.assessments().stream()
                .map(a -> a.assessment().getName()).toList());
        assertEquals("Later", analysis.latestAssessment().assessment().getName());
    }

    @Test
    void eachPracticeImprovedRegressedUnchangedOrNewlyAssessed() {
        AssessmentStep step = twoAudits().latestStep();
        assertEquals("Earlier", step.previous().assessment().getName());
        assertEquals(Change.IMPROVED, change(step, "AccessControl").change());
        assertEquals("Ad hoc -> Consistent", change(step, "AccessControl").describe());
        assertEquals(Change.REGRESSED, change(step, "Monitoring").change());
        assertEquals(Change.NEWLY_ASSESSED, change(step, "ThreatModeling").change());
        assertEquals(Change.NO_LONGER_ASSESSED, change(step, "PatchManagement").change());
        assertEquals(List.of("Monitoring"), step.regressions().stream().map(c -> c.practice().getName()).toList());
        assertEquals("1 improved, 1 regressed, 0 unchanged, 1 newly assessed, 1 no longer assessed", step.summary());
    }

    @Test
    void oneAssessmentHasNoHistory() {
        SystemAnalysis analysis = Fixture.of(Map.of("system.twin", SYSTEM, "profile.smm", PROFILE, "audit.smm",
                "package test\nassessment Only of S against P { rate Monitoring ad-hoc }\n")).system();
        assertEquals(List.of(), analysis.history());
        assertNull(analysis.latestStep());
    }

    private static PracticeChange change(AssessmentStep step, String practice) {
        return step.changes().stream().filter(c -> c.practice().getName().equals(practice) && c.element() == null)
                .findFirst().orElseThrow(() -> new AssertionError("no change for " + practice));
    }
}
