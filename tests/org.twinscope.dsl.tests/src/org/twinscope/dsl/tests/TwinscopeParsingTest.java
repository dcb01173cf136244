/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinscope.model.smm.Assessment;
import org.twinscope.model.smm.Comprehensiveness;
import org.twinscope.model.smm.Profile;
import org.twinscope.model.smm.Scope;
import org.twinscope.model.smm.SmmModel;
import org.twinscope.model.smm.Target;
import org.twinscope.model.twin.Boundary;
import org.twinscope.model.twin.BoundaryKind;
import org.twinscope.model.twin.FrequencyMode;
import org.twinscope.model.twin.Synchronization;
import org.twinscope.model.twin.TimeUnit;
import org.twinscope.model.twin.Twin;
import org.twinscope.model.twin.TwinModel;
import org.twinscope.model.twin.TwinSystem;

import com.google.inject.Inject;

/** The language reads what architects write into the model they mean, across files and into the library. */
@ExtendWith(InjectionExtension.class)
@InjectWith(TwinscopeInjectorProvider.class)
class TwinscopeParsingTest {

    @Inject
    private TestWorkspace workspace;

    @Inject
    private IResourceDescription.Manager descriptions;

    @BeforeEach
    void reset() {
        workspace.reset();
    }

    @Test
    void systemWithNestedBoundariesAndSynchronizations() {
        XtextResource resource = workspace.add("line.twin", """
                system BottlingLine "Data-driven bottling line" {
                	organization Brewer organization FillerVendor organization CloudCo
                	boundary Plant owner Brewer kind site {
                		boundary Cell kind ot-zone { asset Filler kind machine criticality high safety-relevant }
                		boundary PlantIT kind it-zone { twin LineTwin represents Filler purpose monitoring, control fidelity high }
                	}
                	boundary VendorCloud owner FillerVendor hosted-by CloudCo kind cloud {
                		twin FleetTwin aggregates LineTwin purpose prediction fidelity medium
                	}
                	sync Filler -> LineTwin telemetry every 100 ms fidelity raw via "OPC UA"
                	sync LineTwin -> Filler commands on-demand via "OPC UA"
                	sync Fleet: LineTwin -> FleetTwin telemetry every 1 h fidelity aggregated via "MQTT over TLS"
                	actor person VendorEngineer of FillerVendor reads FleetTwin, LineTwin
                }
                """);
        assertEquals(List.of(), resource.getErrors());
        TwinSystem system = ((TwinModel) resource.getContents().get(0)).getSystems().get(0);
        Boundary plant = system.getBoundaries().get(0);
        assertEquals(BoundaryKind.SITE, plant.getKind());
        assertEquals("Brewer", plant.getOwner().getName());
        Twin lineTwin = plant.getBoundaries().get(1).getTwins().get(0);
        assertSame(plant.getBoundaries().get(0).getAssets().get(0), lineTwin.getRepresentedAssets().get(0));
        Synchronization telemetry = system.getSynchronizations().get(0);
        assertEquals(FrequencyMode.PERIODIC, telemetry.getFrequency().getMode());
        assertEquals(100, telemetry.getFrequency().getPeriod().getAmount());
        assertEquals(TimeUnit.MS, telemetry.getFrequency().getPeriod().getUnit());
        assertEquals(FrequencyMode.ON_DEMAND, system.getSynchronizations().get(1).getFrequency().getMode());
        assertEquals("Fleet", system.getSynchronizations().get(2).getName());
        assertEquals("CloudCo", system.getBoundaries().get(1).getHostedBy().getName());
    }

