/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.twinscope.dsl.library.BuiltInLibrary;

import com.google.inject.Inject;
import com.google.inject.Provider;
import org.twinscope.testing.Examples;

/** Formatting is idempotent and never changes what a file means, for every example and library file. */
@ExtendWith(InjectionExtension.class)
@InjectWith(TwinscopeInjectorProvider.class)
class FormattingTest {

    @Inject
    private TestWorkspace workspace;

    @Inject
    private BuiltInLibrary library;

    @Inject
    private Provider<IFormatter2> formatters;

    @Inject
    private Provider<TextRegionAccessBuilder> regionAccessBuilders;

    @BeforeEach
    void reset() {
        workspace.reset();
    }

    /** Each file with the project it belongs to: the other files of its example folder, or the library. */
    static Stream<Arguments> files() {
        List<Arguments> files = new ArrayList<>();
        for (Path project : Examples.projects()) {
            for (Path file : Examples.files()) {
                if (file.startsWith(project)) {
                    files.add(Arguments.of(project.getFileName() + "/" + file.getFileName(), file, project));
                }
            }
        }
        for (String file : BuiltInLibrary.FILES) {
            files.add(Arguments.of("library/" + file, null, null));
        }
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void formattingIsIdempotentAndKeepsTheModel(String name, Path file, Path project) {
        URI uri = file != null ? URI.createFileURI(file.toString()) : libraryUri(name);
        String text = file != null ? Examples.read(file) : TestFiles.libraryText(uri.lastSegment());
        String once = format(uri.lastSegment(), text);
        String twice = format(uri.lastSegment(), once);
        assertEquals(once, twice, "formatting " + name + " twice changed it again");

        EObject original = readProject(project, uri, text);
        EObject formatted = readProject(project, uri, once);
        assertTrue(SemanticEquality.equal(original, formatted), "formatting changed the model of " + name);
    }

    /** The project's files read into a fresh resource set, with the given text for the file under test. */
    private EObject readProject(Path project, URI uri, String text) {
        workspace.reset();
        XtextResource underTest = workspace.add(uri, text);
        if (project != null) {
            for (Path other : Examples.files()) {
                URI otherUri = URI.createFileURI(other.toString());
                if (other.startsWith(project) && !otherUri.equals(uri)) {
                    workspace.add(otherUri, Examples.read(other));
                }
            }
        }
        library.resources(workspace.resourceSet());
        EcoreUtil.resolveAll(workspace.resourceSet());
        return underTest.getContents().get(0);
    }

    private static URI libraryUri(String name) {
        return URI.createURI(BuiltInLibrary.class.getResource("/" + name).toString());
    }

    @Test
    void layoutOfASmallSystem() {
        String messy = """
                system   S "d"{organization O boundary B kind site owner O{asset A kind machine
                twin T represents A purpose monitoring,control}
                sync F:A->T telemetry every 1 s
                }""";
        assertEquals("""
                system S "d" {
                	organization O
                	boundary B kind site owner O {
                		asset A kind machine
                		twin T represents A purpose monitoring, control
                	}
                	sync F: A -> T telemetry every 1 s
                }
                """, format("s.twin", messy));
    }

    @Test
    void commentsSurviveFormatting() {
        String text = """
                // the plant
                system S {
                	/* owner */ organization O // trailing
                }
                """;
        String formatted = format("c.twin", text);
        assertTrue(formatted.contains("// the plant"), formatted);
        assertTrue(formatted.contains("/* owner */"), formatted);
        assertTrue(formatted.contains("// trailing"), formatted);
    }

    private static final String LONG_HEADER = """
            profile BottlingTargets "Targets agreed for the bottling line" industry "Food and beverage" extends twinscope.DigitalTwinStarter for BottlingLine {
            }
            """;

    @Test
    void aHeaderLongerThanTheDefaultWidthWrapsBeforeAClause() {
        String formatted = format("p.smm", LONG_HEADER);
        assertEquals("""
                profile BottlingTargets "Targets agreed for the bottling line" industry "Food and beverage"
                	extends twinscope.DigitalTwinStarter for BottlingLine {
                }
                """, formatted);
        assertEquals(formatted, format("p.smm", formatted), "a wrapped header changed when formatted again");
    }

    @Test
    void aHeaderThatFitsIsJoinedOnOneLine() {
        String formatted = format("a.smm", """
                assessment Audit "Q3 audit"
                	of BottlingLine against BottlingTargets {
                }
                """);
        assertEquals("""
                assessment Audit "Q3 audit" of BottlingLine against BottlingTargets {
                }
                """, formatted);
    }

    @Test
    void theMaximumLineWidthIsAPreference() {
        assertEquals(LONG_HEADER, format("p.smm", LONG_HEADER, 200), "a wide limit keeps the header on one line");
        String narrow = format("p.smm", LONG_HEADER, 60);
        assertEquals("""
                profile BottlingTargets "Targets agreed for the bottling line"
                	industry "Food and beverage"
                	extends twinscope.DigitalTwinStarter for BottlingLine {
                }
                """, narrow);
        assertEquals(narrow, format("p.smm", narrow, 60), "a wrapped header changed when formatted again");
    }

    @Test
    void aListOfNamesLongerThanTheLineWrapsAfterTheLastCommaThatFits() {
        String rating = """
                assessment Audit of Network {
                	rate ThreatModeling consistent scope system met C1 on NetworkTwin, NorthStationPlc, SouthStationPlc, NorthSetpoints, SouthSetpoints, HillLevelRtu, ParkLevelRtu, HillReservoir, ParkReservoir evidence "Threat model"
                }
                """;
        String formatted = format("l.smm", rating);
        assertEquals("""
                assessment Audit of Network {
                	rate ThreatModeling consistent scope system met C1
                		on NetworkTwin, NorthStationPlc, SouthStationPlc, NorthSetpoints, SouthSetpoints, HillLevelRtu, ParkLevelRtu,
                		HillReservoir, ParkReservoir evidence "Threat model"
                }
                """, formatted);
        formatted.lines().forEach(line -> assertTrue(line.replace("\t", "    ").length() <= 120, line));
        assertEquals(formatted, format("l.smm", formatted), "a wrapped list changed when formatted again");
    }

    private String format(String name, String text) {
        return format(name, text, null);
    }

    /** Formats with the default preferences, or with the given maximum line width. */
    private String format(String name, String text, Integer maxLineWidth) {
        XtextResource resource = workspace.reset().add(name, text);
        assertTrue(resource.getParseResult() != null && !resource.getParseResult().hasSyntaxErrors(),
                () -> name + " has syntax errors: " + resource.getErrors());
        ITextRegionAccess regions = regionAccessBuilders.get().forNodeModel(resource).create();
        FormatterRequest request = new FormatterRequest().setTextRegionAccess(regions);
        if (maxLineWidth != null) {
            MapBasedPreferenceValues preferences = new MapBasedPreferenceValues();
            preferences.put(FormatterPreferenceKeys.maxLineWidth, maxLineWidth);
            request.setPreferences(preferences);
        }
        List<ITextReplacement> replacements = formatters.get().format(request);
        return regions.getRewriter().renderToString(replacements);
    }
}
