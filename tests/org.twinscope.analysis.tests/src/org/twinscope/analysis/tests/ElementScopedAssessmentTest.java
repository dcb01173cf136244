/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.twinscope.analysis.SystemAnalysis;
import org.twinscope.analysis.applicability.Applicability;
import org.twinscope.analysis.gaps.AssessmentResult;
import org.twinscope.analysis.gaps.PracticeGap;
import org.twinscope.analysis.gaps.RollUp;
import org.twinscope.analysis.gaps.Status;
import org.twinscope.model.smm.Comprehensiveness;
import org.twinscope.model.twin.Boundary;

/**
 * The Digital Twin Profile's case: practices assessed for a twin but not for its asset, its link or the rest of the
 * system. Ratings and targets "on" elements speak for those elements only; the system as a whole is never met or not
 * applicable from them; the matrix, overrides and roll-ups follow the element results.
 */
class ElementScopedAssessmentTest {

    /** A bottling line: the filler and a sealed sensor in an OT zone, the line twin commanding the filler. */
    private static final String LINE = """
            system Line {
            	organization Brewer role operator
            	boundary Plant kind site owner Brewer {
            		boundary Zone kind ot-zone {
            			asset Filler kind machine criticality high safety-relevant
            			asset Sensor kind sensor
            		}
            		twin LineTwin represents Filler purpose monitoring, control fidelity high
            	}
            	sync Feed: Filler -> LineTwin telemetry every 100 ms fidelity raw
            	sync Commands: LineTwin -> Filler commands on-demand
            }
            """;

    private static SystemAnalysis analyze(String profile, String ratings) {
        return Fixture.of(Map.of("line.twin", LINE, "targets.smm", "package test\nprofile Targets for Line {\n"
                + profile + "\n}\nassessment Audit of Line against Targets {\n" + ratings + "\n}\n")).system();
    }

    private static AssessmentResult assess(String profile, String ratings) {
        return analyze(profile, ratings).assessments().get(0);
    }

    private static PracticeGap systemWide(AssessmentResult result, String practice) {
        return result.practices().stream().filter(g -> g.practice().getName().equals(practice)).findFirst()
                .orElseThrow(() -> new AssertionError("no system-wide result for " + practice));
    }

    private static PracticeGap at(AssessmentResult result, String practice, String element) {
        return result.elements().stream().filter(g -> g.practice().getName().equals(practice)
                && g.element().getName() != null && g.element().getName().equals(element)).findFirst()
                .orElseThrow(() -> new AssertionError("no result for " + practice + " at " + element));
    }

    @Test
    void aNotApplicableRatingOnOneElementDoesNotMakeTheWholeSystemNotApplicable() {
        AssessmentResult result = assess("target PatchManagement ad-hoc",
                "rate PatchManagement not-applicable on Sensor because \"Sealed sensor\"");
        PracticeGap patches = systemWide(result, "PatchManagement");
        assertEquals(Status.PARTIALLY_ASSESSED, patches.status(), patches.explanation());
        assertEquals(1, patches.coverage().rated());
        assertEquals(3, patches.coverage().applicable(), "Filler and Sensor run in the OT zone, LineTwin is software");
        assertEquals(Status.NOT_APPLICABLE, at(result, "PatchManagement", "Sensor").status());
        assertEquals(Status.NOT_ASSESSED, at(result, "PatchManagement", "Filler").status(),
                "the filler still needs patching and nobody rated it");
    }

    @Test
    void aRatingOfTheTwinAloneDoesNotMeetTheSystemWideTarget() {
        AssessmentResult result = assess("target ThreatModeling consistent",
                "rate ThreatModeling consistent scope general on LineTwin evidence \"STRIDE model of the twin only\"");
        PracticeGap threats = systemWide(result, "ThreatModeling");
        assertEquals(Status.PARTIALLY_ASSESSED, threats.status());
        assertEquals(Comprehensiveness.CONSISTENT, threats.current(), "the lowest rated level");
        assertTrue(threats.explanation().contains("rated 0 of"), threats.explanation());
        assertEquals(Status.NOT_ASSESSED, at(result, "ThreatModeling", "Commands").status());
        assertEquals(Status.NOT_ASSESSED, at(result, "ThreatModeling", "Filler").status());
    }

    @Test
    void aRatingOnOneAssetDoesNotMeetThePracticeEverywhere() {
        AssessmentResult result = assess("target PhysicalProtection consistent",
                "rate PhysicalProtection consistent scope general on Filler evidence \"Cell fenced\"");
        assertEquals(Status.PARTIALLY_ASSESSED, systemWide(result, "PhysicalProtection").status());
        assertEquals(Status.MET, at(result, "PhysicalProtection", "Filler").status());
        assertEquals(Status.NOT_ASSESSED, at(result, "PhysicalProtection", "Sensor").status());
    }

    @Test
    void aSystemWideRatingStandsWhereNoElementHasItsOwn() {
        AssessmentResult result = assess("target PatchManagement ad-hoc",
                "rate PatchManagement minimum scope general\n"
                        + "rate PatchManagement not-applicable on Sensor because \"Sealed sensor\"");
        assertEquals(Status.GAP, systemWide(result, "PatchManagement").status());
        assertNull(systemWide(result, "PatchManagement").coverage());
        assertEquals(Status.GAP, at(result, "PatchManagement", "Filler").status());
        assertEquals(Status.NOT_APPLICABLE, at(result, "PatchManagement", "Sensor").status());
    }

