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

import com.google.inject.Inject;

/** Evidence "at" a relative path must be there; links are not followed. */
@ExtendWith(InjectionExtension.class)
@InjectWith(TwinscopeInjectorProvider.class)
class EvidenceTest {

    @TempDir
    Path folder;

    @Inject
    private ModelLoader loader;

    private List<Problem> evidenceProblems(String at) throws IOException {
        Files.writeString(folder.resolve("line.twin"), "system Line {\n\torganization Plant\n}\n");
        Files.writeString(folder.resolve("audit.smm"), "profile P for Line { target Monitoring ad-hoc }\n"
                + "assessment A of Line against P {\n\trate Monitoring ad-hoc scope general evidence \"Pen test\" at \""
                + at + "\"\n}\n");
        LoadedModel model = loader.load(List.of(folder));
        return model.problems().stream().filter(p -> IssueCodes.EVIDENCE_NOT_FOUND.equals(p.code())).toList();
    }

    @Test
    void aMissingRelativeFileIsAWarningWhereItIsWritten() throws IOException {
        List<Problem> problems = evidenceProblems("audits/pentest-2026.pdf");
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(Problem.Severity.WARNING, problems.get(0).severity());
        assertEquals(3, problems.get(0).line());
        assertTrue(problems.get(0).message().contains("No file at 'audits/pentest-2026.pdf'"), problems.toString());
    }

    @Test
    void anExistingFileAndALinkAreFine() throws IOException {
        Files.createDirectories(folder.resolve("audits"));
        Files.writeString(folder.resolve("audits/pentest-2026.pdf"), "report");
        assertEquals(List.of(), evidenceProblems("audits/pentest-2026.pdf"));
        assertEquals(List.of(), evidenceProblems("https://example.org/audits/pentest-2026.pdf"));
    }
}
