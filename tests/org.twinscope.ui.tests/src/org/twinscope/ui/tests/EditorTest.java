/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.AbstractInformationControl;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IInformationControl;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorRegistry;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.twinscope.ui.editor.assist.TwinscopeContentAssistProcessor;
import org.twinscope.ui.editor.navigation.TwinscopeTextHover;

/** The editor of .twin and .smm files in the workbench: markers from the builder, completion, hover, icons. */
class EditorTest {

    private static IProject project;

    @BeforeAll
    static void createProject() throws Exception {
        project = Workbench.exampleProject("bottling", "bottling-line");
        Workbench.waitForJobs(120_000);
    }

    private static ITextViewer viewer(IEditorPart editor) {
        return (ITextViewer) editor.getAdapter(ITextOperationTarget.class);
    }

    @Test
    void errorMarkerAppearsAndGoesAway() throws Exception {
        IFile file = project.getFile("bottling-line.twin");
        assertEquals(0, Workbench.errors(file).length, "the example starts without errors");
        IEditorPart editor = IDE.openEditor(Workbench.page(), file);
        assertEquals("org.twinscope.ui.editor", editor.getSite().getId(), "the Twinscope Editor opens .twin files");
        assertEquals("Twinscope Editor", editor.getSite().getRegisteredName());
        assertNotNull(editor.getTitleImage(), "the editor tab has an icon");
        IDocument document = ((ITextEditor) editor).getDocumentProvider().getDocument(editor.getEditorInput());
        String original = document.get();
        document.set(original.replace("represents Filler, FillerPlc", "represents Ghost, FillerPlc"));
        editor.doSave(null);
        Workbench.waitUntil("an error marker", () -> {
            try {
                return Workbench.errors(file).length > 0;
            } catch (Exception e) {
                return false;
            }
        }, 60_000);
        IMarker marker = Workbench.errors(file)[0];
        assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("Unknown asset 'Ghost'"));
        assertEquals(15, marker.getAttribute(IMarker.LINE_NUMBER, -1));
        Screenshots.take(editor.getSite().getShell(), "editor-with-error");

