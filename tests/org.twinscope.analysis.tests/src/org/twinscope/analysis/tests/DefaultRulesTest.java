/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.twinscope.analysis.SystemAnalysis;

/**
 * Every built-in applicability rule fires where its fact holds, with the practices written here by hand from the
 * domain description, and does not fire on a similar element where the fact does not hold.
 */
class DefaultRulesTest {

    private static final String SYSTEM = """
            system S {
            	organization A
            	organization B
            	organization C
            	boundary Plant kind site owner A {
            		boundary Floor kind ot-zone {
            			asset Press kind machine safety-relevant
            			asset Meter kind sensor
            			asset Tank kind infrastructure no-software
            			asset Gw kind gateway
            		}
            		boundary Office kind it-zone {
            			asset Server kind server criticality high
            			twin PressTwin represents Press fidelity high
            			twin MeterTwin represents Meter fidelity low
            			twin HrTwin represents Server classification personal
            		}
            	}
            	boundary OwnCloud kind cloud owner A
            	boundary Cloud kind cloud owner B hosted-by C {
            		twin Fleet aggregates PressTwin
            		twin RemoteTwin represents Meter
            	}
            	sync Fast: Meter -> MeterTwin telemetry every 1 s fidelity raw
            	sync Slow: Meter -> MeterTwin telemetry every 1 h fidelity sampled
            	sync Local: PressTwin -> Press commands on-demand
            	sync Remote: RemoteTwin -> Meter commands on-demand
            	sync Share: PressTwin -> Fleet telemetry every 1 h
            	sync Pool: RemoteTwin -> Fleet telemetry every 1 h
            	sync Secret: Meter -> PressTwin telemetry every 1 h classification confidential
            	actor person Visitor of B reads PressTwin
            	actor person Staff of A reads PressTwin
            	actor service VendorOps of B operates Press
            	actor service MeterOps of B operates Meter
            }
            """;

