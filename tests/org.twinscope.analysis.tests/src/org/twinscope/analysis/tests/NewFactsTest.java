/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.twinscope.analysis.AnalysisWarning;
import org.twinscope.analysis.SystemAnalysis;
import org.twinscope.model.smm.Fact;

/**
 * Data sensitivity and how it flows into twins, organizations with a stake, links into tenants another organization
 * hosts, undecided owners, twins fed by several organizations and the platforms of twins, each checked by hand.
 */
class NewFactsTest {

    private static final String SYSTEM = """
            system S {
            	organization Op role operator
            	organization Host role cloud-provider
            	organization Partner
            	organization Idle
            	organization Crew
            	boundary Site kind site owner Op {
            		asset Van kind vehicle criticality critical
            		asset Pump kind machine
            		asset Box kind gateway
            		twin VanTwin represents Van
            		twin Summary represents Van
            		twin Mirror represents Van
            	}
            	boundary Tenant kind cloud owner Op hosted-by Host {
            		twin CloudTwin represents Pump
            	}
            	boundary PartnerSite owner Partner {
            		asset Meter kind sensor
            	}
            	boundary Nowhere {
            		asset Stray kind sensor
            	}
            	sync Drive: Van -> VanTwin telemetry every 10 s classification personal
            	sync Digest: VanTwin -> Summary telemetry every 1 h
            	sync Both: Mirror -> VanTwin bidirectional on-demand classification confidential
            	sync Up: Pump -> CloudTwin telemetry every 1 min
            	sync Local: Pump -> VanTwin telemetry every 1 min
            	sync Shared: Meter -> VanTwin telemetry every 1 min
            	sync Lost: Stray -> VanTwin telemetry on-change
            	actor service Fixer of Partner operates Meter
            	actor person Tech of Crew operates Pump
            	actor person Analyst of Partner administers Summary
            }
            """;

    private final Fixture fixture = Fixture.of(SYSTEM, "");
    private final SystemAnalysis analysis = fixture.system();

    private boolean holds(String element, Fact fact) {
        return analysis.facts().holds(fixture.element(element), fact);
    }

    private String reason(String element, Fact fact) {
        return analysis.facts().reason(fixture.element(element), fact);
    }

    @Test
    void aTwinHoldsTheSensitiveDataThatFlowsIntoIt() {
        assertTrue(holds("Drive", Fact.PERSONAL_DATA));
        assertTrue(holds("Drive", Fact.CONFIDENTIAL_DATA), "personal data is confidential too");
        assertEquals("VanTwin receives over sync Drive personal data", reason("VanTwin", Fact.PERSONAL_DATA));
        assertTrue(holds("Site", Fact.PERSONAL_DATA), "the boundary around the twin");
        assertFalse(holds("Summary", Fact.CONFIDENTIAL_DATA), "an unclassified link passes nothing on");
        assertTrue(holds("Mirror", Fact.CONFIDENTIAL_DATA), "data of a bidirectional link lands at both ends");
        assertFalse(holds("Mirror", Fact.PERSONAL_DATA));
        assertFalse(holds("Van", Fact.CONFIDENTIAL_DATA), "assets state no classification");
    }

    @Test
    void aLinkIntoATenantAnotherOrganizationHostsCrossesOrganizations() {
        assertTrue(holds("Up", Fact.CROSSES_ORGANIZATIONS));
        assertEquals("sync Up links Pump (Op) and CloudTwin (Op, hosted by Host)",
                reason("Up", Fact.CROSSES_ORGANIZATIONS));
        assertFalse(holds("Local", Fact.CROSSES_ORGANIZATIONS), "same owner, same infrastructure");
    }

    @Test
    void organizationsWithAStake() {
        assertEquals("Op takes part as operator", reason("Op", Fact.HAS_STAKE));
        assertEquals("Partner owns PartnerSite", reason("Partner", Fact.HAS_STAKE));
        assertEquals("Tech of Crew operates Pump", reason("Crew", Fact.HAS_STAKE));
        assertFalse(holds("Host", Fact.HAS_STAKE), "a provider that only hosts");
        assertFalse(holds("Idle", Fact.HAS_STAKE));
    }

