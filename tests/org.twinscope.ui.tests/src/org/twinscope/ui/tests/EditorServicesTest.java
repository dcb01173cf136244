/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.twinscope.ui.editor.assist.TwinscopeQuickAssistProcessor;
import org.twinscope.ui.editor.highlighting.OccurrencesHighlighter;
import org.twinscope.ui.editor.highlighting.SemanticHighlightingReconciler;
import org.twinscope.ui.editor.navigation.TwinscopeHyperlinkDetector;
import org.twinscope.ui.handlers.FormatHandler;
import org.twinscope.ui.handlers.ToggleCommentHandler;
import org.twinscope.ui.language.DocumentParses;
import org.twinscope.ui.language.ReferenceSearch;
import org.twinscope.ui.outline.TwinscopeOutlinePage;

/**
 * Go to definition, find references, semantic highlighting, quick fix, formatting, toggle comment, outline and the
 * re-validation of dependent files in the workbench editor.
 */
class EditorServicesTest {

    private static IProject project;

    @BeforeAll
    static void createProject() throws Exception {
        project = Workbench.exampleProject("services", "bottling-line");
        Workbench.waitForJobs(120_000);
    }

    @Test
    void goToDefinitionOpensTheElementInItsFile() throws Exception {
        Workbench.page().closeAllEditors(false);
        IEditorPart editor = IDE.openEditor(Workbench.page(), project.getFile("targets.smm"));
        ITextViewer viewer = (ITextViewer) editor.getAdapter(ITextOperationTarget.class);
        int offset = viewer.getDocument().get().indexOf("on LineTwin") + "on Li".length();
        // links come from the parse the editor makes in the background, so they appear shortly after opening
        IHyperlink[][] found = new IHyperlink[1][];
        Workbench.waitUntil("a hyperlink on a reference", () -> (found[0] = new TwinscopeHyperlinkDetector()
                .detectHyperlinks(viewer, new Region(offset, 0), false)) != null, 30_000);
        IHyperlink[] links = found[0];
        links[0].open();
        IEditorPart opened = Workbench.page().getActiveEditor();
        assertEquals("bottling-line.twin", opened.getEditorInput().getName());
        String selected = ((org.eclipse.jface.text.ITextSelection) ((ITextEditor) opened).getSelectionProvider()
                .getSelection()).getText();
        assertTrue(selected.startsWith("twin LineTwin"), selected);
        assertNull(new TwinscopeHyperlinkDetector().detectHyperlinks(viewer, new Region(3, 0), false),
                "no hyperlink on a keyword");
    }

    @Test
    void quickFixReplacesAMisspelledName() throws Exception {
        IFile file = project.getFile("targets.smm");
        IEditorPart editor = IDE.openEditor(Workbench.page(), file);
        IDocument document = ((ITextEditor) editor).getDocumentProvider().getDocument(editor.getEditorInput());
        document.set(document.get().replace("target AccessControl", "target AccesControl"));
        editor.doSave(null);
        int offset = document.get().indexOf("AccesControl") + 2;
        List<ICompletionProposal> fixes = quickFixesOnceMarked(editor, offset, "Change to 'AccessControl'");
        assertEquals(List.of("Change to 'AccessControl'"), labels(fixes));
        fixes.get(0).apply(document);
        assertTrue(document.get().contains("target AccessControl consistent"));
        editor.doSave(null);
        Workbench.waitUntil("the marker to go", () -> {
            try {
                return Workbench.errors(file).length == 0;
            } catch (Exception e) {
                return false;
            }
        }, 60_000);
        Workbench.waitUntil("Ctrl+1 to say that there is nothing to fix", () -> labels(quickFixes(editor, offset))
                .equals(List.of("No quick fix available")), 30_000);
        String fixed = document.get();
        quickFixes(editor, offset).get(0).apply(document);
        assertEquals(fixed, document.get(), "the entry changes nothing");
    }

    @Test
    void quickFixReplacesAMisspelledLevel() throws Exception {
        IFile file = project.getFile("audit-2026-q3.smm");
        IEditorPart editor = IDE.openEditor(Workbench.page(), file);
        IDocument document = ((ITextEditor) editor).getDocumentProvider().getDocument(editor.getEditorInput());
        String original = document.get();
        try {
            document.set(original.replace("rate AccessControl ad-hoc", "rate AccessControl consistnt"));
            editor.doSave(null);
            int offset = document.get().indexOf("consistnt") + 3;
            List<ICompletionProposal> fixes = quickFixesOnceMarked(editor, offset, "Change to 'consistent'");
            assertEquals(List.of("Change to 'consistent'"), labels(fixes));
            fixes.get(0).apply(document);
            assertTrue(document.get().contains("rate AccessControl consistent scope general"), document.get());
        } finally {
            document.set(original);
            editor.doSave(null);
        }
    }

