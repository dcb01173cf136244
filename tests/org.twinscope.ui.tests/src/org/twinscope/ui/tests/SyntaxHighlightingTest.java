/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewerExtension5;
import org.eclipse.jface.text.TextUtilities;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.twinscope.ui.editor.highlighting.TwinscopePartitions;

/**
 * Syntax colors in the editor: keywords, comments and strings, including a comment that starts far above the first
 * line on screen; lines far from the screen are colored when scrolled to, not when the file opens. The comment and
 * string partitions the colors rest on follow the grammar's terminals, also as the text changes. Keywords and numbers
 * are whole tokens as the language's lexer reads them, never parts of a name.
 */
class SyntaxHighlightingTest {

    private static final RGB KEYWORD = new RGB(127, 0, 85);
    private static final RGB COMMENT = new RGB(63, 127, 95);
    private static final RGB STRING = new RGB(42, 0, 255);
    private static final RGB NUMBER = new RGB(125, 80, 0);

    private static IProject project;
    private static ISourceViewer viewer;
    private static IDocument document;

    @BeforeAll
    static void openALongFile() throws Exception {
        project = Workbench.exampleProject("highlighting", "bottling-line");
        StringBuilder text = new StringBuilder("system Long \"A long system\" {\n\torganization Operator\n/*\n");
        for (int i = 0; i < 600; i++) {
            text.append(" commented out: asset Old").append(i).append(" kind machine\n");
        }
        text.append("*/\n\tboundary Site kind site owner Operator {\n");
        for (int i = 0; i < 2000; i++) {
            text.append("\t\tasset Machine").append(i).append(" kind machine // machine ").append(i).append('\n');
        }
        text.append("\t\tasset Last kind sensor\n\t}\n\tdescription \"spans\ntwo lines\"\n}\n");
        IFile file = project.getFile("long.twin");
        file.create(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)), true, null);
        IEditorPart editor = IDE.openEditor(Workbench.page(), file);
        viewer = (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
        document = viewer.getDocument();
        Workbench.waitForJobs(60_000);
    }

    @AfterAll
    static void close() {
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void keywordsOnScreenAreColoredWhenTheFileOpens() {
        StyleRange system = styleAt(document.get().indexOf("system"));
        assertNotNull(system, "the first keyword has no color");
        assertEquals(KEYWORD, system.foreground.getRGB());
        assertTrue((system.fontStyle & SWT.BOLD) != 0, "keywords are bold");
        assertEquals(STRING, styleAt(document.get().indexOf("A long system")).foreground.getRGB());
    }

    @Test
    void farLinesAreColoredWhenScrolledTo() {
        int last = document.get().indexOf("asset Last");
        scrollTo(0);
        assertNull(styleAt(last), "a line thousands of lines below the screen was colored on opening");
        scrollTo(last);
        StyleRange asset = styleAt(last);
        assertNotNull(asset, "a line scrolled to was not colored");
        assertEquals(KEYWORD, asset.foreground.getRGB());
        assertEquals(STRING, styleAt(document.get().indexOf("two lines")).foreground.getRGB(),
                "the second line of a string");
        assertEquals(COMMENT, styleAt(document.get().indexOf("// machine 1999") + 5).foreground.getRGB());
    }

    @Test
    void theMiddleOfALongCommentIsAComment() {
        int middle = document.get().indexOf("asset Old300");
        scrollTo(middle);
        StyleRange style = styleAt(middle);
        assertNotNull(style, "the middle of a comment was not colored");
        assertEquals(COMMENT, style.foreground.getRGB(), "a keyword in a comment is colored as a comment");
        assertTrue((style.fontStyle & SWT.ITALIC) != 0);
    }

    @Test
    void foldingThatRecreatesTheTextKeepsTheLinesOnScreenColored() throws Exception {
        // folding's first annotations make the viewer replace its widget's contents and restore the scroll position
        // afterwards, without a viewport event; on a slow machine this comes after the user has scrolled
        int middle = document.get().indexOf("asset Old400");
        scrollTo(middle);
        ((ProjectionViewer) viewer).reinitializeProjection();
        Workbench.waitUntil("the lines on screen to be colored again", () -> styleAt(middle) != null, 5_000);
        assertEquals(COMMENT, styleAt(middle).foreground.getRGB());
    }

    @Test
    void anEditRecolorsTheLinesOnScreen() throws Exception {
        int site = document.get().indexOf("boundary Site");
        scrollTo(site);
        assertEquals(KEYWORD, styleAt(site).foreground.getRGB());
        int lineStart = document.getLineOffset(document.getLineOfOffset(site));
        document.replace(lineStart, 0, "// ");
        Workbench.waitUntil("the edited line to be colored", () -> styleAt(site + 3) != null, 10_000);
        assertEquals(COMMENT, styleAt(site + 3).foreground.getRGB(), "a line commented out is a comment");
        document.replace(lineStart, 3, "");
        Workbench.waitUntil("the line to be a keyword again", () -> styleAt(site) != null
                && KEYWORD.equals(styleAt(site).foreground.getRGB()), 10_000);
    }

    @Test
    void keywordsAndNumbersInsideNamesAreNotColored() throws Exception {
        ISourceViewer names = open("names.twin", """
                system Van0412Network {
                \torganization NimbusCloud role cloud-provider
                \tboundary Depot kind site owner NimbusCloud {
                \t\tasset CargoSensor kind sensor criticality high
                \t\ttwin CargoTwin represents CargoSensor
                \t}
                \tsync Feed: CargoSensor -> CargoTwin every 100 ms
                }
                """);
        String text = names.getDocument().get();
        for (String name : List.of("Van0412Network", "NimbusCloud", "CargoSensor", "CargoTwin")) {
            // the declarations: a name is one token, without the keywords (d, or, s, twin) and digits inside it
            assertEquals(uniform(null, name.length()), colors(names, text.indexOf(name), name.length()), name);
        }
        assertEquals(uniform(KEYWORD, "system".length()), colors(names, text.indexOf("system"), "system".length()));
        assertEquals(uniform(KEYWORD, "cloud-provider".length()), colors(names, text.indexOf("cloud-provider"),
                "cloud-provider".length()), "a hyphenated keyword is one token");
        assertEquals(uniform(NUMBER, 3), colors(names, text.indexOf("100"), 3));
        assertEquals(uniform(KEYWORD, 2), colors(names, text.indexOf("100 ms") + 4, 2));

        ISourceViewer levels = open("names.smm", "profile Names {\n\ttarget AccessControl formalized\n}\n");
        int formalized = levels.getDocument().get().indexOf("formalized");
        assertEquals(uniform(null, "formalized".length()), colors(levels, formalized, "formalized".length()),
                "a level is a name, its final d no time unit");
        assertEquals(uniform(KEYWORD, "target".length()), colors(levels, levels.getDocument().get()
                .indexOf("target"), "target".length()));
    }

    /** Opens a new file of the project with the text, once its lines on screen are colored. */
    private static ISourceViewer open(String name, String text) throws Exception {
        IFile file = project.getFile(name);
        file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
        ISourceViewer opened = (ISourceViewer) IDE.openEditor(Workbench.page(), file)
                .getAdapter(ITextOperationTarget.class);
        Workbench.waitForJobs(60_000);
        Workbench.waitUntil("the editor to draw", () -> !opened.getTextWidget().getDisplay().readAndDispatch(),
                5_000);
        return opened;
    }

    /** The foreground of each character of a range of the viewer's document, null where it has none. */
    private static List<RGB> colors(ISourceViewer in, int offset, int length) {
        assertTrue(offset >= 0, "the text is in the document");
        List<RGB> colors = new ArrayList<>();
        for (int i = offset; i < offset + length; i++) {
            int widgetOffset = ((ITextViewerExtension5) in).modelOffset2WidgetOffset(i);
            StyleRange style = in.getTextWidget().getStyleRangeAtOffset(widgetOffset);
            colors.add(style == null || style.foreground == null ? null : style.foreground.getRGB());
        }
        return colors;
    }

    private static List<RGB> uniform(RGB color, int length) {
        List<RGB> colors = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            colors.add(color);
        }
        return colors;
    }

    @Test
    void partitionsFollowTheGrammarsCommentsAndStrings() throws Exception {
        Document text = new Document("asset A \"say \\\"hi\\\" // not a comment\" // a comment\n"
                + "/* block\n \"not a string\" */ twin T 'single' \"unclosed\nstill a string");
        TwinscopePartitions.installOn(text);
        String all = text.get();
        assertEquals(IDocument.DEFAULT_CONTENT_TYPE, typeAt(text, all.indexOf("asset")));
        assertEquals(TwinscopePartitions.STRING, typeAt(text, all.indexOf("hi")), "an escaped quote ends no string");
        assertEquals(TwinscopePartitions.STRING, typeAt(text, all.indexOf("not a comment")));
        assertEquals(TwinscopePartitions.COMMENT, typeAt(text, all.indexOf("// a comment") + 3));
        assertEquals(TwinscopePartitions.COMMENT, typeAt(text, all.indexOf("not a string")));
        assertEquals(IDocument.DEFAULT_CONTENT_TYPE, typeAt(text, all.indexOf("twin T")));
        assertEquals(TwinscopePartitions.STRING, typeAt(text, all.indexOf("single")));
        assertEquals(TwinscopePartitions.STRING, typeAt(text, all.indexOf("still")), "an unclosed string runs on");

        text.replace(all.indexOf("/* block"), 2, "");
        assertEquals(TwinscopePartitions.STRING, typeAt(text, text.get().indexOf("not a string")),
                "after removing the comment's start, its quotes are a string");
        text.replace(0, 0, "/*");
        assertEquals(TwinscopePartitions.COMMENT, typeAt(text, text.get().indexOf("not a string")),
                "a comment opened at the top runs to the next end of comment, over strings");
        assertEquals(IDocument.DEFAULT_CONTENT_TYPE, typeAt(text, text.get().indexOf("twin T")));
    }

    private static String typeAt(IDocument text, int offset) throws Exception {
        return TextUtilities.getPartition(text, TwinscopePartitions.PARTITIONING, offset, false).getType();
    }

    private static void scrollTo(int offset) {
        try {
            viewer.setTopIndex(Math.max(0, document.getLineOfOffset(offset) - 5));
        } catch (org.eclipse.jface.text.BadLocationException e) {
            throw new AssertionError(e);
        }
        Workbench.waitUntil("the editor to draw", () -> !viewer.getTextWidget().getDisplay().readAndDispatch(),
                5_000);
    }

    private static StyleRange styleAt(int modelOffset) {
        int widgetOffset = ((ITextViewerExtension5) viewer).modelOffset2WidgetOffset(modelOffset);
        return widgetOffset < 0 ? null : viewer.getTextWidget().getStyleRangeAtOffset(widgetOffset);
    }
}
