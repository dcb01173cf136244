/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.twinscope.analysis.gaps.AssessmentResult;
import org.twinscope.analysis.gaps.PracticeGap;
import org.twinscope.model.smm.Criterion;

/**
 * Which criteria of the levels between the current level and the target are still open, with the built-in
 * catalog's criteria of Access Control (M1; A1, A2; C1, C2; F1) and a project's own criteria set.
 */
class OpenCriteriaTest {

    private static final String SYSTEM = """
            system S {
            	organization A
            	boundary Plant owner A { asset Pump twin PumpTwin represents Pump }
            	sync Feed: Pump -> PumpTwin every 1 s
            }
            """;

    private static PracticeGap accessControl(String target, String ratings, String... moreFiles) {
        Map<String, String> files = new java.util.HashMap<>(Map.of("system.twin", SYSTEM, "audit.smm",
                "profile P for S { target AccessControl " + target + " }\nassessment Audit of S against P {\n"
                        + ratings + "\n}\n"));
        for (int i = 0; i < moreFiles.length; i++) {
            files.put("more" + i + ".smm", moreFiles[i]);
        }
        AssessmentResult result = Fixture.of(files).system().assessments().get(0);
        return result.practices().stream().filter(g -> g.practice().getName().equals("AccessControl")
                && g.element() == null).findFirst().orElseThrow();
    }

    private static List<String> ids(PracticeGap gap) {
        return gap.openCriteria().stream().map(Criterion::getName).toList();
    }

    @Test
    void criteriaOfTheTargetLevelNotNamedAsMetAreOpen() {
        PracticeGap gap = accessControl("consistent", "rate AccessControl ad-hoc scope system met M1, A1, A2");
        assertEquals(List.of("C1", "C2"), ids(gap));
    }

    @Test
    void everyLevelBetweenCurrentAndTargetCounts() {
        assertEquals(List.of("A1", "A2", "C1", "C2"), ids(accessControl("consistent",
                "rate AccessControl minimum scope system met M1")));
        assertEquals(List.of("M1", "A1", "A2"), ids(accessControl("ad-hoc", "")), "not assessed: from level 1");
    }

    @Test
    void aCriterionMetAboveTheRatedLevelIsNoLongerOpen() {
        assertEquals(List.of("C2"), ids(accessControl("consistent",
                "rate AccessControl ad-hoc scope system met A1, A2, C1")));
    }

    @Test
    void nothingIsOpenOnceTheTargetIsReached() {
        assertEquals(List.of(), ids(accessControl("ad-hoc", "rate AccessControl consistent scope system")));
    }

    @Test
    void withSeveralRatingsOnlyWhatEveryOneNamesCountsAsMet() {
        PracticeGap gap = accessControl("consistent", """
                rate AccessControl ad-hoc scope system met A1, A2, C1
                rate AccessControl ad-hoc scope system met A2, C1, C2
                """);
        assertEquals(List.of("C2"), ids(gap), "C1 is named by both ratings, C2 by one of them");
    }

    @Test
    void aCriteriaSetReplacesByIdAndAddsTheRest() {
        PracticeGap gap = accessControl("consistent", "rate AccessControl ad-hoc scope system met A1, A2", """
                package acme
                criteria for AccessControl {
                	consistent C1 "Our wording"
                	consistent C3 "Badge readers at every cabinet"
                }
                """);
        assertEquals(List.of("C1", "C2", "C3"), ids(gap));
        assertEquals("Our wording", gap.openCriteria().get(0).getText());
    }
}