    @Test
    void quickFixesAddAFrequency() throws Exception {
        IFile file = project.getFile("bottling-line.twin");
        IEditorPart editor = IDE.openEditor(Workbench.page(), file);
        IDocument document = ((ITextEditor) editor).getDocumentProvider().getDocument(editor.getEditorInput());
        String original = document.get();
        try {
            document.set(original.replace("FleetTwin telemetry every 1 h fidelity", "FleetTwin telemetry fidelity"));
            editor.doSave(null);
            int offset = document.get().indexOf("-> FleetTwin") + "-> Fleet".length();
            List<ICompletionProposal> fixes = quickFixesOnceMarked(editor, offset, "Synchronize on demand");
            assertEquals(List.of("Synchronize every second", "Synchronize on change", "Synchronize on demand"),
                    labels(fixes), "the same fixes as the language server's code actions");
            fixes.get(2).apply(document);
            assertTrue(document.get().contains("sync FleetFeed: LineTwin -> FleetTwin telemetry on-demand fidelity"),
                    document.get());
        } finally {
            document.set(original);
            editor.doSave(null);
        }
    }

    /** What Ctrl+1 lists at the offset of the editor, from the processor the Generic Editor calls. */
    private static List<ICompletionProposal> quickFixes(IEditorPart editor, int offset) {
        ISourceViewer viewer = (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
        return List.of(new TwinscopeQuickAssistProcessor()
                .computeQuickAssistProposals(new TextInvocationContext(viewer, offset, 0)));
    }

    /** The quick fixes at the offset once the builder has marked the problem there and a fix has the label. */
    private static List<ICompletionProposal> quickFixesOnceMarked(IEditorPart editor, int offset, String label) {
        List<ICompletionProposal> found = new java.util.ArrayList<>();
        Workbench.waitUntil("the problem to be marked with a fix '" + label + "'", () -> {
            found.clear();
            found.addAll(quickFixes(editor, offset));
            return labels(found).contains(label);
        }, 60_000);
        return found;
    }

    private static List<String> labels(List<ICompletionProposal> proposals) {
        return proposals.stream().map(ICompletionProposal::getDisplayString).toList();
    }

    @Test
    void findReferencesListsUsesAcrossFiles() throws Exception {
        Workbench.page().closeAllEditors(false);
        IEditorPart editor = IDE.openEditor(Workbench.page(), project.getFile("bottling-line.twin"));
        IDocument document = ((ITextViewer) editor.getAdapter(ITextOperationTarget.class)).getDocument();
        int offset = document.get().indexOf("twin LineTwin") + "twin Li".length();
        List<String> references = ReferenceSearch.find(document, offset).stream()
                .map(ReferenceSearch.Reference::label).toList();
        assertTrue(references.stream().anyMatch(r -> r.startsWith("targets.smm:")), references.toString());
        assertTrue(references.stream().anyMatch(r -> r.startsWith("bottling-line.twin:") && r.contains("sync")),
                references.toString());

        // Ctrl+Shift+G lists them in a view, by file, not in a modal dialog
        ((org.eclipse.ui.texteditor.ITextEditor) editor).selectAndReveal(offset, 0);
        Workbench.page().activate(editor);
        org.eclipse.ui.PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class)
                .executeCommand("org.twinscope.ui.commands.references", null);
        Workbench.waitUntil("the references view", () -> Workbench.page().findView(
                org.twinscope.ui.views.ReferencesView.ID) instanceof org.twinscope.ui.views.ReferencesView view
                && view.getContentDescription().endsWith("references to 'LineTwin'"), 30_000);
        org.twinscope.ui.views.ReferencesView view = (org.twinscope.ui.views.ReferencesView) Workbench.page()
                .findView(org.twinscope.ui.views.ReferencesView.ID);
        assertEquals(references.size() + " references to 'LineTwin'", view.getContentDescription());
        List<String> files = TreeRows.texts(view.tree().getItems());
        assertTrue(files.stream().anyMatch(f -> f.startsWith("services/bottling-line.twin (")), files.toString());
        assertTrue(files.stream().anyMatch(f -> f.startsWith("services/targets.smm (")), files.toString());
        long modal = java.util.Arrays.stream(editor.getSite().getShell().getDisplay().getShells())
                .filter(shell -> shell.isVisible() && shell != editor.getSite().getShell()).count();
        assertEquals(0, modal, "no dialog in front of the workbench");
        org.eclipse.swt.widgets.TreeItem first = view.tree().getItem(0).getItem(0);
        org.eclipse.swt.widgets.Event open = new org.eclipse.swt.widgets.Event();
        open.item = first;
        view.tree().notifyListeners(org.eclipse.swt.SWT.DefaultSelection, open);
        String selected = ((org.eclipse.jface.text.ITextSelection) Workbench.page().getActiveEditor().getSite()
                .getSelectionProvider().getSelection()).getText();
        assertTrue(selected.endsWith("LineTwin"), "double-click opens the reference: " + selected);
    }