    private static SystemAnalysis analysis;

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of("CrossOrganizationSynchronization", "Share", "Slow",
                        List.of("ServicesThirdPartyDependenciesManagement", "AccessControl",
                                "EstablishingAndMaintainingIdentities", "DataProtectionModelAndPolicy",
                                "DataProtectionControls", "Monitoring")),
                Arguments.of("Actuation", "Local", "Slow", List.of("ThreatModeling", "PhysicalProtection",
                        "EventDetectionAndResponsePlan", "RemediationRecoveryAndContinuity")),
                Arguments.of("CrossOrganizationActuation", "Remote", "Local", List.of("AccessControl",
                        "RiskAttitude", "SituationalAwarenessAndInformationSharing")),
                // sync rate says nothing about sharing threat information with others
                Arguments.of("HighFrequencySynchronization", "Fast", "Slow", List.of("Monitoring",
                        "EventDetectionAndResponsePlan")),
                Arguments.of("HighFidelityTwin", "PressTwin", "MeterTwin", List.of("DataProtectionModelAndPolicy",
                        "DataProtectionControls")),
                // sensitivity is stated, never guessed from fidelity
                Arguments.of("ConfidentialTwinData", "HrTwin", "MeterTwin", List.of("DataProtectionModelAndPolicy",
                        "DataProtectionControls")),
                Arguments.of("ConfidentialDataInTransit", "Secret", "Slow", List.of("DataProtectionModelAndPolicy",
                        "DataProtectionControls")),
                // PressTwin receives confidential data over Secret, but no personal data
                Arguments.of("PersonalData", "HrTwin", "PressTwin", List.of("ComplianceManagement")),
                Arguments.of("RawDataSynchronization", "Fast", "Slow", List.of("DataProtectionModelAndPolicy",
                        "DataProtectionControls")),
                Arguments.of("OtAsset", "Press", "Server", List.of("PhysicalProtection",
                        "AssetChangeAndConfigurationManagement")),
                // a tank without software has nothing to scan or patch
                Arguments.of("OtSoftware", "Press", "Tank", List.of("VulnerabilityAssessment", "PatchManagement")),
                // every twin is software; the asset Meter gets these practices from OtSoftware, not from this rule
                Arguments.of("TwinSoftware", "PressTwin", "Meter", List.of("VulnerabilityAssessment",
                        "PatchManagement")),
                // the server sits beside twins; the gateway on the floor has none beside it
                Arguments.of("TwinPlatform", "Server", "Gw", List.of("VulnerabilityAssessment", "PatchManagement")),
                // Fleet is fed by PressTwin (A) and RemoteTwin (B); MeterTwin by A only
                Arguments.of("SharedTwin", "Fleet", "MeterTwin", List.of(
                        "SituationalAwarenessAndInformationSharing")),
                Arguments.of("SafetyRelevantAsset", "Press", "Meter", List.of("ThreatModeling", "RiskAttitude",
                        "RemediationRecoveryAndContinuity", "SituationalAwarenessAndInformationSharing")),
                Arguments.of("ExternallyHostedTwin", "RemoteTwin", "PressTwin", List.of(
                        "ProductSupplyChainRiskManagement", "ServicesThirdPartyDependenciesManagement")),
                // a cloud the organization runs itself is not "operated by a provider"
                Arguments.of("CloudBoundary", "Cloud", "OwnCloud", List.of("ServicesThirdPartyDependenciesManagement",
                        "DataProtectionControls", "Monitoring")),
                // the IT twin commands the OT machine: a zone-to-zone conduit within one organization
                Arguments.of("ZoneCrossingCommands", "Local", "Fast", List.of("AccessControl",
                        "EstablishingAndMaintainingIdentities", "Monitoring")),
                Arguments.of("CriticalAsset", "Server", "Meter", List.of("ThreatModeling", "RiskAttitude",
                        "AssetChangeAndConfigurationManagement", "RemediationRecoveryAndContinuity")),
                Arguments.of("TwinOfTwins", "Fleet", "PressTwin", List.of("DataProtectionModelAndPolicy",
                        "AssetChangeAndConfigurationManagement")),
                Arguments.of("ExternalActor", "Visitor", "Staff", List.of("AccessControl",
                        "EstablishingAndMaintainingIdentities", "Monitoring")),
                // B operates the safety-relevant press; operating the plain meter is not enough
                Arguments.of("ExternalControlOfCriticalAssets", "VendorOps", "MeterOps", List.of("ThreatModeling",
                        "RiskAttitude", "EventDetectionAndResponsePlan")),
                // A owns the plant; C only hosts B's cloud
                Arguments.of("OrganizationGovernance", "A", "C", List.of("SecurityProgramManagement",
                        "ComplianceManagement", "ThreatModeling", "RiskAttitude", "ProductSupplyChainRiskManagement",
                        "ServicesThirdPartyDependenciesManagement")),
                Arguments.of("ProviderDependency", "C", "A", List.of("ServicesThirdPartyDependenciesManagement")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void ruleFiresWhereItsFactHolds(String rule, String firesOn, String notOn, List<String> practices) {
        if (analysis == null) {
            analysis = Fixture.of(SYSTEM, "").system();
        }
        assertEquals(practices, practicesBy(rule, firesOn), rule + " at " + firesOn);
        assertEquals(List.of(), practicesBy(rule, notOn), rule + " must not fire at " + notOn);
    }

    @Test
    void everyBuiltInRuleHasACase() {
        List<String> builtIn = Fixture.of(SYSTEM, "").input().rules().stream().map(r -> r.getName()).sorted().toList();
        List<String> covered = rules().map(a -> (String) a.get()[0]).sorted().toList();
        assertEquals(builtIn, covered, "a built-in rule was added or removed: add its case here");
    }

    private static List<String> practicesBy(String rule, String element) {
        return analysis.applicabilities().stream()
                .filter(a -> a.rule().getName().equals(rule) && element.equals(a.element().getName()))
                .map(a -> a.practice().getName()).toList();
    }
}
