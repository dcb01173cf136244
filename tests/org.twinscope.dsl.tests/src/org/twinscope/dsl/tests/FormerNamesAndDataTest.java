/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.twinscope.model.smm.SmmModel;
import org.twinscope.model.smm.SubDomain;
import org.twinscope.model.twin.DataClassification;
import org.twinscope.model.twin.TwinModel;

import com.google.inject.Inject;

/**
 * A renamed sub-domain is still found by its former id, with a deprecation warning that carries the fix; data
 * classifications and thresholds are read as written.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TwinscopeInjectorProvider.class)
class FormerNamesAndDataTest {

    private static final String SYSTEM = """
            system Line {
            	organization Plant
            	boundary Site owner Plant {
            		asset Filler kind machine
            		twin LineTwin represents Filler classification confidential
            	}
            	sync Feed: Filler -> LineTwin telemetry every 1 s classification personal
            }
            """;

    @Inject
    private TestWorkspace workspace;

    @BeforeEach
    void reset() {
        workspace.reset();
    }

    private XtextResource targets;

    private List<Issue> profile(String target) {
        workspace.add("line.twin", SYSTEM);
        targets = workspace.add("targets.smm", "profile P for Line { " + target + " }");
        return workspace.validate(targets);
    }

    @Test
    void theFormerSubDomainIdStillLinksWithADeprecationWarningAndItsFix() {
        List<Issue> issues = profile("target ThreatModelingAndRiskAttitude consistent");
        List<Issue> deprecated = withCode(issues, IssueCodes.DEPRECATED_NAME);
        assertEquals(1, deprecated.size(), issues.toString());
        assertEquals(Severity.WARNING, deprecated.get(0).getSeverity());
        assertEquals("ThreatModelingSubdomain", deprecated.get(0).getData()[IssueCodes.SUGGESTION]);
        assertEquals(List.of(), issues.stream().filter(i -> i.getSeverity() == Severity.ERROR).toList());
        SubDomain subject = (SubDomain) ((SmmModel) targets.getContents().get(0))
                .getProfiles().get(0).getTargets().get(0).getSubject();
        assertEquals("ThreatModelingSubdomain", subject.getName());
    }

    @Test
    void theQualifiedFormerIdKeepsItsQualifierInTheFix() {
        List<Issue> deprecated = withCode(profile("target twinscope.ThreatModelingAndRiskAttitude consistent"),
                IssueCodes.DEPRECATED_NAME);
        assertEquals(1, deprecated.size());
        assertEquals("twinscope.ThreatModelingSubdomain", deprecated.get(0).getData()[IssueCodes.SUGGESTION]);
    }

    @Test
    void theCurrentIdAndThePracticeOfTheSameTitleAreNotDeprecated() {
        assertEquals(List.of(), profile("target ThreatModelingSubdomain consistent target ThreatModeling ad-hoc"));
    }

    @Test
    void classificationsAndThresholdsAreReadAsWritten() {
        XtextResource system = workspace.add("line.twin", SYSTEM);
        assertEquals(List.of(), workspace.validate(workspace.add("thresholds.smm",
                "threshold high-frequency every 5 s including on-change")));
        TwinModel model = (TwinModel) system.getContents().get(0);
        assertEquals(DataClassification.CONFIDENTIAL,
                model.getSystems().get(0).getBoundaries().get(0).getTwins().get(0).getClassification());
        assertEquals(DataClassification.PERSONAL,
                model.getSystems().get(0).getSynchronizations().get(0).getClassification());
    }
}
