/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twinscope.dsl.tests.TestWorkspace.withCode;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinscope.dsl.IssueCodes;

import com.google.inject.Inject;

/** Each validation rule: one test that triggers it, one that does not. */
@ExtendWith(InjectionExtension.class)
@InjectWith(TwinscopeInjectorProvider.class)
class ValidationTest {

    /** A small but complete system; tests change one thing in it. */
    private static final String SYSTEM = """
            system Line {
            	organization Plant
            	organization Vendor
            	boundary Site kind site owner Plant {
            		boundary Cell kind ot-zone { asset Filler kind machine criticality high }
            		twin LineTwin represents Filler purpose monitoring fidelity high
            	}
            	boundary Cloud kind cloud owner Vendor {
            		twin FleetTwin aggregates LineTwin
            	}
            	sync Feed: Filler -> LineTwin telemetry every 100 ms fidelity raw
            	sync Fleet: LineTwin -> FleetTwin telemetry every 1 h
            	SYNCS
            	ACTORS
            }
            """;

    @Inject
    private TestWorkspace workspace;

    @BeforeEach
    void reset() {
        workspace.reset();
    }

    private List<Issue> system(String syncs, String actors) {
        return workspace.validate(workspace.add("line.twin", SYSTEM.replace("SYNCS", syncs).replace("ACTORS", actors)));
    }

    private List<Issue> systemAnd(String smmFile) {
        workspace.add("line.twin", SYSTEM.replace("SYNCS", "").replace("ACTORS", ""));
        return workspace.validate(workspace.add("targets.smm", smmFile));
    }

    @Test
    void completeSystemHasNoIssues() {
        assertEquals(List.of(), system("", "").stream().map(Issue::toString).toList());
    }

    @Test
    void duplicateNameInOneFile() {
        List<Issue> issues = workspace.validate(workspace.add("d.twin",
                "system D { organization Plant asset Plant }"));
        assertEquals(2, withCode(issues, IssueCodes.DUPLICATE_NAME).size(), issues.toString());
    }

    @Test
    void duplicateNameAcrossFiles() {
        workspace.add("a.twin", "system Shared { organization A }");
        List<Issue> issues = workspace.validate(workspace.add("b.twin", "system Shared { organization B }"));
        assertEquals(1, withCode(issues, IssueCodes.DUPLICATE_NAME).size(), issues.toString());
        assertTrue(withCode(issues, IssueCodes.DUPLICATE_NAME).get(0).getMessage().contains("a.twin"));
    }

    @Test
    void distinctNamesAcrossFiles() {
        workspace.add("a.twin", "system First { organization A }");
        List<Issue> issues = workspace.validate(workspace.add("b.twin", "system Second { organization A }"));
        assertEquals(List.of(), withCode(issues, IssueCodes.DUPLICATE_NAME));
    }

    @Test
    void levelOutsideZeroToFour() {
        List<Issue> issues = systemAnd("profile P for Line { target AccessControl 7 }");
        List<Issue> invalid = withCode(issues, IssueCodes.INVALID_LEVEL);
        assertEquals(1, invalid.size(), issues.toString());
        assertEquals(Severity.ERROR, invalid.get(0).getSeverity());
        assertTrue(invalid.get(0).getMessage().contains("outside 0-4"));
        assertEquals(1, invalid.get(0).getLineNumber());
        assertEquals(43, invalid.get(0).getColumn());
    }

    @Test
    void misspelledLevelSuggestsTheClosestName() {
        List<Issue> invalid = withCode(systemAnd("profile P { target AccessControl consistant }"),
                IssueCodes.INVALID_LEVEL);
        assertEquals(1, invalid.size());
        assertTrue(invalid.get(0).getMessage().contains("Did you mean 'consistent'"), invalid.get(0).getMessage());
    }

    @Test
    void levelsByNameAndNumberAreAccepted() {
        List<Issue> issues = systemAnd("""
                profile P {
                	target AccessControl 0
                	target Monitoring ad-hoc
                	target ThreatModeling 4
                	target PatchManagement formalized
                }""");
        assertEquals(List.of(), withCode(issues, IssueCodes.INVALID_LEVEL));
    }

    @Test
    void synchronizationWithoutFrequency() {
        List<Issue> issues = system("sync Extra: Filler -> LineTwin telemetry", "");
        assertEquals(1, withCode(issues, IssueCodes.MISSING_FREQUENCY).size(), issues.toString());
        assertEquals(Severity.WARNING, withCode(issues, IssueCodes.MISSING_FREQUENCY).get(0).getSeverity());
    }

    @Test
    void synchronizationWithTriggerHasFrequency() {
        assertEquals(List.of(), withCode(system("sync Extra: Filler -> LineTwin telemetry on-change", ""),
                IssueCodes.MISSING_FREQUENCY));
    }

    @Test
    void zeroPeriod() {
        List<Issue> issues = system("sync Extra: Filler -> LineTwin every 0 s", "");
        assertEquals(1, withCode(issues, IssueCodes.ZERO_PERIOD).size(), issues.toString());
    }

