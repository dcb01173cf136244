/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.twinscope.ui.editor.assist.TwinscopeQuickAssistProcessor;

/**
 * Problems show in the editor as the user types, before the file is saved (as in Xtext's editors): validated in the
 * background on the parse the editor's services share, and a quick fix takes its problem away at once.
 */
class LiveValidationTest {

    private static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";

    private static IProject project;

    @BeforeAll
    static void createProject() throws Exception {
        project = Workbench.exampleProject("live", "bottling-line");
        Workbench.waitForJobs(120_000);
    }

    @AfterEach
    void closeWithoutSaving() {
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void anErrorShowsWhileTypingAndGoesWhenFixedByHand() throws Exception {
        IFile file = project.getFile("bottling-line.twin");
        ISourceViewer viewer = open(file);
        IDocument document = viewer.getDocument();
        int at = document.get().indexOf("represents Filler, FillerPlc") + "represents ".length();
        document.replace(at, "Filler".length(), "Ghost");
        Workbench.waitUntil("an error on Ghost without saving", () -> shownErrors(viewer).stream()
                .anyMatch(e -> e.startsWith("Ghost: Unknown asset 'Ghost'")), 30_000);
        assertEquals(0, Workbench.errors(file).length, "nothing was saved, so the builder marked nothing");

        document.replace(at, "Ghost".length(), "Filler");
        Workbench.waitUntil("the error to go without saving", () -> shownErrors(viewer).isEmpty(), 30_000);
    }

    @Test
    void aQuickFixTakesItsProblemAwayAtOnce() throws Exception {
        ISourceViewer viewer = open(project.getFile("targets.smm"));
        IDocument document = viewer.getDocument();
        int at = document.get().indexOf("target AccessControl") + "target ".length();
        document.replace(at, "AccessControl".length(), "AccesControl");
        int offset = at + 3;
        List<ICompletionProposal> fixes = new ArrayList<>();
        Workbench.waitUntil("Ctrl+1 to offer the fix of the problem typed", () -> {
            fixes.clear();
            fixes.addAll(List.of(new TwinscopeQuickAssistProcessor()
                    .computeQuickAssistProposals(new TextInvocationContext(viewer, offset, 0))));
            return fixes.stream().anyMatch(f -> f.getDisplayString().equals("Change to 'AccessControl'"));
        }, 30_000);
        assertEquals(List.of("AccesControl: Unknown practice, sub-domain or domain 'AccesControl'. Did you mean "
                + "'AccessControl'?"), shownErrors(viewer));
        fixes.get(0).apply(document);
        assertTrue(document.get().contains("target AccessControl consistent"));
        assertEquals(List.of(), shownErrors(viewer), "the fixed problem is gone before anything is validated again");
        long later = System.currentTimeMillis() + 2_000;
        Workbench.waitUntil("validation to run again", () -> System.currentTimeMillis() > later, 5_000);
        Workbench.waitForJobs(30_000);
        assertEquals(List.of(), shownErrors(viewer), "and it does not come back");
    }

    private static ISourceViewer open(IFile file) throws Exception {
        IEditorPart editor = IDE.openEditor(Workbench.page(), file);
        ISourceViewer viewer = (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
        Workbench.waitForJobs(60_000);
        return viewer;
    }

    /** "text: message" of each error the editor shows (squiggle and ruler), in the order of the document. */
    static List<String> shownErrors(ISourceViewer viewer) {
        IAnnotationModel model = viewer.getAnnotationModel();
        List<Position> positions = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Iterator<Annotation> all = model.getAnnotationIterator(); all.hasNext();) {
            Annotation annotation = all.next();
            Position position = model.getPosition(annotation);
            if (!ERROR.equals(annotation.getType()) || annotation.isMarkedDeleted() || position == null
                    || position.isDeleted()) {
                continue;
            }
            int index = 0;
            while (index < positions.size() && positions.get(index).getOffset() <= position.getOffset()) {
                index++;
            }
            positions.add(index, position);
            errors.add(index, text(viewer.getDocument(), position) + ": " + annotation.getText());
        }
        return errors;
    }

    private static String text(IDocument document, Position position) {
        try {
            return document.get(position.getOffset(), position.getLength());
        } catch (BadLocationException e) {
            return "(outside the document)";
        }
    }
}
