/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinscope.diagram.LaidOutDiagram;
import org.twinscope.ui.TwinscopePerspective;
import org.twinscope.ui.views.DiagramCanvas;
import org.twinscope.ui.views.DiagramZoom;
import org.twinscope.ui.views.PracticeMatrixView;
import org.twinscope.ui.views.ScopeDiagramView;

/** The scope diagram view: its zoom (fitted at first, keys, the Fit button, kept per editor) and context menu. */
class ScopeDiagramViewTest {

    private static IProject project;

    @BeforeAll
    static void createProject() throws Exception {
        project = Workbench.exampleProject("zoom", "bottling-line");
        Workbench.waitForJobs(120_000);
        PlatformUI.getWorkbench().showPerspective(TwinscopePerspective.ID,
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
    }

    private static IEditorPart twin;

    private static ScopeDiagramView showDiagram() throws Exception {
        Workbench.page().closeAllEditors(false);
        twin = IDE.openEditor(Workbench.page(), project.getFile("bottling-line.twin"));
        ScopeDiagramView view = (ScopeDiagramView) Workbench.page().showView(ScopeDiagramView.ID);
        Workbench.page().activate(twin);
        Workbench.waitUntil("the diagram", () -> !view.isBusy() && view.svg() != null
                && view.svg().contains("System BottlingLine"), 90_000);
        if (view.practicePicker().getSelectionIndex() != 0) { // an earlier test picked a practice
            view.practicePicker().select(0);
            view.practicePicker().notifyListeners(SWT.Selection, new Event());
        }
        Workbench.waitUntil("the diagram of all practices", () -> !view.isBusy() && view.laidOut() != null
                && view.laidOut().title().equals("System BottlingLine: all practices"), 90_000);
        return view;
    }

    @Test
    void contextMenuOpensSourcesAndExports(@TempDir Path folder) throws Exception {
        ScopeDiagramView view = showDiagram();
        Menu menu = view.contextMenu();
        assertTrue(menu == view.drawingControl().getMenu(), "our menu replaces the browser engine's");

        rightPress(view, "ts-BottlingLine.Filler");
        menu.notifyListeners(SWT.Show, new Event());
        assertEquals(List.of("Open Source (BottlingLine.Filler)", "Show in Practice Matrix (boundary Cell)", "",
                "Export SVG...", "Export PNG..."),
                Arrays.stream(menu.getItems()).map(MenuItem::getText).toList());
        menu.getItem(0).notifyListeners(SWT.Selection, new Event());
        Workbench.waitUntil("the filler selected", () -> selection().contains("Filler"), 30_000);

        rightPress(view, null);
        menu.notifyListeners(SWT.Show, new Event());
        assertEquals("Open Source (the system)", menu.getItem(0).getText());
        menu.getItem(0).notifyListeners(SWT.Selection, new Event());
        Workbench.waitUntil("the system's name selected", () -> selection().equals("BottlingLine"), 30_000);

        Path svg = folder.resolve("d.svg");
        Path png = folder.resolve("d.png");
        view.export(svg, "svg");
        view.export(png, "png");
        assertEquals(view.svg(), Files.readString(svg));
        byte[] header = Arrays.copyOf(Files.readAllBytes(png), 8);
        assertEquals("\u0089PNG", new String(header, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    @Test
    void showInPracticeMatrixSelectsTheBoundaryAndThePracticeColumn() throws Exception {
        Workbench.page().hideView(Workbench.page().findView(PracticeMatrixView.ID));
        try {
            showInPracticeMatrix();
        } finally {
            Workbench.page().showView(PracticeMatrixView.ID); // as the perspective has it, for the tests after this
        }
    }

    private static void showInPracticeMatrix() throws Exception {
        ScopeDiagramView view = showDiagram();
        Combo picker = view.practicePicker();
        picker.select(Arrays.asList(picker.getItems()).indexOf("Access Control"));
        picker.notifyListeners(SWT.Selection, new Event());
        Workbench.waitUntil("the Access Control diagram", () -> !view.isBusy() && view.svg() != null
                && view.svg().contains("System BottlingLine: Access Control"), 90_000);
        Menu menu = view.contextMenu();

        rightPress(view, "ts-BottlingLine.Filler");
        menu.notifyListeners(SWT.Show, new Event());
        assertEquals("Show in Practice Matrix (boundary Cell, column Access Control)", menu.getItem(1).getText());
        menu.getItem(1).notifyListeners(SWT.Selection, new Event());
        PracticeMatrixView matrix = (PracticeMatrixView) Workbench.page().findView(PracticeMatrixView.ID);
        assertTrue(matrix != null && Workbench.page().getActivePart() == matrix, "the matrix opened and active");
        Workbench.waitUntil("the boundary's row selected", () -> matrix.tree().getSelectionCount() == 1
                && matrix.tree().getSelection()[0].getText(0).equals("Cell"), 90_000);
        assertEquals("Access Control", matrix.tree().getColumn(matrix.revealedColumn()).getToolTipText());

        // on the background: the column only; a boundary itself: its row
        Workbench.page().activate(view);
        rightPress(view, "ts-BottlingLine.VendorCloud");
        menu.notifyListeners(SWT.Show, new Event());
        assertEquals("Show in Practice Matrix (boundary VendorCloud, column Access Control)",
                menu.getItem(1).getText());
        menu.getItem(1).notifyListeners(SWT.Selection, new Event());
        assertEquals("VendorCloud", matrix.tree().getSelection()[0].getText(0));
        Workbench.page().activate(view);
        rightPress(view, null);
        menu.notifyListeners(SWT.Show, new Event());
        assertEquals("Show in Practice Matrix (column Access Control)", menu.getItem(1).getText());
    }

    @Test
    void aClickSelectsTheElementsNameAndLeavesTheEditorScrolledLeft() throws Exception {
        // a line wider than the editor, so that the editor can scroll sideways
        project.getFile("bottling-line.twin").appendContents(new java.io.ByteArrayInputStream(("\n// "
                + "a comment wider than the editor ".repeat(12) + "\n").getBytes()), true, false, null);
        Workbench.waitForJobs(60_000);
        ScopeDiagramView view = showDiagram();
        StyledText text = ((ITextViewer) twin.getAdapter(ITextOperationTarget.class)).getTextWidget();
        for (String[] element : new String[][] { { "ts-BottlingLine.Filler", "Filler" },
            { "ts-BottlingLine.FillerTelemetry", "FillerTelemetry" }, { "ts-BottlingLine.Plant", "Plant" } }) {
            if (!(view.drawingControl() instanceof Browser) && element[1].equals("FillerTelemetry")) {
                continue; // the canvas opens boxes only
            }
            text.setHorizontalPixel(400);
            assertTrue(text.getHorizontalPixel() > 0, "the editor scrolled sideways before the click");
            click(view, element[0]);
            Workbench.waitUntil(element[1] + " selected", () -> selection().equals(element[1]), 30_000);
            assertEquals(0, text.getHorizontalPixel(), "scrolled to the left after a click on " + element[1]);
        }
    }

    /**
     * Waits until the browser shows the page of the diagram the view holds, with the element of the id (the view
     * has the diagram before the browser has loaded its page).
     */
    private static void waitForPage(Browser browser, ScopeDiagramView view, String id) {
        String title = view.laidOut().title().replace("'", "\\'");
        Workbench.waitUntil("the page of " + title, () -> {
            try {
                return Boolean.TRUE.equals(browser.evaluate("return document.body != null && document.body"
                        + ".innerHTML.indexOf('" + title + "') >= 0" + (id == null ? ""
                                : " && document.getElementById('" + id + "') != null") + ";"));
            } catch (org.eclipse.swt.SWTException loading) {
                return false;
            }
        }, 30_000);
    }

    /** A left click on the element with the SVG id, as the page or the canvas sees it. */
    private static void click(ScopeDiagramView view, String id) {
        if (view.drawingControl() instanceof Browser browser) {
            waitForPage(browser, view, id);
            browser.execute("document.getElementById('" + id + "').dispatchEvent(new MouseEvent('click',"
                    + "{bubbles:true,button:0}));");
        } else {
            LaidOutDiagram.Box box = view.laidOut().boxes().stream().filter(b -> id.equals("ts-" + b.source()))
                    .findFirst().orElseThrow();
            double scale = view.zoomPercent() / 100.0;
            Event up = new Event();
            up.button = 1;
            up.x = (int) ((box.x() + box.width() / 2) * scale);
            up.y = (int) ((box.y() + box.height() / 2) * scale);
            view.drawingControl().notifyListeners(SWT.MouseUp, up);
        }
    }

    /** A right mouse press on the element with the SVG id, or on the background for null, as the page sees it. */
    private static void rightPress(ScopeDiagramView view, String id) {
        if (view.drawingControl() instanceof Browser browser) {
            waitForPage(browser, view, id);
            // the pointer on the element (scrolled into view; just below its top edge, above any element inside),
            // or on the page's top left corner, where nothing is drawn: where a right click shows the menu; where
            // the element is drawn is known from the layout and the zoom (WebKit's client rectangles of elements in
            // a zoomed SVG are not in the page's coordinates)
            int x = 2;
            int y = 2;
            if (id != null) {
                LaidOutDiagram.Box box = view.laidOut().boxes().stream().filter(b -> id.equals("ts-" + b.source()))
                        .findFirst().orElseThrow();
                double scale = view.zoomPercent() / 100.0;
                int pageX = (int) ((box.x() + box.width() / 2) * scale);
                int pageY = (int) ((box.y() + 12) * scale);
                browser.execute("window.scrollTo(" + (pageX - 100) + "," + (pageY - 100) + ");");
                Object[] scrolled = (Object[]) browser.evaluate("return [window.scrollX, window.scrollY];");
                x = pageX - ((Number) scrolled[0]).intValue();
                y = pageY - ((Number) scrolled[1]).intValue();
            }
            browser.getDisplay().setCursorLocation(browser.toDisplay(x, y));
        } else {
            DiagramCanvas canvas = (DiagramCanvas) view.drawingControl();
            Event detect = new Event();
            LaidOutDiagram.Box box = id == null ? null
                    : view.laidOut().boxes().stream().filter(b -> id.equals("ts-" + b.source())).findFirst()
                            .orElseThrow();
            double scale = view.zoomPercent() / 100.0;
            org.eclipse.swt.graphics.Point point = box == null ? canvas.toDisplay(1, 1)
                    : canvas.toDisplay((int) ((box.x() + box.width() / 2) * scale),
                            (int) ((box.y() + box.height() / 2) * scale));
            detect.x = point.x;
            detect.y = point.y;
            canvas.notifyListeners(SWT.MenuDetect, detect);
        }
    }

    private static String selection() {
        return Workbench.page().getActiveEditor().getSite().getSelectionProvider()
                .getSelection() instanceof ITextSelection text && text.getText() != null ? text.getText() : "";
    }

    @Test
    void zoomFitsWhileReadableFollowsKeysAndIsKeptPerEditor() throws Exception {
        ScopeDiagramView view = showDiagram();

        // the perspective's view is narrow for the bottling line: fitting it would make it unreadable, so the view
        // shows it at the smallest readable zoom and scrolls
        Workbench.waitUntil("the zoom to settle with the view",
                () -> view.zoomPercent() == DiagramZoom.readablePercent(view.fitPercent()), 10_000);
        LaidOutDiagram laidOut = view.laidOut();
        Rectangle area = view.drawingControl().getClientArea();
        int fit = view.fitPercent();
        assertTrue(fit < DiagramZoom.READABLE_PERCENT, "the bottling line needs " + fit + "% to fit " + area);
        assertEquals(DiagramZoom.READABLE_PERCENT, view.zoomPercent(), "shown at the smallest readable zoom");
        Workbench.waitUntil("the page to scroll", () -> scrolls(view), 10_000);
        assertEquals("System BottlingLine: all practices - larger than the view: scroll, or Fit (Ctrl+0) to see it "
                + "whole", view.messageLine(), "the line above says that there is more to see");
        long painted = System.currentTimeMillis() + 1500; // the browser paints the page it was given
        Workbench.waitUntil("the page painted", () -> System.currentTimeMillis() > painted, 5_000);
        Screenshots.take(Workbench.page().getWorkbenchWindow().getShell(), "diagram-readable");
        assertTrue(view.fitButton().isVisible() && view.fitButton().getBounds().x + view.fitButton().getBounds().width
                <= view.fitButton().getParent().getClientArea().width, "the Fit button is within the view");

        // keys on the diagram (a click on it activates the view): Ctrl+0 fits the whole diagram, however small
        Workbench.page().activate(view);
        key(view, '0', '0');
        int fitted = view.zoomPercent();
        assertEquals(fit, fitted, "Ctrl+0 fits");
        assertEquals("System BottlingLine: all practices", view.messageLine(), "all of it is in view");
        assertTrue(laidOut.width() * fitted / 100 <= area.width && laidOut.height() * fitted / 100 <= area.height,
                fitted + "% fits " + laidOut.width() + "x" + laidOut.height() + " into " + area);
        assertTrue(laidOut.width() * (fitted + 1) / 100 > area.width
                || laidOut.height() * (fitted + 1) / 100 > area.height, "the largest zoom that fits");
        key(view, '=', '=');
        assertEquals(fitted + DiagramZoom.STEP_PERCENT, view.zoomPercent(), "Ctrl+= zooms in");
        key(view, '=', '+');
        assertEquals(fitted + 2 * DiagramZoom.STEP_PERCENT, view.zoomPercent(), "Ctrl++ zooms in");
        key(view, '-', '-');
        assertEquals(fitted + DiagramZoom.STEP_PERCENT, view.zoomPercent(), "Ctrl+- zooms out");
        key(view, '0', '0');
        assertEquals(fitted, view.zoomPercent(), "Ctrl+0 fits again");
        Event plain = new Event();
        plain.keyCode = '=';
        plain.character = '=';
        view.drawingControl().notifyListeners(SWT.KeyDown, plain);
        assertEquals(fitted, view.zoomPercent(), "= without Ctrl does not zoom");

        // the zoom is kept per editor: the other editor shows the readable zoom, back to the first restores its zoom
        Workbench.page().activate(view);
        key(view, '=', '=');
        key(view, '=', '=');
        int picked = fitted + 2 * DiagramZoom.STEP_PERCENT;
        assertEquals(picked, view.zoomPercent());
        IEditorPart targets = IDE.openEditor(Workbench.page(), project.getFile("targets.smm"));
        Workbench.waitUntil("the diagram for the second editor", () -> !view.isBusy() && view.svg() != null, 90_000);
        assertEquals(DiagramZoom.READABLE_PERCENT, view.zoomPercent(), "an editor without a picked zoom");
        Workbench.page().activate(twin);
        Workbench.waitUntil("the diagram for the first editor", () -> !view.isBusy() && view.svg() != null, 90_000);
        assertEquals(picked, view.zoomPercent(), "back to the first editor: its zoom");

        // the Fit button fits, and the editor keeps that choice
        view.fitButton().notifyListeners(SWT.Selection, new Event());
        assertEquals(fitted, view.zoomPercent(), "Fit");
        Workbench.page().activate(targets);
        Workbench.page().activate(twin);
        Workbench.waitUntil("the diagram again", () -> !view.isBusy() && view.svg() != null, 90_000);
        assertEquals(fitted, view.zoomPercent(), "after Fit the first editor fits");
    }

    /** Whether the shown diagram is larger than the drawing area, so that it scrolls. */
    private static boolean scrolls(ScopeDiagramView view) {
        if (view.drawingControl() instanceof Browser browser) {
            return Boolean.TRUE.equals(browser.evaluate("var d=document.documentElement;"
                    + "return d.scrollWidth>d.clientWidth||d.scrollHeight>d.clientHeight;"));
        }
        return view.drawingControl().getHorizontalBar().getVisible()
                || view.drawingControl().getVerticalBar().getVisible();
    }

    private static void key(ScopeDiagramView view, int keyCode, char character) {
        Event key = new Event();
        key.keyCode = keyCode;
        key.character = character;
        key.stateMask = SWT.MOD1;
        view.drawingControl().notifyListeners(SWT.KeyDown, key);
    }
}