    @Test
    void administeringTwinsOfACriticalAssetThatCommandNothingIsNoControlOfIt() {
        assertTrue(holds("Summary", Fact.HIGH_CRITICALITY), "the twin represents the critical van");
        assertFalse(holds("Analyst", Fact.HIGH_CRITICALITY), "but Summary sends no commands");
        assertTrue(holds("Analyst", Fact.EXTERNAL_ACCESS));
    }

    @Test
    void twinsFedBySeveralOrganizations() {
        assertEquals("VanTwin is fed by Van (Op), Meter (Partner)",
                reason("VanTwin", Fact.FED_BY_SEVERAL_ORGANIZATIONS));
        assertFalse(holds("CloudTwin", Fact.FED_BY_SEVERAL_ORGANIZATIONS));
    }

    @Test
    void aGatewayBesideTwinsIsTheirPlatform() {
        assertTrue(holds("Box", Fact.HOSTS_TWINS));
        assertFalse(holds("Meter", Fact.HOSTS_TWINS), "a sensor, and no twin beside it");
        assertTrue(holds("CloudTwin", Fact.RUNS_SOFTWARE), "every twin is software");
    }

    @Test
    void undecidedOwnersAreNamedOnceForTheSystem() {
        List<AnalysisWarning> warnings = analysis.warnings().stream()
                .filter(w -> w.code().equals("twinscope.undecided-owner")).toList();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).message().contains("no owner is known for Stray:"), warnings.get(0).message());
        assertEquals(analysis.system(), warnings.get(0).source());
    }

    @Test
    void withOneOrganizationNothingCanCrossAndNothingIsUndecided() {
        SystemAnalysis single = Fixture.of("""
                system One {
                	organization Op
                	asset A kind sensor
                	twin T represents A
                	sync A -> T telemetry every 1 s
                }
                """, "").system();
        assertEquals(List.of(), single.warnings().stream().filter(w -> w.code().equals("twinscope.undecided-owner"))
                .toList());
    }

    // ------------------------------------------------------------------ thresholds

    private static final String LINKS = """
            system L {
            	organization Op
            	boundary B owner Op {
            		asset A kind sensor
            		twin T represents A
            	}
            	sync Two: A -> T telemetry every 2 s
            	sync Half: A -> T telemetry every 500 ms
            	sync Change: A -> T telemetry on-change
            	sync Stream: A -> T telemetry continuous
            }
            """;

    private static SystemAnalysis withThresholds(String... smmFiles) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("system.twin", LINKS);
        for (int i = 0; i < smmFiles.length; i++) {
            files.put("thresholds" + i + ".smm", smmFiles[i]);
        }
        return Fixture.of(files).system();
    }

    private static boolean highFrequency(SystemAnalysis analysis, String sync) {
        return analysis.facts().holds(Fixture.elementOf(analysis, sync), Fact.HIGH_FREQUENCY);
    }

    @Test
    void theLibraryThresholdIsOneSecondAndLeavesOnChangeOut() {
        SystemAnalysis analysis = withThresholds();
        assertTrue(highFrequency(analysis, "Half"));
        assertFalse(highFrequency(analysis, "Two"));
        assertFalse(highFrequency(analysis, "Change"));
        assertTrue(highFrequency(analysis, "Stream"), "continuous always counts");
    }

    @Test
    void aUserThresholdReplacesTheLibrarys() {
        SystemAnalysis analysis = withThresholds("threshold high-frequency every 200 ms including on-change");
        assertFalse(highFrequency(analysis, "Half"), "the user's shorter period replaces the library's 1 s");
        assertTrue(highFrequency(analysis, "Change"));
        assertTrue(analysis.warnings().stream().noneMatch(w -> w.code().equals("twinscope.conflicting-threshold")));
    }

    @Test
    void ofTwoConflictingUserThresholdsTheLongerPeriodWinsWithAWarning() {
        SystemAnalysis analysis = withThresholds("threshold high-frequency every 5 s",
                "threshold high-frequency every 200 ms");
        assertTrue(highFrequency(analysis, "Two"), "5 s wins");
        List<AnalysisWarning> conflicts = analysis.warnings().stream()
                .filter(w -> w.code().equals("twinscope.conflicting-threshold")).toList();
        assertEquals(1, conflicts.size(), conflicts.toString());
        assertTrue(conflicts.get(0).message().startsWith("This threshold (every 200 ms) disagrees with the one in "
                + "thresholds0.smm (every 5 s)"), conflicts.get(0).message());
    }
}