        document.set(original);
        editor.doSave(null);
        Workbench.waitUntil("the marker to go away", () -> {
            try {
                return Workbench.errors(file).length == 0;
            } catch (Exception e) {
                return false;
            }
        }, 60_000);
        Workbench.page().closeEditor(editor, false);
    }

    @Test
    void completionProposesPracticesAndLevels() throws Exception {
        IFile file = project.getFile("targets.smm");
        IEditorPart editor = IDE.openEditor(Workbench.page(), file);
        ITextViewer viewer = viewer(editor);
        assertNotNull(viewer);
        String text = viewer.getDocument().get();
        int afterTarget = text.indexOf("target AccessControl") + "target ".length();
        List<String> practices = labels(new TwinscopeContentAssistProcessor()
                .computeCompletionProposals(viewer, afterTarget));
        assertTrue(practices.stream().anyMatch(p -> p.startsWith("AccessControl")), practices.toString());
        assertTrue(practices.stream().anyMatch(p -> p.startsWith("ThreatModeling")), practices.toString());
        int afterPractice = text.indexOf("target AccessControl ") + "target AccessControl ".length();
        List<String> levels = labels(new TwinscopeContentAssistProcessor()
                .computeCompletionProposals(viewer, afterPractice));
        assertTrue(levels.stream().anyMatch(p -> p.startsWith("consistent")), levels.toString());
        Workbench.page().closeEditor(editor, false);
    }

    @Test
    void hoverExplainsAPractice() throws Exception {
        IFile file = project.getFile("targets.smm");
        IEditorPart editor = IDE.openEditor(Workbench.page(), file);
        ITextViewer viewer = viewer(editor);
        int offset = viewer.getDocument().get().indexOf("AccessControl") + 3;
        String hover = new TwinscopeTextHover().getHoverInfo(viewer, new Region(offset, 0));
        assertNotNull(hover);
        assertTrue(hover.contains("Access Control (SMM practice"), hover);
        assertTrue(hover.contains("CrossOrganizationSynchronization"), hover);
        Workbench.page().closeEditor(editor, false);
    }

    @Test
    void completionOrdersLevelsAndCriticalitiesByValue() throws Exception {
        ITextViewer targets = viewer(IDE.openEditor(Workbench.page(), project.getFile("targets.smm")));
        int afterPractice = targets.getDocument().get().indexOf("target AccessControl ")
                + "target AccessControl ".length();
        assertEquals(List.of("none", "minimum", "ad-hoc", "consistent", "formalized"),
                names(complete(targets, afterPractice)));

        ITextViewer system = viewer(IDE.openEditor(Workbench.page(), project.getFile("bottling-line.twin")));
        String text = system.getDocument().get();
        int afterCriticality = text.indexOf("kind machine criticality ") + "kind machine criticality ".length();
        assertEquals(List.of("low", "medium", "high", "critical"), names(complete(system, afterCriticality)));
        int afterFidelity = text.indexOf("control fidelity ") + "control fidelity ".length();
        assertEquals(List.of("low", "medium", "high"), names(complete(system, afterFidelity)));
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void completionOffersAPracticeOnce() throws Exception {
        ITextViewer targets = viewer(IDE.openEditor(Workbench.page(), project.getFile("targets.smm")));
        int afterTarget = targets.getDocument().get().indexOf("target AccessControl") + "target ".length();
        List<String> practices = names(complete(targets, afterTarget));
        assertEquals(1, practices.stream().filter("AccessControl"::equals).count(), practices.toString());
        assertFalse(practices.contains("twinscope.AccessControl"), "the built-in practice by its qualified name too: "
                + practices);
        assertEquals(practices.size(), practices.stream().distinct().count(), practices.toString());

        int typed = afterTarget + "Acc".length();
        assertEquals(List.of("AccessControl"), names(complete(targets, typed)).stream()
                .filter(p -> p.endsWith("AccessControl")).toList());
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void completionOffersOnlyTimeUnitsAfterAnAmount() throws Exception {
        IEditorPart editor = IDE.openEditor(Workbench.page(), project.getFile("bottling-line.twin"));
        ITextViewer system = viewer(editor);
        IDocument document = system.getDocument();
        try {
            int unit = document.get().indexOf("every 100 ms") + "every 100 ".length();
            document.replace(unit, "ms".length(), "");
            assertEquals(List.of("ms", "s", "min", "h", "d"), names(complete(system, unit)));
            document.replace(unit, 0, "m");
            assertEquals(List.of("ms", "min"), names(complete(system, unit + 1)), "while typing a unit");
            document.replace(unit, 1, "s");
            assertEquals(List.of("s"), names(complete(system, unit + 1)), "nothing glued onto the unit");
        } finally {
            Workbench.page().closeAllEditors(false);
        }
    }

    @Test
    void hoverOnAnUnresolvedNameSaysWhatIsUnresolved() throws Exception {
        IEditorPart editor = IDE.openEditor(Workbench.page(), project.getFile("bottling-line.twin"));
        ITextViewer viewer = viewer(editor);
        IDocument document = viewer.getDocument();
        try {
            int at = document.get().indexOf("represents Filler, FillerPlc") + "represents ".length();
            document.replace(at, "Filler".length(), "Ghost");
            String hover = new TwinscopeTextHover().getHoverInfo(viewer, new Region(at + 2, 0));
            assertNotNull(hover);
            assertFalse(hover.contains("null"), hover);
            assertTrue(hover.contains("Unknown asset 'Ghost'"), hover);
        } finally {
            Workbench.page().closeAllEditors(false);
        }
    }

    @Test
    void hoversHaveABorderAndWrapLongLines() {
        Shell shell = Workbench.page().getWorkbenchWindow().getShell();
        IInformationControl control = ((ITextHoverExtension) new TwinscopeTextHover()).getHoverControlCreator()
                .createInformationControl(shell);
        try {
            String sentence = "Control access to the twin and its assets by role, for people and for services. ";
            control.setInformation("Access Control (SMM practice)\n\n" + sentence.repeat(12));
            Point size = control.computeSizeHint();
            control.setSize(size.x, size.y);
            Shell hover = ((AbstractInformationControl) control).getShell();
            hover.layout(true, true);
            StyledText text = find(hover, StyledText.class);
            int lineHeight = text.getLineHeight();
            assertTrue(size.x < shell.getDisplay().getBounds().width / 2, "as wide as the text, not wider: " + size);
            assertTrue(size.y > 6 * lineHeight, "the long paragraph wraps onto several lines: " + size);
            assertTrue(text.getWordWrap(), "words wrap");
            Composite frame = text.getParent();
            Rectangle inner = text.getBounds();
            assertTrue(inner.x >= 1 && inner.y >= 1 && inner.x + inner.width < frame.getClientArea().width,
                    "the text sits inside a frame: " + inner + " in " + frame.getClientArea());
            assertFalse(frame.getBackground().getRGB().equals(text.getBackground().getRGB()),
                    "the frame's color differs from the text's background, so the hover has a visible border");

            control.setInformation("Short");
            Point small = control.computeSizeHint();
            assertTrue(small.x < size.x && small.y < size.y, "a short text gets a small hover: " + small);
        } finally {
            control.dispose();
        }
    }

    /** The first widget of the type in the composite, depth first, or null. */
    private static <T extends Control> T find(Composite composite, Class<T> type) {
        for (Control child : composite.getChildren()) {
            if (type.isInstance(child)) {
                return type.cast(child);
            }
            if (child instanceof Composite nested) {
                T found = find(nested, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Test
    void twinAndSmmFilesHaveTheirOwnIcons() throws Exception {
        IEditorRegistry registry = PlatformUI.getWorkbench().getEditorRegistry();
        var types = org.eclipse.core.runtime.Platform.getContentTypeManager();
        ImageData twin = registry.getImageDescriptor("a.twin", types.getContentType("org.twinscope.ui.twin"))
                .getImageData(100);
        ImageData smm = registry.getImageDescriptor("a.smm", types.getContentType("org.twinscope.ui.smm"))
                .getImageData(100);
        ImageData file = PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_OBJ_FILE)
                .getImageData(100);
        assertFalse(samePixels(twin, smm), "the Project Explorer shows .twin and .smm files with the same icon");
        assertFalse(samePixels(twin, file) || samePixels(smm, file), "a plain file's icon");

        IEditorPart twinEditor = IDE.openEditor(Workbench.page(), project.getFile("bottling-line.twin"));
        IEditorPart smmEditor = IDE.openEditor(Workbench.page(), project.getFile("targets.smm"));
        assertEquals("Twinscope Editor", smmEditor.getSite().getRegisteredName());
        assertTrue(samePixels(twin, twinEditor.getTitleImage().getImageData(100)), "the editor tab shows the icon");
        assertTrue(samePixels(smm, smmEditor.getTitleImage().getImageData(100)), "the editor tab shows the icon");
        Workbench.page().closeAllEditors(false);
    }

    /**
     * Whether two images look the same: same size, and every pixel within a few steps of color and opacity (an image
     * read back from the screen's format rounds the antialiased edges a little differently from its file).
     */
    private static boolean samePixels(ImageData a, ImageData b) {
        if (a.width != b.width || a.height != b.height) {
            return false;
        }
        for (int x = 0; x < a.width; x++) {
            for (int y = 0; y < a.height; y++) {
                int alpha = a.getAlpha(x, y);
                if (Math.abs(alpha - b.getAlpha(x, y)) > 16) {
                    return false;
                }
                RGB colorA = a.palette.getRGB(a.getPixel(x, y));
                RGB colorB = b.palette.getRGB(b.getPixel(x, y));
                if (alpha > 127 && (Math.abs(colorA.red - colorB.red) > 16 || Math.abs(colorA.green - colorB.green) > 16
                        || Math.abs(colorA.blue - colorB.blue) > 16)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static ICompletionProposal[] complete(ITextViewer viewer, int offset) {
        return new TwinscopeContentAssistProcessor().computeCompletionProposals(viewer, offset);
    }

    /** The proposed names, without their descriptions ("consistent - 3 consistent: ..." is "consistent"). */
    private static List<String> names(ICompletionProposal[] proposals) {
        return labels(proposals).stream().map(label -> label.split(" - ", 2)[0]).toList();
    }

    private static List<String> labels(ICompletionProposal[] proposals) {
        return Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList();
    }
}