    @Test
    void theMatrixCellOfABoundaryFollowsItsOwnTarget() {
        SystemAnalysis analysis = analyze("target Monitoring consistent\ntarget Monitoring formalized on Zone",
                "rate Monitoring consistent scope general");
        Boundary zone = (Boundary) Fixture.elementOf(analysis, "Zone");
        Boundary plant = (Boundary) Fixture.elementOf(analysis, "Plant");
        var matrix = analysis.matrix(analysis.latestAssessment());
        var practice = analysis.applicabilities().stream().map(Applicability::practice)
                .filter(p -> p.getName().equals("Monitoring")).findFirst().orElseThrow();
        assertEquals("gap", matrix.cell(zone, practice).status(), "Zone's target is formalized, the rating consistent");
        assertEquals("met", matrix.cell(plant, practice).status());
    }

    @Test
    void anOverrideAtABoundaryCoversWhatItContainsAndTheLinksIntoIt() {
        SystemAnalysis analysis = analyze("""
                target PatchManagement ad-hoc
                not-applicable PatchManagement on Zone because "The vendor patches the cell"
                not-applicable DataProtectionControls on Zone because "Raw data stays in the cell\"""", "");
        List<Applicability> patches = analysis.applicabilities().stream()
                .filter(a -> a.practice().getName().equals("PatchManagement")).toList();
        assertEquals(List.of("Filler", "Sensor"), patches.stream().filter(Applicability::isOverridden)
                .map(a -> a.element().getName()).toList(), "Filler and Sensor sit in Zone, LineTwin does not");
        assertEquals("The vendor patches the cell", patches.stream().filter(Applicability::isOverridden).findFirst()
                .orElseThrow().override().getJustification());
        assertTrue(analysis.applicabilities().stream().filter(a -> a.practice().getName().equals(
                "DataProtectionControls") && a.element().getName().equals("Feed")).allMatch(
                        Applicability::isOverridden), "the raw feed reaches into Zone");
        assertFalse(analysis.applicabilities().stream().filter(a -> a.element().getName().equals("LineTwin"))
                .anyMatch(Applicability::isOverridden), "the twin sits outside Zone");
        assertTrue(analysis.warnings().isEmpty(), analysis.warnings().toString());
    }

    @Test
    void anOverrideThatMatchesNothingIsReported() {
        SystemAnalysis analysis = analyze(
                "not-applicable PhysicalProtection on LineTwin because \"No hardware of its own\"", "");
        assertEquals(1, analysis.warnings().size(), analysis.warnings().toString());
        assertTrue(analysis.warnings().get(0).message().contains("Physical Protection does not apply at LineTwin"),
                analysis.warnings().get(0).message());
    }

    @Test
    void rollUpsNeverContradictThemselves() {
        AssessmentResult result = assess("target VulnerabilityAssessment consistent\ntarget PatchManagement minimum",
                "rate PatchManagement minimum scope general");
        RollUp patching = result.subDomains().stream()
                .filter(r -> r.subject().getName().equals("VulnerabilityAndPatchManagement")).findFirst()
                .orElseThrow();
        assertNotEquals(Status.MET, patching.status(), "one practice is not assessed");
        assertEquals(Status.NOT_ASSESSED, patching.status());
        assertEquals("Minimum to Consistent", patching.targetRange());
        assertEquals("Minimum", patching.currentRange());
        assertEquals(1, patching.notAssessed());
    }

    @Test
    void aRatingWithoutScopeIsScopeNotStated() {
        AssessmentResult result = assess("target AccessControl consistent scope system\ntarget Monitoring minimum",
                "rate AccessControl consistent\nrate Monitoring minimum");
        PracticeGap access = systemWide(result, "AccessControl");
        assertFalse(access.scopeStated());
        assertNull(access.currentScope(), "never taken as general");
        assertEquals(Status.GAP, access.status(), "the target asks for a system-specific scope");
        assertTrue(access.explanation().contains("scope not stated"), access.explanation());
        PracticeGap monitoring = systemWide(result, "Monitoring");
        assertEquals(Status.MET, monitoring.status(), "a target without scope asks for none");
    }

    /**
     * Property: over generated assessments, adding one element-scoped rating never turns a system-wide status into
     * met or not applicable.
     */
    @Test
    void addingAnElementRatingNeverMakesTheSystemMetOrNotApplicable() {
        String[] practices = { "PatchManagement", "ThreatModeling", "PhysicalProtection", "Monitoring" };
        String[] elements = { "Filler", "Sensor", "LineTwin", "Feed", "Commands", "Zone" };
        String[] levels = { "none", "minimum", "ad-hoc", "consistent", "formalized", "not-applicable" };
        Random random = new Random(20261130);
        for (int run = 0; run < 40; run++) {
            String practice = practices[random.nextInt(practices.length)];
            String target = "target " + practice + " " + levels[1 + random.nextInt(4)];
            StringBuilder ratings = new StringBuilder();
            if (random.nextBoolean()) {
                ratings.append(rating(practice, levels[random.nextInt(levels.length)], null)).append('\n');
            }
            for (int i = random.nextInt(3); i > 0; i--) {
                ratings.append(rating(practice, levels[random.nextInt(levels.length)],
                        elements[random.nextInt(elements.length)])).append('\n');
            }
            Status before = systemWide(assess(target, ratings.toString()), practice).status();
            String added = rating(practice, levels[random.nextInt(levels.length)],
                    elements[random.nextInt(elements.length)]);
            Status after = systemWide(assess(target, ratings + added), practice).status();
            if (after == Status.MET || after == Status.NOT_APPLICABLE) {
                assertEquals(before, after, "adding '" + added + "' to\n" + ratings + "turned " + before
                        + " into " + after);
            }
        }
    }

    private static String rating(String practice, String level, String element) {
        String on = element == null ? "" : " on " + element;
        return level.equals("not-applicable") ? "rate " + practice + " not-applicable" + on + " because \"x\""
                : "rate " + practice + " " + level + " scope general" + on;
    }
}
