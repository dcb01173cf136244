/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.twinscope.analysis.AnalysisInput;
import org.twinscope.analysis.AnalysisResult;
import org.twinscope.analysis.Analyzer;
import org.twinscope.analysis.SystemAnalysis;
import org.twinscope.dsl.TwinscopeStandaloneSetup;
import org.twinscope.dsl.library.BuiltInLibrary;
import org.twinscope.model.smm.Practice;
import org.twinscope.model.twin.SystemElement;
import org.twinscope.model.twin.TwinSystem;

import com.google.inject.Injector;

/** Small hand-written models, read with the Twinscope language (and its built-in library) and analyzed. */
final class Fixture {

    private static Injector injector;

    private final XtextResourceSet resourceSet;
    private final List<Resource> resources = new ArrayList<>();

    private Fixture() {
        if (injector == null) {
            injector = TwinscopeStandaloneSetup.doSetup();
        }
        resourceSet = injector.getInstance(XtextResourceSet.class);
        resources.addAll(injector.getInstance(BuiltInLibrary.class).resources(resourceSet));
    }

    /** Files by name; a name ending in .twin holds systems, .smm the rest. */
    static Fixture of(Map<String, String> files) {
        Fixture fixture = new Fixture();
        files.forEach(fixture::add);
        EcoreUtil.resolveAll(fixture.resourceSet);
        for (Resource resource : fixture.resources) {
            assertEquals(List.of(), resource.getErrors(), "fixture " + resource.getURI() + " does not parse");
        }
        return fixture;
    }

    static Fixture of(String twin, String smm) {
        return of(Map.of("system.twin", twin, "targets.smm", smm));
    }

    private void add(String name, String text) {
        Resource resource = resourceSet.createResource(URI.createURI("memory:/fixture/" + name));
        try {
            resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        resources.add(resource);
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