    @Test
    void referencesAreColoredByWhatTheyName() throws Exception {
        IEditorPart editor = IDE.openEditor(Workbench.page(), project.getFile("targets.smm"));
        ITextViewer viewer = (ITextViewer) editor.getAdapter(ITextOperationTarget.class);
        int offset = viewer.getDocument().get().indexOf("target AccessControl") + "target A".length();
        org.eclipse.swt.custom.StyledText widget = viewer.getTextWidget();
        Workbench.waitUntil("semantic colors", () -> {
            org.eclipse.swt.custom.StyleRange style = widget.getStyleRangeAtOffset(offset);
            return style != null && style.foreground != null
                    && style.foreground.getRGB().equals(SemanticHighlightingReconciler.PRACTICE);
        }, 30_000);
    }

    @Test
    void semanticColorsAppearOnOpenAndStayWhileTheFileHasErrors() throws Exception {
        Workbench.page().closeAllEditors(false);
        IEditorPart editor = IDE.openEditor(Workbench.page(), project.getFile("targets.smm"));
        ITextViewer viewer = (ITextViewer) editor.getAdapter(ITextOperationTarget.class);
        IDocument document = viewer.getDocument();
        String original = document.get();
        Workbench.waitUntil("semantic colors after opening, before any edit", () -> isPracticeColored(viewer,
                document.get().indexOf("target AccessControl") + "target A".length()), 30_000);
        try {
            // the profile without its opening brace: the parser drops the targets, and with them what they name
            document.replace(original.indexOf("for BottlingLine {") + "for BottlingLine".length(), 2, "");
            editor.doSave(null);
            Workbench.waitForJobs(60_000);
            long settled = System.currentTimeMillis() + 1_500;
            Workbench.waitUntil("the editor to settle", () -> System.currentTimeMillis() > settled, 5_000);
            assertTrue(isPracticeColored(viewer, document.get().indexOf("target AccessControl") + "target A".length()),
                    "the last colors stay while the file has syntax errors");
        } finally {
            document.set(original);
            editor.doSave(null);
        }
    }

    private static boolean isPracticeColored(ITextViewer viewer, int offset) {
        int widgetOffset = ((org.eclipse.jface.text.ITextViewerExtension5) viewer).modelOffset2WidgetOffset(offset);
        org.eclipse.swt.custom.StyleRange style = viewer.getTextWidget().getStyleRangeAtOffset(widgetOffset);
        return style != null && style.foreground != null
                && style.foreground.getRGB().equals(SemanticHighlightingReconciler.PRACTICE);
    }