    @Test
    void profileAndAssessmentResolveAcrossFilesByShortAndQualifiedNames() {
        workspace.add("line.twin", """
                system Line { organization O boundary B owner O { asset Filler twin LineTwin represents Filler } }
                """);
        XtextResource smm = workspace.add("targets.smm", """
                package acme
                profile Targets extends twinscope.DigitalTwinStarter for Line {
                	target AccessControl consistent scope system "role based"
                	target twinscope.ThreatModeling formalized on LineTwin, Line.Filler
                	target DataProtection 2
                }
                assessment Q3 of Line against Targets date 2026-09-30 by "audit" {
                	rate AccessControl ad-hoc evidence "shared account"
                	rate ThreatModeling consistent on LineTwin evidence "twin only" notes "asset next"
                }
                """);
        assertEquals(List.of(), smm.getErrors());
        SmmModel model = (SmmModel) smm.getContents().get(0);
        Profile profile = model.getProfiles().get(0);
        assertEquals("DigitalTwinStarter", profile.getExtends().get(0).getName());
        assertEquals("Line", profile.getSystem().getName());
        Target threat = profile.getTargets().get(1);
        assertEquals("ThreatModeling", threat.getSubject().getName());
        assertEquals(Comprehensiveness.FORMALIZED, threat.getLevel());
        assertEquals(List.of("LineTwin", "Filler"), threat.getElements().stream().map(e -> e.getName()).toList());
        assertEquals(Scope.SYSTEM, profile.getTargets().get(0).getScope());
        assertEquals("DataProtection", profile.getTargets().get(2).getSubject().getName());
        Assessment assessment = model.getAssessments().get(0);
        assertSame(profile, assessment.getProfile());
        assertEquals(LocalDate.of(2026, 9, 30).atStartOfDay(ZoneOffset.UTC).toInstant(),
                assessment.getDate().toInstant());
        assertEquals("twin only", assessment.getRatings().get(1).getEvidence());
        assertTrue(workspace.validate(smm).stream().noneMatch(i -> i.getSeverity()
                == org.eclipse.xtext.diagnostics.Severity.ERROR));
    }

    @Test
    void systemElementsResolveByShortNameInTheirOwnSystemAndByQualifiedNameFromAnother() {
        XtextResource other = workspace.add("a.twin", "system A { asset X twin Y represents X }\n");
        XtextResource resource = workspace.add("b.twin", """
                system B {
                	asset X
                	twin T represents A.X, X
                	twin U represents Y
                	twin V represents T
                }
                """);
        TwinSystem a = ((TwinModel) other.getContents().get(0)).getSystems().get(0);
        TwinSystem b = ((TwinModel) resource.getContents().get(0)).getSystems().get(0);
        assertEquals(List.of(a.getAssets().get(0), b.getAssets().get(0)), b.getTwins().get(0).getRepresentedAssets());
        assertSame(a.getAssets().get(0), a.getTwins().get(0).getRepresentedAssets().get(0));
        // a short name means an element of the reference's own system, of the referenced type
        List<String> unresolved = workspace.validate(resource).stream()
                .filter(i -> i.getMessage().startsWith("Unknown")).map(i -> i.getMessage()).toList();
        assertEquals(2, unresolved.size(), unresolved.toString());
        assertTrue(unresolved.get(0).contains("'Y'") && unresolved.get(1).contains("'T'"), unresolved.toString());
    }

    @Test
    void namesASystemLooksUpElsewhereAreRecordedSoThatChangesThereRevalidateIt() {
        workspace.add("a.twin", "system A { asset Y }\n");
        XtextResource resource = workspace.add("b.twin", """
                system B {
                	asset X
                	twin T represents X, A.Missing, Elsewhere
                }
                """);
        workspace.validate(resource);
        Set<String> imported = new HashSet<>();
        descriptions.getResourceDescription(resource).getImportedNames().forEach(n -> imported.add(n.toString()));
        // a file that declares A.Missing or Elsewhere later must make this one relink; X is this file's own
        assertTrue(imported.contains("a.missing") && imported.contains("elsewhere"), imported.toString());
    }

    @Test
    void rulesWithConditions() {
        XtextResource resource = workspace.add("rules.smm", """
                rule VendorActuation for sync when actuation and (crosses-organizations or not high-frequency)
                	then AccessControl, RiskAttitude because "vendors act on our machines"
                """);
        assertEquals(List.of(), resource.getErrors());
        assertEquals(2, ((SmmModel) resource.getContents().get(0)).getRules().get(0).getPractices().size());
    }
}
