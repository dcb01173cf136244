/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinscope.dsl.library.BuiltInLibrary;
import org.twinscope.model.smm.ApplicabilityRule;
import org.twinscope.model.smm.Catalog;
import org.twinscope.model.smm.Practice;
import org.twinscope.model.smm.Profile;
import org.twinscope.model.smm.SmmModel;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** The built-in library parses, links and validates cleanly, and holds the SMM as SMM.md describes it. */
@ExtendWith(InjectionExtension.class)
@InjectWith(TwinscopeInjectorProvider.class)
class LibraryTest {

    @Inject
    private BuiltInLibrary library;

    @Inject
    private Provider<XtextResourceSet> resourceSets;

    @Inject
    private IResourceValidator validator;

    @Test
    void everyLibraryFileHasNoProblems() {
        XtextResourceSet resourceSet = resourceSets.get();
        List<Resource> resources = library.resources(resourceSet);
        assertEquals(BuiltInLibrary.FILES.size(), resources.size());
        for (Resource resource : resources) {
            List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
            assertEquals(List.of(), issues.stream().map(Issue::toString).toList(), resource.getURI().lastSegment());
        }
        EcoreUtil.resolveAll(resourceSet);
        assertTrue(EcoreUtil.UnresolvedProxyCrossReferencer.find(resourceSet).isEmpty());
    }

    @Test
    void catalogHasThreeDomainsNineSubDomainsEighteenPractices() {
        Catalog catalog = model("smm-catalog.smm").getCatalogs().get(0);
        assertEquals(List.of("Governance", "Enablement", "Hardening"),
                catalog.getDomains().stream().map(d -> d.getName()).toList());
        assertEquals(9, catalog.getDomains().stream().mapToInt(d -> d.getSubDomains().size()).sum());
        List<Practice> practices = catalog.getDomains().stream().flatMap(d -> d.getSubDomains().stream())
                .flatMap(s -> s.getPractices().stream()).toList();
        assertEquals(18, practices.size());
        for (Practice practice : practices) {
            assertTrue(practice.getObjective() != null && practice.getObjective().length() > 40,
                    practice.getName() + " needs an objective");
            assertEquals(2, practice.getSubDomain().getPractices().size());
        }
    }

    @Test
    void defaultRulesCoverTheScopingFactsOfTheDomainDescription() {
        Map<String, List<String>> rules = model("default-rules.smm").getRules().stream()
                .collect(Collectors.toMap(ApplicabilityRule::getName,
                        r -> r.getPractices().stream().map(Practice::getName).toList()));
        assertEquals(List.of("ServicesThirdPartyDependenciesManagement", "AccessControl",
                "EstablishingAndMaintainingIdentities", "DataProtectionModelAndPolicy", "DataProtectionControls",
                "Monitoring"), rules.get("CrossOrganizationSynchronization"));
        assertTrue(rules.get("Actuation").containsAll(List.of("ThreatModeling", "PhysicalProtection",
                "EventDetectionAndResponsePlan", "RemediationRecoveryAndContinuity")));
        assertTrue(rules.get("OtSoftware").containsAll(List.of("VulnerabilityAssessment", "PatchManagement")));
        for (ApplicabilityRule rule : model("default-rules.smm").getRules()) {
            assertFalse(rule.getRationale() == null || rule.getRationale().isBlank(), rule.getName());
        }
    }

    @Test
    void starterProfileSaysItIsNotAnOfficialProfile() {
        Profile starter = model("digital-twin-starter.smm").getProfiles().get(0);
        assertEquals("DigitalTwinStarter", starter.getName());
        assertTrue(starter.getDescription().contains("not an official IIC profile"));
        assertTrue(TestFiles.libraryText("nist-csf-2.0-starter-mapping.smm").contains("not an official"));
    }

    private SmmModel model(String file) {
        for (Resource resource : library.resources(resourceSets.get())) {
            if (resource.getURI().lastSegment().equals(file)) {
                return (SmmModel) resource.getContents().get(0);
            }
        }
        throw new AssertionError("no library file " + file);
    }
}
