/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.twinscope.analysis.gaps.AssessmentResult;
import org.twinscope.analysis.gaps.MappedControl;
import org.twinscope.analysis.gaps.PracticeGap;
import org.twinscope.analysis.gaps.RollUp;
import org.twinscope.analysis.gaps.Status;
import org.twinscope.analysis.targets.EffectiveTargets;
import org.twinscope.model.smm.Comprehensiveness;

/** Targets against ratings: inheritance, specificity, levels, scopes, roll-ups and mapped controls, by hand. */
class GapAnalysisTest {

    private static final String SYSTEM = """
            system S {
            	organization A
            	boundary Plant owner A { asset Pump twin PumpTwin represents Pump }
            	sync Feed: Pump -> PumpTwin every 1 s
            }
            """;

    private static final String PROFILES = """
            package test
            profile Base {
            	target IdentityAndAccessManagement ad-hoc scope general "baseline"
            	target Hardening minimum
            	target Monitoring consistent scope system
            }
            profile Plant extends Base for S {
            	target AccessControl formalized scope system "remote access"
            	target IdentityAndAccessManagement consistent scope industry
            	target ThreatModeling consistent on Pump
            }
            mapping M to "Framework" version "1" {
            	map AccessControl ad-hoc -> "AC-1"
            	map AccessControl consistent -> "AC-2" "Reviews"
            	map AccessControl formalized -> "AC-3"
            }
            """;

    private static AssessmentResult assess(String ratings) {
        Fixture fixture = Fixture.of(java.util.Map.of("system.twin", SYSTEM, "profiles.smm", PROFILES,
                "audit.smm", "package test\nassessment Audit of S against Plant {\n" + ratings + "\n}\n"));
        return fixture.system().assessments().get(0);
    }

    private static PracticeGap gap(AssessmentResult result, String practice) {
        return result.practices().stream().filter(g -> g.practice().getName().equals(practice)
                && g.element() == null).findFirst().orElseThrow(() -> new AssertionError("no gap for " + practice));
    }

    @Test
    void mostSpecificTargetWinsAndSaysWhereItComesFrom() {
        Fixture fixture = Fixture.of(java.util.Map.of("system.twin", SYSTEM, "profiles.smm", PROFILES));
        EffectiveTargets targets = EffectiveTargets.of(fixture.input().profiles().stream()
                .filter(p -> p.getName().equals("Plant")).findFirst().orElseThrow());
        var access = targets.forPractice(fixture.practice("AccessControl")).orElseThrow();
        assertEquals(Comprehensiveness.FORMALIZED, access.level());
        assertEquals("practice target in profile Plant", access.provenance());
        // the sub-domain target of the profile itself beats the inherited sub-domain target
        var identities = targets.forPractice(fixture.practice("EstablishingAndMaintainingIdentities")).orElseThrow();
        assertEquals(Comprehensiveness.CONSISTENT, identities.level());
        assertEquals("sub-domain Identity and Access Management target in profile Plant", identities.provenance());
        // an inherited practice target beats the inherited domain target
        var monitoring = targets.forPractice(fixture.practice("Monitoring")).orElseThrow();
        assertEquals(Comprehensiveness.CONSISTENT, monitoring.level());
        assertEquals("practice target in profile Base (inherited)", monitoring.provenance());
        var patches = targets.forPractice(fixture.practice("PatchManagement")).orElseThrow();
        assertEquals("domain Hardening target in profile Base (inherited)", patches.provenance());
        // an element target is kept apart from the system-wide ones
        assertTrue(targets.forPractice(fixture.practice("ThreatModeling")).isEmpty());
        assertEquals(Comprehensiveness.CONSISTENT, targets.forPractice(fixture.practice("ThreatModeling"),
                fixture.element("Pump")).orElseThrow().level());
    }

    @Test
    void levelAndScopeGaps() {
        AssessmentResult result = assess("""
                rate AccessControl consistent scope industry evidence "RBAC on the twin"
                rate EstablishingAndMaintainingIdentities formalized scope system
                rate Monitoring consistent scope general""");
        PracticeGap access = gap(result, "AccessControl");
        assertEquals(Status.GAP, access.status());
        assertEquals(1, access.levelGap());
        assertEquals(1, access.scopeGap());
        assertEquals("RBAC on the twin", access.evidence());
        PracticeGap identities = gap(result, "EstablishingAndMaintainingIdentities");
        assertEquals(Status.MET, identities.status(), "exceeding the target meets it");
        PracticeGap monitoring = gap(result, "Monitoring");
        assertEquals(Status.GAP, monitoring.status());
        assertEquals(0, monitoring.levelGap());
        assertEquals(2, monitoring.scopeGap(), "general is two steps below system");
    }

