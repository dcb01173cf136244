/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twinscope.dsl.tests.TestWorkspace.withCode;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinscope.dsl.IssueCodes;
import org.twinscope.model.smm.MappingRole;
import org.twinscope.model.smm.MappingSet;
import org.twinscope.model.smm.Rating;
import org.twinscope.model.smm.SmmModel;
import org.twinscope.model.twin.Boundary;
import org.twinscope.model.twin.TwinModel;

import com.google.inject.Inject;

/**
 * Per-level criteria (naming met criteria, criteria sets), industry profiles and their inherited conflicts, and IEC
 * 62443 structure (mapping roles and parts, security levels): each check once firing, once silent.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TwinscopeInjectorProvider.class)
class CriteriaAndStructureValidationTest {

    private static final String SYSTEM = """
            system Line {
            	organization Plant
            	boundary Site kind site owner Plant {
            		boundary Cell kind ot-zone SL { asset Filler kind machine }
            		twin LineTwin represents Filler
            	}
            	sync Feed: Filler -> LineTwin telemetry every 1 s SYNC_SL
            }
            """;

    @Inject
    private TestWorkspace workspace;

    @BeforeEach
    void reset() {
        workspace.reset();
    }

    private List<Issue> system(String zoneLevel, String conduitLevel) {
        return workspace.validate(workspace.add("line.twin",
                SYSTEM.replace("SYNC_SL", conduitLevel).replace("SL", zoneLevel)));
    }

    private List<Issue> smm(String text) {
        system("", "");
        return workspace.validate(workspace.add("audit.smm", text));
    }

    private static List<Issue> errors(List<Issue> issues) {
        return issues.stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
    }

    @Test
    void ratingNamesMetCriteriaOfTheBuiltInCatalog() {
        List<Issue> issues = smm("""
                profile P for Line { target AccessControl consistent }
                assessment A of Line against P { rate AccessControl ad-hoc scope system met M1, A1, A2 }
                """);
        assertEquals(List.of(), errors(issues), issues.toString());
        assertEquals(List.of(), withCode(issues, IssueCodes.CRITERION_ABOVE_RATED_LEVEL));
        Rating rating = ((SmmModel) workspace.root("audit.smm")).getAssessments().get(0).getRatings().get(0);
        assertEquals(List.of("M1", "A1", "A2"), rating.getMetCriteria().stream().map(c -> c.getName()).toList());
        assertTrue(rating.getMetCriteria().get(2).getText().contains("partner"), "linked to the catalog's A2");
    }

    @Test
    void unknownCriterionIsAnErrorWithASuggestion() {
        List<Issue> issues = smm("""
                profile P for Line { target AccessControl consistent }
                assessment A of Line against P { rate AccessControl ad-hoc scope system met A3 }
                """);
        List<Issue> unresolved = withCode(issues, IssueCodes.UNRESOLVED_REFERENCE);
        assertEquals(1, unresolved.size(), issues.toString());
        assertTrue(unresolved.get(0).getMessage().contains("Unknown criterion 'A3'"), unresolved.get(0).getMessage());
        assertEquals(2, unresolved.get(0).getLineNumber());
        assertEquals(1, unresolved.get(0).getData().length, "a did-you-mean suggestion for the quick fix");
    }

    @Test
    void criterionOfAnotherPracticeIsUnknown() {
        List<Issue> issues = smm("""
                criteria for ThreatModeling { ad-hoc A7 "Our own" }
                assessment A of Line { rate AccessControl ad-hoc scope system met A7 }
                """);
        assertEquals(1, withCode(issues, IssueCodes.UNRESOLVED_REFERENCE).size(), issues.toString());
    }

    @Test
    void criterionAboveTheRatedLevelIsAWarning() {
        String text = "assessment A of Line { rate AccessControl ad-hoc scope system met A1, C1 }\n";
        List<Issue> issues = smm(text);
        List<Issue> above = withCode(issues, IssueCodes.CRITERION_ABOVE_RATED_LEVEL);
        assertEquals(1, above.size(), issues.toString());
        assertEquals(Severity.WARNING, above.get(0).getSeverity());
        assertTrue(above.get(0).getMessage().contains("C1 belongs to Consistent"), above.get(0).getMessage());
        assertEquals(1, above.get(0).getLineNumber());
        assertEquals(text.indexOf("C1"), above.get(0).getOffset(), "on C1, not on the whole rating");
    }

    @Test
    void criteriaSetAddsAndReplacesAndIsNamedInRatings() {
        workspace.add("criteria.smm", """
                package acme
                criteria for AccessControl {
                	consistent C1 "Our own wording of C1"
                	consistent C9 "Badge readers at every cabinet"
                }
                """);
        List<Issue> issues = smm("""
                assessment A of Line { rate AccessControl consistent scope system met C1, C9 }
                """);
        assertEquals(List.of(), errors(issues), issues.toString());
        Rating rating = ((SmmModel) workspace.root("audit.smm")).getAssessments().get(0).getRatings().get(0);
        assertEquals("Our own wording of C1", rating.getMetCriteria().get(0).getText(), "the replacement, not the catalog's");
    }

    @Test
    void twoCriteriaSetsMayNotDefineTheSameId() {
        workspace.add("first.smm", "package a\ncriteria for AccessControl { consistent C9 \"One\" }\n");
        system("", "");
        List<Issue> issues = workspace.validate(workspace.add("second.smm",
                "package b\ncriteria for AccessControl { consistent C9 \"Other\" consistent C8 \"Fine\" }\n"));
        List<Issue> duplicates = withCode(issues, IssueCodes.DUPLICATE_CRITERION);
        assertEquals(1, duplicates.size(), issues.toString());
        assertTrue(duplicates.get(0).getMessage().contains("first.smm"), duplicates.get(0).getMessage());
    }

    @Test
    void criterionOfLevelNoneIsAnError() {
        List<Issue> issues = smm("criteria for AccessControl { none N1 \"Nothing\" minimum M9 \"Something\" }");
        assertEquals(1, withCode(issues, IssueCodes.INVALID_CRITERION_LEVEL).size(), issues.toString());
    }

    @Test
    void profileStatesItsIndustry() {
        List<Issue> issues = smm("profile Retail \"Stores\" industry \"Retail\" { target AccessControl ad-hoc scope industry }");
        assertEquals(List.of(), errors(issues), issues.toString());
        assertEquals("Retail", ((SmmModel) workspace.root("audit.smm")).getProfiles().get(0).getIndustry());
    }

    @Test
    void parentsThatDisagreeWarnOnTheChild() {
        List<Issue> issues = smm("""
                profile Store { target AccessControl consistent }
                profile Payments { target AccessControl ad-hoc target Monitoring consistent }
                profile Retail extends Store, Payments { }
                """);
        List<Issue> conflicts = withCode(issues, IssueCodes.CONFLICTING_INHERITED_TARGETS);
        assertEquals(1, conflicts.size(), issues.toString());
        Issue conflict = conflicts.get(0);
        assertEquals(Severity.WARNING, conflict.getSeverity());
        assertEquals(3, conflict.getLineNumber());
        String message = conflict.getMessage();
        assertTrue(message.contains("Access Control"), message);
        assertTrue(message.contains("Consistent from Store") && message.contains("Ad hoc from Payments"), message);
    }

    @Test
    void anExplicitTargetInTheChildResolvesTheConflict() {
        List<Issue> issues = smm("""
                profile Store { target AccessControl consistent }
                profile Payments { target AccessControl ad-hoc }
                profile Retail extends Store, Payments { target AccessControl consistent "card data" }
                """);
        assertEquals(List.of(), withCode(issues, IssueCodes.CONFLICTING_INHERITED_TARGETS), issues.toString());
    }

    @Test
    void securityLevelsOfZonesAndConduits() {
        List<Issue> fine = system("security-level 2", "security-level 3");
        assertEquals(List.of(), withCode(fine, IssueCodes.INVALID_SECURITY_LEVEL), fine.toString());
        Boundary cell = (Boundary) ((TwinModel) workspace.root("line.twin")).getSystems().get(0).getBoundaries()
                .get(0).getBoundaries().get(0);
        assertEquals(2, cell.getSecurityLevel());
        workspace.reset();
        List<Issue> wrong = system("security-level 5", "security-level 0");
        assertEquals(2, withCode(wrong, IssueCodes.INVALID_SECURITY_LEVEL).size(), wrong.toString());
    }

    @Test
    void mappingSetStatesRoleAndPart() {
        List<Issue> issues = smm("""
                mapping Ours to "IEC 62443" part "2-4" role service-provider "Our own, illustrative" {
                	map PatchManagement consistent -> "SP.08"
                }
                """);
        assertEquals(List.of(), errors(issues), issues.toString());
        MappingSet set = ((SmmModel) workspace.root("audit.smm")).getMappingSets().get(0);
        assertEquals("2-4", set.getPart());
        assertEquals(MappingRole.SERVICE_PROVIDER, set.getRole());
    }
}
