/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.twinscope.dsl.IssueCodes;
import org.twinscope.dsl.load.LoadedModel;
import org.twinscope.dsl.load.ModelLoader;
import org.twinscope.dsl.load.Problem;
import org.twinscope.model.smm.Profile;
import org.twinscope.model.smm.SmmModel;

import com.google.inject.Inject;

/**
 * A folder of many files read as the command line reads it (ModelLoader, which looks names up in one index of all
 * files): references across files link, and names declared twice across files are reported in both files.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TwinscopeInjectorProvider.class)
class FolderReadingTest {

    @TempDir
    Path folder;

    @Inject
    private ModelLoader loader;

    private void write(String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text);
    }

    @Test
    void referencesAcrossManyFilesLink() throws IOException {
        for (int i = 0; i < 30; i++) {
            write("s" + i + ".twin", "system S" + i + " { organization O boundary B kind site owner O { "
                    + "asset A kind machine } }");
            write("p" + i + ".smm", "profile P" + i + " for S" + i + " { target AccessControl consistent on A }");
        }
        LoadedModel model = loader.load(List.of(folder));
        assertEquals(List.of(), model.problems().stream().filter(p -> p.severity() == Problem.Severity.ERROR)
                .toList());
        Profile profile = ((SmmModel) model.files().get(folder.resolve("p7.smm")).getContents().get(0)).getProfiles()
                .get(0);
        assertEquals("S7", profile.getSystem().getName(), "the profile's system is the one of the same name");
        assertEquals("s7.twin", profile.getTargets().get(0).getElements().get(0).eResource().getURI().lastSegment());
    }

    @Test
    void aNameDeclaredInTwoFilesIsReportedInEach() throws IOException {
        write("a.twin", "system Shared { organization A }");
        write("b.twin", "system Shared { organization B }");
        write("c.twin", "system Other { organization A }");
        List<Problem> duplicates = loader.load(List.of(folder)).problems().stream()
                .filter(p -> IssueCodes.DUPLICATE_NAME.equals(p.code())).toList();
        assertEquals(2, duplicates.size(), duplicates.toString());
        assertTrue(duplicates.get(0).message().contains("b.twin"), duplicates.get(0).message());
        assertTrue(duplicates.get(1).message().contains("a.twin"), duplicates.get(1).message());
    }
}
