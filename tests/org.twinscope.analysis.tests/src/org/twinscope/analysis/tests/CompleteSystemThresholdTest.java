/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.twinscope.analysis.gaps.AssessmentResult;

/** The level from which twin, asset and link are assessed as one system is the catalog's data, not Java's. */
class CompleteSystemThresholdTest {

    private static AssessmentResult assess(String catalogClause) {
        return Fixture.of(Map.of("system.twin", """
                system S {
                	organization A
                	boundary Plant owner A { asset Pump twin PumpTwin represents Pump }
                	sync Feed: Pump -> PumpTwin every 1 s
                }
                """, "mine.smm", """
                package mine
                catalog Mine %s {
                	domain Operations "Operations" { subdomain Care "Care" { practice Lubrication "Lubrication" } }
                }
                profile T for S { target Lubrication ad-hoc }
                assessment A of S against T { rate Lubrication ad-hoc scope general on PumpTwin }
                """.formatted(catalogClause))).system().assessments().get(0);
    }

    @Test
    void aCatalogThatAsksFromAdHocGetsTheFindingAtAdHoc() {
        AssessmentResult result = assess("complete-system-from ad-hoc");
        assertEquals(1, result.coverage().size());
        assertEquals("Pump", result.coverage().get(0).asset().getName());
    }

    @Test
    void aCatalogThatDoesNotAskGetsNoFinding() {
        assertEquals(0, assess("").coverage().size());
        assertEquals(0, assess("complete-system-from consistent").coverage().size(), "target ad-hoc is below");
    }
}