    @Test
    void twinThatRepresentsNothing() {
        List<Issue> issues = workspace.validate(workspace.add("other.twin",
                "system Other { twin Lonely purpose simulation }"));
        assertEquals(1, withCode(issues, IssueCodes.TWIN_REPRESENTS_NOTHING).size(), issues.toString());
    }

    @Test
    void twinOfTwinsRepresentsSomething() {
        assertEquals(List.of(), withCode(system("", ""), IssueCodes.TWIN_REPRESENTS_NOTHING));
    }

    @Test
    void synchronizationBetweenTwoAssets() {
        List<Issue> issues = workspace.validate(workspace.add("x.twin",
                "system X { asset A asset B sync A -> B every 1 s }"));
        assertEquals(1, withCode(issues, IssueCodes.INVALID_SYNC_ENDPOINTS).size(), issues.toString());
    }

    @Test
    void commandsToAnAssetOfAnotherOrganizationWithoutDeclaredAccess() {
        List<Issue> issues = system("sync Remote: FleetTwin -> Filler commands on-demand", "");
        List<Issue> uncovered = withCode(issues, IssueCodes.UNCOVERED_CROSS_ORGANIZATION_ACTUATION);
        assertEquals(1, uncovered.size(), issues.toString());
        assertTrue(uncovered.get(0).getMessage().contains("FleetTwin (Vendor)"));
        assertTrue(uncovered.get(0).getMessage().contains("Filler (Plant)"));
    }

    @Test
    void commandsToAnAssetOfAnotherOrganizationWithDeclaredAccess() {
        List<Issue> issues = system("sync Remote: FleetTwin -> Filler commands on-demand",
                "actor service VendorControl of Vendor operates Filler");
        assertEquals(List.of(), withCode(issues, IssueCodes.UNCOVERED_CROSS_ORGANIZATION_ACTUATION));
    }

    @Test
    void operatingTheCommandingTwinIsAccessToo() {
        List<Issue> issues = system("sync Remote: FleetTwin -> Filler commands on-demand",
                "actor service FleetOps of Vendor operates FleetTwin");
        assertEquals(List.of(), withCode(issues, IssueCodes.UNCOVERED_CROSS_ORGANIZATION_ACTUATION));
    }

    @Test
    void manyCommandLinksBetweenTwoOrganizationsGiveOneWarning() {
        List<Issue> issues = system("""
                sync Remote: FleetTwin -> Filler commands on-demand
                	sync Tuning: FleetTwin -> Filler commands on-demand
                	sync Reset: FleetTwin -> Filler commands on-demand""", "");
        List<Issue> uncovered = withCode(issues, IssueCodes.UNCOVERED_CROSS_ORGANIZATION_ACTUATION);
        assertEquals(1, uncovered.size(), issues.toString());
        assertTrue(uncovered.get(0).getMessage().contains("(3 command links: sync Remote, sync Tuning, sync Reset)"),
                uncovered.get(0).getMessage());
    }

    @Test
    void commandsWithinOneOrganizationNeedNoDeclaration() {
        List<Issue> issues = system("sync Local: LineTwin -> Filler commands on-demand", "");
        assertEquals(List.of(), withCode(issues, IssueCodes.UNCOVERED_CROSS_ORGANIZATION_ACTUATION));
    }

    @Test
    void readOnlyAccessDoesNotCoverCommands() {
        List<Issue> issues = system("sync Remote: Filler -> FleetTwin bidirectional every 1 s",
                "actor person Engineer of Vendor reads Filler");
        assertEquals(1, withCode(issues, IssueCodes.UNCOVERED_CROSS_ORGANIZATION_ACTUATION).size());
    }

    @Test
    void cyclicProfileInheritance() {
        List<Issue> issues = systemAnd("""
                profile A extends C { }
                profile B extends A { }
                profile C extends B { }""");
        List<Issue> cycles = withCode(issues, IssueCodes.CYCLIC_PROFILE);
        assertEquals(3, cycles.size(), issues.toString());
        assertTrue(cycles.get(0).getMessage().contains("A -> C -> B -> A"), cycles.get(0).getMessage());
    }

    @Test
    void acyclicProfileInheritance() {
        List<Issue> issues = systemAnd("""
                profile A { }
                profile B extends A { }
                profile C extends A, B, twinscope.DigitalTwinStarter { }""");
        assertEquals(List.of(), withCode(issues, IssueCodes.CYCLIC_PROFILE));
    }

    @Test
    void ratingOfAnUntargetedPractice() {
        List<Issue> issues = systemAnd("""
                profile P for Line { target AccessControl consistent }
                assessment A of Line against P { rate Monitoring ad-hoc }""");
        List<Issue> untargeted = withCode(issues, IssueCodes.UNTARGETED_RATING);
        assertEquals(1, untargeted.size(), issues.toString());
        assertEquals(Severity.INFO, untargeted.get(0).getSeverity());
    }