    @Test
    void notAssessedAndNotApplicable() {
        AssessmentResult result = assess("""
                rate PatchManagement not-applicable because "no software on site"
                """);
        assertEquals(Status.NOT_ASSESSED, gap(result, "AccessControl").status());
        assertNull(gap(result, "AccessControl").current());
        PracticeGap patches = gap(result, "PatchManagement");
        assertEquals(Status.NOT_APPLICABLE, patches.status());
        assertEquals("declared not applicable: no software on site", patches.explanation());
    }

    @Test
    void ratedOnlyOnElementsIsPartiallyAssessedWithTheLowestLevel() {
        AssessmentResult result = assess("""
                rate Monitoring formalized scope system on Pump
                rate Monitoring ad-hoc scope system on PumpTwin""");
        PracticeGap monitoring = gap(result, "Monitoring");
        assertEquals(Status.PARTIALLY_ASSESSED, monitoring.status());
        assertEquals(Comprehensiveness.AD_HOC, monitoring.current());
        assertEquals(1, monitoring.levelGap());
        assertEquals(0, monitoring.coverage().rated(), "Monitoring applies at the every-second feed only");
        assertEquals(1, monitoring.coverage().applicable());
        assertEquals("rated only on elements (rated 0 of 1 element where the practice applies); the lowest is "
                + "Ad hoc", monitoring.explanation());
    }

    @Test
    void elementTargetsUseTheRatingOnTheElement() {
        AssessmentResult result = assess("""
                rate ThreatModeling ad-hoc on PumpTwin
                rate ThreatModeling consistent on Pump""");
        PracticeGap pump = result.elements().stream().filter(g -> g.practice().getName().equals("ThreatModeling")
                && g.element().getName().equals("Pump")).findFirst().orElseThrow();
        assertTrue(result.practices().stream().noneMatch(g -> g.practice().getName().equals("ThreatModeling")),
                "the target is on Pump only: nothing to compare for the system as a whole");
        assertEquals(Status.MET, pump.status());
        AssessmentResult unrated = assess("rate ThreatModeling ad-hoc on PumpTwin");
        PracticeGap notRated = unrated.elements().stream()
                .filter(g -> g.practice().getName().equals("ThreatModeling")).findFirst().orElseThrow();
        assertEquals(Status.NOT_ASSESSED, notRated.status(), "a rating of the twin says nothing about the pump");
    }

    @Test
    void controlsBetweenCurrentAndTargetLevel() {
        AssessmentResult result = assess("rate AccessControl ad-hoc scope system");
        List<String> controls = gap(result, "AccessControl").controls().stream()
                .filter(c -> c.mappingSet().getName().equals("M")).map(MappedControl::label).toList();
        assertEquals(List.of("Framework 1 AC-2 (Reviews)", "Framework 1 AC-3"), controls);
    }

    @Test
    void gapsAreSortedBySize() {
        AssessmentResult result = assess("""
                rate AccessControl minimum scope system
                rate EstablishingAndMaintainingIdentities ad-hoc scope industry
                rate Monitoring ad-hoc scope system""");
        List<String> order = result.gapsBySize().stream().map(g -> g.practice().getName()).limit(3).toList();
        assertEquals("AccessControl", order.get(0), "3 levels short comes first");
        assertEquals(3, result.largestLevelGap());
    }

    @Test
    void rollUpsFollowTheStatedRule() {
        AssessmentResult result = assess("""
                rate AccessControl ad-hoc scope system
                rate EstablishingAndMaintainingIdentities consistent scope industry""");
        RollUp iam = result.subDomains().stream()
                .filter(r -> r.subject().getName().equals("IdentityAndAccessManagement")).findFirst().orElseThrow();
        assertEquals(Comprehensiveness.FORMALIZED, iam.highestTarget(), "highest practice target");
        assertEquals(Comprehensiveness.CONSISTENT, iam.lowestTarget());
        assertEquals("Consistent to Formalized", iam.targetRange());
        assertEquals(Comprehensiveness.AD_HOC, iam.lowestCurrent(), "lowest assessed level");
        assertEquals("Ad hoc to Consistent", iam.currentRange());
        assertEquals(Status.GAP, iam.status());
        assertEquals(2, iam.levelGap(), "formalized - ad-hoc for AccessControl, identities met");
        assertEquals(2, iam.practices());
        assertEquals(1, iam.withGap());
        RollUp hardening = result.domains().stream().filter(r -> r.subject().getName().equals("Hardening"))
                .findFirst().orElseThrow();
        assertEquals(6, hardening.practices());
        assertEquals(6, hardening.notAssessed());
        assertNull(hardening.lowestCurrent());
        assertEquals(Status.NOT_ASSESSED, hardening.status());
    }

    @Test
    void completeSystemCoverageIsReported() {
        AssessmentResult result = assess("rate Monitoring consistent scope system on PumpTwin");
        assertEquals(1, result.coverage().size());
        assertEquals("Pump", result.coverage().get(0).asset().getName());
    }
}