    @Test
    void theCaretOnANameMarksItsOccurrencesInTheFile() throws Exception {
        IEditorPart editor = IDE.openEditor(Workbench.page(), project.getFile("bottling-line.twin"));
        ITextEditor textEditor = (ITextEditor) editor;
        ISourceViewer viewer = (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
        String text = viewer.getDocument().get();
        textEditor.selectAndReveal(text.indexOf("-> LineTwin") + "-> Line".length(), 0);
        Workbench.waitUntil("the declaration of LineTwin and the references to it", () -> occurrences(viewer)
                .size() >= 8, 30_000);
        for (String marked : occurrences(viewer)) {
            assertEquals("LineTwin", marked, "only LineTwin, as declared and as referred to, is marked");
        }

        textEditor.selectAndReveal(text.indexOf("boundary Plant") + 2, 0);
        Workbench.waitUntil("no occurrences on a keyword", () -> occurrences(viewer).isEmpty(), 30_000);
    }

    /** The texts the occurrence annotations cover. */
    private static List<String> occurrences(ISourceViewer viewer) {
        List<String> texts = new java.util.ArrayList<>();
        var model = viewer.getAnnotationModel();
        for (var iterator = model.getAnnotationIterator(); iterator.hasNext();) {
            var annotation = iterator.next();
            if (OccurrencesHighlighter.ANNOTATION_TYPE.equals(annotation.getType())) {
                var position = model.getPosition(annotation);
                try {
                    texts.add(viewer.getDocument().get(position.getOffset(), position.getLength()));
                } catch (org.eclipse.jface.text.BadLocationException e) {
                    texts.add("(outside the document)");
                }
            }
        }
        return texts;
    }

    @Test
    void aChangeRevalidatesTheFilesThatReferToIt() throws Exception {
        IFile twin = project.getFile("bottling-line.twin");
        IFile targets = project.getFile("targets.smm");
        String original = new String(twin.getContents().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        IFile notes = project.getFile("NOTES"); // no extension: the builder sees it in the same change
        // one workspace operation, so that one build gets both files in its delta
        project.getWorkspace().run(monitor -> {
            var bytes = new java.io.ByteArrayInputStream("to do\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            if (notes.exists()) {
                notes.setContents(bytes, true, false, monitor);
            } else {
                notes.create(bytes, true, monitor);
            }
            twin.setContents(new java.io.ByteArrayInputStream(original.replace("asset Filler ", "asset Filler2 ")
                    .replace("represents Filler,", "represents Filler2,").getBytes(
                            java.nio.charset.StandardCharsets.UTF_8)), true, false, monitor);
        }, null);
        Workbench.waitUntil("the dependent .smm file to show the broken reference", () -> {
            try {
                return Workbench.errors(targets).length > 0;
            } catch (Exception e) {
                return false;
            }
        }, 60_000);
        twin.setContents(new java.io.ByteArrayInputStream(original.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                true, false, null);
        Workbench.waitUntil("the dependent file to be clean again", () -> {
            try {
                return Workbench.errors(targets).length == 0;
            } catch (Exception e) {
                return false;
            }
        }, 60_000);
    }

    @Test
    void aParseIsReusedUntilAnotherFileOfTheProjectChanges() throws Exception {
        Workbench.page().closeAllEditors(false); // no editor services parsing the same document meanwhile
        IFile targets = project.getFile("targets.smm");
        IFile twin = project.getFile("bottling-line.twin");
        IFile license = project.getFile("LICENSE"); // a file without an extension
        if (!license.exists()) {
            license.create(new java.io.ByteArrayInputStream("EPL-2.0\n".getBytes()), true, null);
        }
        ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
        buffers.connect(targets.getFullPath(), LocationKind.IFILE, null);
        try {
            IDocument document = buffers.getTextFileBuffer(targets.getFullPath(), LocationKind.IFILE).getDocument();
            String text = document.get();
            Object first = DocumentParses.withParse(document, text, resource -> resource);
            assertSame(first, DocumentParses.withParse(document, text, resource -> resource), "nothing changed");
            saveUnchanged(targets);
            assertSame(first, DocumentParses.withCurrentParse(document, text, resource -> resource).orElse(null),
                    "the document's own file was saved: its text is what was parsed");
            saveUnchanged(license);
            assertSame(first, DocumentParses.withCurrentParse(document, text, resource -> resource).orElse(null),
                    "a file that is not a Twinscope file was saved");
            saveUnchanged(twin);
            assertTrue(DocumentParses.withCurrentParse(document, text, resource -> resource).isEmpty(),
                    "another file of the project was saved: the parse may resolve references to its old content");
            Object second = DocumentParses.withParse(document, text, resource -> resource);
            assertNotSame(first, second);
            assertSame(second, DocumentParses.withCurrentParse(document, text, resource -> resource).orElse(null));
        } finally {
            buffers.disconnect(targets.getFullPath(), LocationKind.IFILE, null);
        }
    }

    private static void saveUnchanged(IFile file) throws Exception {
        byte[] content;
        try (var in = file.getContents()) {
            content = in.readAllBytes();
        }
        file.setContents(new java.io.ByteArrayInputStream(content), true, false, null);
    }

    @Test
    void formatterLaysOutAFile() {
        String formatted = FormatHandler.format(new Document("system S {organization O   asset A kind machine}\n"));
        assertEquals("system S {\n\torganization O\n\tasset A kind machine\n}\n", formatted);
        assertNull(FormatHandler.format(new Document("system S { asset ")), "a file with syntax errors is left alone");
    }

    @Test
    void toggleCommentCommentsAndUncomments() {
        IDocument document = new Document("system S {\n\torganization O\n}\n");
        ToggleCommentHandler.toggle(document, 0, 1);
        assertEquals("// system S {\n\t// organization O\n}\n", document.get());
        ToggleCommentHandler.toggle(document, 0, 1);
        assertEquals("system S {\n\torganization O\n}\n", document.get());
    }

    @Test
    void outlineListsTheNamedElements() throws Exception {
        IEditorPart editor = IDE.openEditor(Workbench.page(), project.getFile("bottling-line.twin"));
        IContentOutlinePage page = editor.getAdapter(IContentOutlinePage.class);
        assertTrue(page instanceof TwinscopeOutlinePage, "the editor offers a Twinscope outline");
        page.dispose();
        ContentOutline outline = (ContentOutline) Workbench.page().showView("org.eclipse.ui.views.ContentOutline");
        Workbench.page().activate(editor);
        Workbench.waitUntil("the outline to show the system", () -> outline.getCurrentPage()
                instanceof TwinscopeOutlinePage shown && shown.topLevelCount() == 1, 30_000);
        Screenshots.take(editor.getSite().getShell(), "outline");

        // an icon per kind of element, the same for the same kind
        TwinscopeOutlinePage shown = (TwinscopeOutlinePage) outline.getCurrentPage();
        java.util.Map<String, org.eclipse.swt.graphics.Image> icons = new java.util.HashMap<>();
        for (org.eclipse.swt.widgets.TreeItem item : TreeRows.all(shown.tree())) {
            if (item.getData() == null) {
                continue; // a placeholder the tree viewer keeps below a collapsed element
            }
            String kind = item.getText().substring(0, item.getText().lastIndexOf(' '));
            assertNotNull(item.getImage(), "an icon for " + item.getText());
            org.eclipse.swt.graphics.Image known = icons.putIfAbsent(kind, item.getImage());
            assertTrue(known == null || known == item.getImage(), "one icon per kind: " + kind);
        }
        // the tree makes the items of the first three levels: the assets, inside the cell, come when expanded
        assertTrue(icons.keySet().containsAll(java.util.List.of("twin system", "organization", "boundary", "twin",
                "synchronization", "actor")), icons.keySet().toString());
        assertEquals(icons.size(), new java.util.HashSet<>(icons.values()).size(), "kinds look different");
    }

    @Test
    void quickOutlineFiltersAndGoesToTheElement() throws Exception {
        IEditorPart editor = IDE.openEditor(Workbench.page(), project.getFile("bottling-line.twin"));
        Workbench.page().activate(editor);
        org.twinscope.ui.outline.QuickOutline before = org.twinscope.ui.outline.QuickOutlineHandler.lastOpened();
        org.eclipse.ui.PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class)
                .executeCommand("org.twinscope.ui.commands.quickOutline", null);
        Workbench.waitUntil("the quick outline", () -> org.twinscope.ui.outline.QuickOutlineHandler.lastOpened()
                != before && org.twinscope.ui.outline.QuickOutlineHandler.lastOpened().getShell() != null, 30_000);
        org.twinscope.ui.outline.QuickOutline popup = org.twinscope.ui.outline.QuickOutlineHandler.lastOpened();
        assertTrue(popup.labels().contains("asset Filler"), popup.labels().toString());
        popup.filter().setText("fleet");
        assertEquals(java.util.List.of("twin system BottlingLine", "boundary VendorCloud", "twin FleetTwin",
                "synchronization FleetFeed"), popup.labels(), "the matches with the elements around them");
        assertNotNull(popup.tree().getItem(0).getImage(), "icons as in the outline");
        Screenshots.take(editor.getSite().getShell(), "quick-outline");
        popup.filter().notifyListeners(org.eclipse.swt.SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        assertNull(popup.getShell(), "Enter closes the popup");
        String selected = ((org.eclipse.jface.text.ITextSelection) editor.getSite().getSelectionProvider()
                .getSelection()).getText();
        assertTrue(selected.startsWith("twin FleetTwin"), "Enter goes to the first match: " + selected);
    }

    @Test
    void theTwinscopePerspectiveHasAnOutline() throws Exception {
        org.eclipse.ui.IWorkbenchPage page = Workbench.page();
        page.setPerspective(org.eclipse.ui.PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId(org.twinscope.ui.TwinscopePerspective.ID));
        page.resetPerspective();
        assertNotNull(page.findView(org.eclipse.ui.IPageLayout.ID_OUTLINE), "the outline is part of the perspective");
    }
}