    @Test
    void ratingOfAPracticeTargetedThroughItsSubDomainOrAnInheritedProfile() {
        List<Issue> issues = systemAnd("""
                profile Base { target SituationalAwareness ad-hoc }
                profile P extends Base for Line { target IdentityAndAccessManagement consistent }
                assessment A of Line against P { rate Monitoring ad-hoc rate AccessControl minimum }""");
        assertEquals(List.of(), withCode(issues, IssueCodes.UNTARGETED_RATING));
    }

    @Test
    void consistentTargetRatedOnTheTwinOnly() {
        List<Issue> issues = systemAnd("""
                profile P for Line { target ThreatModeling consistent }
                assessment A of Line against P { rate ThreatModeling consistent on LineTwin }""");
        List<Issue> incomplete = withCode(issues, IssueCodes.INCOMPLETE_SYSTEM_COVERAGE);
        assertEquals(1, incomplete.size(), issues.toString());
        assertTrue(incomplete.get(0).getMessage().contains("asset Filler"), incomplete.get(0).getMessage());
    }

    @Test
    void consistentTargetRatedOnTwinAndAssetButNotTheirSynchronization() {
        List<Issue> issues = systemAnd("""
                profile P for Line { target ThreatModeling consistent }
                assessment A of Line against P { rate ThreatModeling consistent on LineTwin, Filler }""");
        List<Issue> incomplete = withCode(issues, IssueCodes.INCOMPLETE_SYSTEM_COVERAGE);
        assertEquals(1, incomplete.size(), issues.toString());
        assertTrue(incomplete.get(0).getMessage().contains("add Feed to 'on'"), incomplete.get(0).getMessage());
    }

    @Test
    void consistentTargetRatedOnTheCompleteSystem() {
        List<Issue> issues = systemAnd("""
                profile P for Line { target ThreatModeling consistent }
                assessment A of Line against P {
                	rate ThreatModeling consistent on LineTwin
                	rate ThreatModeling ad-hoc on Filler, Feed
                }""");
        assertEquals(List.of(), withCode(issues, IssueCodes.INCOMPLETE_SYSTEM_COVERAGE));
    }

    @Test
    void adHocTargetMayTreatTheTwinSeparately() {
        List<Issue> issues = systemAnd("""
                profile P for Line { target ThreatModeling ad-hoc }
                assessment A of Line against P { rate ThreatModeling ad-hoc on LineTwin }""");
        assertEquals(List.of(), withCode(issues, IssueCodes.INCOMPLETE_SYSTEM_COVERAGE));
    }

    @Test
    void notApplicableWithoutJustification() {
        List<Issue> issues = systemAnd("""
                profile P for Line { target PatchManagement ad-hoc }
                assessment A of Line against P { rate PatchManagement not-applicable on Filler }""");
        assertEquals(1, withCode(issues, IssueCodes.MISSING_JUSTIFICATION).size(), issues.toString());
    }

    @Test
    void ruleWithAFactItsSubjectNeverHas() {
        List<Issue> issues = systemAnd("rule R for sync when aggregates-twins then Monitoring");
        assertEquals(1, withCode(issues, IssueCodes.FACT_NOT_APPLICABLE).size(), issues.toString());
        workspace.reset();
        assertEquals(List.of(), withCode(systemAnd("rule R for twin when aggregates-twins then Monitoring"),
                IssueCodes.FACT_NOT_APPLICABLE));
    }

    @Test
    void profileInATwinFile() {
        List<Issue> issues = workspace.validate(workspace.add("wrong.twin", "profile P { }"));
        assertEquals(1, withCode(issues, IssueCodes.WRONG_FILE_KIND).size(), issues.toString());
        assertEquals(List.of(), withCode(workspace.validate(workspace.add("right.smm", "profile Q { }")),
                IssueCodes.WRONG_FILE_KIND));
    }

    @Test
    void unknownReferenceSuggestsTheClosestName() {
        List<Issue> issues = systemAnd("profile P for Line { target AccesControl consistent on LineTwn }");
        List<String> messages = issues.stream().filter(i -> i.getSeverity() == Severity.ERROR)
                .map(Issue::getMessage).toList();
        assertEquals(2, messages.size(), messages.toString());
        assertTrue(messages.get(0).contains("Did you mean 'AccessControl'"), messages.toString());
        assertTrue(messages.get(1).contains("Did you mean 'LineTwin'"), messages.toString());
    }

    @Test
    void aRatingWithoutScopeIsWarnedAboutAndOneWithScopeIsNot() {
        List<Issue> issues = systemAnd("""
                profile P for Line { target Monitoring consistent target AccessControl consistent }
                assessment A of Line against P {
                	rate Monitoring ad-hoc
                	rate AccessControl minimum scope system
                	rate PatchManagement not-applicable because "sealed"
                }""");
        List<Issue> missing = withCode(issues, IssueCodes.MISSING_SCOPE);
        assertEquals(1, missing.size(), issues.toString());
        assertEquals(Severity.WARNING, missing.get(0).getSeverity());
        assertEquals(3, missing.get(0).getLineNumber(), "on the rating of Monitoring");
        assertTrue(missing.get(0).getMessage().contains("'scope general', 'scope industry' or 'scope system'"));
    }
}
