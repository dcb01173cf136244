/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinscope.model.smm.Comprehensiveness;
import org.twinscope.model.smm.SmmModel;
import org.twinscope.model.twin.Asset;
import org.twinscope.model.twin.TwinFactory;
import org.twinscope.model.twin.TwinModel;

import com.google.inject.Inject;
import org.twinscope.testing.Examples;

/** Saving a changed model writes the change and keeps the user's comments and layout elsewhere. */
@ExtendWith(InjectionExtension.class)
@InjectWith(TwinscopeInjectorProvider.class)
class SerializationTest {

    @Inject
    private TestWorkspace workspace;

    @BeforeEach
    void reset() {
        workspace.reset();
    }

    @Test
    void renamingKeepsComments() throws IOException {
        XtextResource resource = workspace.add("line.twin", """
                // Line of plant 4, reviewed 2026-10
                system Line {
                	/* the operator */
                	organization Plant // owns everything
                	asset Filler kind machine // the expensive one
                }
                """);
        TwinModel model = (TwinModel) resource.getContents().get(0);
        model.getSystems().get(0).getAssets().get(0).setName("RotaryFiller");
        String saved = save(resource);
        assertTrue(saved.contains("asset RotaryFiller kind machine"), saved);
        assertTrue(saved.contains("// Line of plant 4, reviewed 2026-10"), saved);
        assertTrue(saved.contains("/* the operator */"), saved);
        assertTrue(saved.contains("// owns everything"), saved);
        assertTrue(saved.contains("// the expensive one"), saved);
    }

    @Test
    void addedElementIsWrittenAndCommentsStay() throws IOException {
        XtextResource resource = workspace.add("line.twin", """
                system Line {
                	// plant floor
                	asset Filler kind machine
                }
                """);
        Asset sensor = TwinFactory.eINSTANCE.createAsset();
        sensor.setName("LevelSensor");
        ((TwinModel) resource.getContents().get(0)).getSystems().get(0).getAssets().add(sensor);
        String saved = save(resource);
        assertTrue(saved.contains("// plant floor"), saved);
        assertTrue(saved.contains("asset LevelSensor"), saved);
    }

    @Test
    void levelsAreWrittenByName() throws IOException {
        XtextResource resource = workspace.add("p.smm", """
                // targets
                profile P { target AccessControl 3 }
                """);
        SmmModel model = (SmmModel) resource.getContents().get(0);
        model.getProfiles().get(0).getTargets().get(0).setLevel(Comprehensiveness.AD_HOC);
        String saved = save(resource);
        assertTrue(saved.contains("target AccessControl ad-hoc"), saved);
        assertTrue(saved.startsWith("// targets"), saved);
    }

    @Test
    void unchangedModelIsWrittenExactlyAsRead() throws IOException {
        for (java.nio.file.Path file : Examples.files()) {
            String text = Examples.read(file);
            XtextResource resource = workspace.reset().add(file.getFileName().toString(), text);
            assertEquals(text, save(resource), file.toString());
        }
    }

    private static String save(XtextResource resource) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.save(out, SaveOptions.newBuilder().getOptions().toOptionsMap());
        return out.toString(StandardCharsets.UTF_8);
    }
}
