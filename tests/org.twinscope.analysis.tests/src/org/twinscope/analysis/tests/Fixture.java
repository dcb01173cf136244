/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.twinscope.analysis.AnalysisInput;
import org.twinscope.analysis.AnalysisResult;
import org.twinscope.analysis.Analyzer;
import org.twinscope.analysis.SystemAnalysis;
import org.twinscope.dsl.load.AnalyzedModel;
import org.twinscope.model.smm.Practice;
import org.twinscope.model.twin.SystemElement;
import org.twinscope.model.twin.TwinSystem;

import org.twinscope.testing.TestModels;

/** Small hand-written models, read with the Twinscope language (and its built-in library) and analyzed. */
final class Fixture {

    private final AnalyzedModel model;
    private final List<Resource> resources = new ArrayList<>();

    private Fixture(AnalyzedModel model) {
        this.model = model;
        resources.addAll(model.model().files().values());
        resources.addAll(model.model().libraryResources());
    }

    /**
     * Files by name; a name ending in .twin holds systems, .smm the rest. Read through the pipeline, as every front
     * end reads them; a fixture must parse and link (validation findings are allowed: some tests are about them).
     */
    static Fixture of(Map<String, String> files) {
        Fixture fixture = new Fixture(TestModels.of(files));
        for (Resource resource : fixture.model.model().files().values()) {
            assertEquals(List.of(), resource.getErrors(), "fixture " + resource.getURI() + " does not parse or link");
        }
        return fixture;
    }

    static Fixture of(String twin, String smm) {
        return of(Map.of("system.twin", twin, "targets.smm", smm));
    }

    AnalysisInput input() {
        return AnalysisInput.of(resources);
    }

    AnalysisResult analyze() {
        return Analyzer.analyze(input());
    }

    SystemAnalysis system() {
        return analyze().systems().get(0);
    }

    /** The first system analyzed as of a day (overdue actions, expired acceptances). */
    SystemAnalysis systemAsOf(LocalDate day) {
        return Analyzer.analyze(input().asOf(day)).systems().get(0);
    }

    /** The element of the first system with that name. */
    SystemElement element(String name) {
        TwinSystem system = input().systems().get(0);
        for (var iterator = system.eAllContents(); iterator.hasNext();) {
            EObject next = iterator.next();
            if (next instanceof SystemElement element && name.equals(element.getName())) {
                return element;
            }
        }
        throw new AssertionError("no element " + name);
    }

    /** The element of the analyzed system with that name. */
    static SystemElement elementOf(SystemAnalysis analysis, String name) {
        for (var iterator = analysis.system().eAllContents(); iterator.hasNext();) {
            if (iterator.next() instanceof SystemElement element && name.equals(element.getName())) {
                return element;
            }
        }
        throw new AssertionError("no element " + name);
    }

    Practice practice(String name) {
        for (Resource resource : resources) {
            for (var iterator = resource.getAllContents(); iterator.hasNext();) {
                if (iterator.next() instanceof Practice practice && name.equals(practice.getName())) {
                    return practice;
                }
            }
        }
        throw new AssertionError("no practice " + name);
    }
}
