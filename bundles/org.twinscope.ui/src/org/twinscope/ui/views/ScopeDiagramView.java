/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.views;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.BrowserFunction;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.twinscope.analysis.SystemAnalysis;
import org.twinscope.diagram.BoundaryDiagram;
import org.twinscope.diagram.DiagramScope;
import org.twinscope.diagram.LaidOutDiagram;
import org.twinscope.diagram.SvgRenderer;
import org.twinscope.analysis.matrix.BoundaryMatrix;
import org.twinscope.model.smm.Practice;
import org.twinscope.model.twin.Boundary;
import org.twinscope.model.twin.Synchronization;
import org.twinscope.model.twin.SystemElement;
import org.twinscope.model.util.ElementNames;
import org.twinscope.ui.language.ProjectAnalysis;
import org.twinscope.ui.language.SourceNavigation;

/**
 * The scope diagram of the active editor's project, for one practice or all, in an embedded browser (the same SVG as
 * the CLI and the report); clicking an element opens it in its file. Without a browser engine, {@link DiagramCanvas}
 * draws the same laid-out diagram with SWT.
 * <p>
 * The zoom fits the diagram to the view as long as that leaves it readable ({@link DiagramZoom#READABLE_PERCENT};
 * a larger diagram is shown at that zoom and scrolls), until the user picks one: a percent (spinner, Ctrl+= / Ctrl+-)
 * or the whole diagram in the view however small (the Fit button, Ctrl+0). The pick is kept per editor, so switching
 * editors and back restores it.
 */
public class ScopeDiagramView extends AnalysisView {

    public static final String ID = "org.twinscope.ui.views.diagram";

    private Combo practices;
    private Spinner zoom;
    private Browser browser;
    private DiagramCanvas canvas;
    private Label message;
    private List<DiagramScope> scopes = List.of();
    private LaidOutDiagram diagram;
    private String svg;
    private Job layoutJob;
    private Button fit;
    private DiagramContextMenu contextMenu;
    /** Where the canvas's context menu was asked for (widget coordinates). */
    private Point menuPoint;
    /**
     * The zoom the user picked while an editor was active ({@link #FIT}: the whole diagram, however small); an editor
     * without an entry fits the diagram as long as it stays readable.
     */
    private final Map<IEditorPart, Integer> pickedZoom = new WeakHashMap<>();
    private static final int FIT = 0;
    private IEditorPart zoomOwner;
    /** The zoom the diagram was last drawn at (-1: not drawn), so that a resize redraws only when the fit changes. */
    private int shownPercent = -1;

    private final IPartListener2 editorListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            if (reference.getPart(false) instanceof IEditorPart editor && editor != zoomOwner) {
                zoomOwner = editor;
                applyZoom();
            }
        }
    };

    @Override
    protected void createControls(Composite parent) {
        parent.setLayout(new GridLayout(5, false));
        new Label(parent, SWT.NONE).setText("Practice:");
        practices = new Combo(parent, SWT.READ_ONLY);
        // the picker takes the room left by the zoom controls, so that they stay visible in a narrow view
        GridData pickerData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        pickerData.widthHint = 120;
        practices.setLayoutData(pickerData);
        practices.addListener(SWT.Selection, e -> redraw());
        new Label(parent, SWT.NONE).setText("Zoom %:");
        zoom = new Spinner(parent, SWT.BORDER);
        zoom.setValues(100, DiagramZoom.MIN_PERCENT, DiagramZoom.MAX_PERCENT, 0, DiagramZoom.STEP_PERCENT, 50);
        zoom.addListener(SWT.Selection, e -> pickZoom(zoom.getSelection()));
        fit = new Button(parent, SWT.PUSH);
        fit.setText("Fit");
        fit.setToolTipText("Zoom so that the whole diagram fits the view, however small (Ctrl+0)");
        fit.addListener(SWT.Selection, e -> fitToView());
        message = new Label(parent, SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 5, 1));
        try {
            browser = new Browser(parent, SWT.NONE);
            browser.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1));
            new BrowserFunction(browser, "twinscopeReveal") {
                @Override
                public Object function(Object[] arguments) {
                    if (arguments.length == 1 && arguments[0] instanceof String source) {
                        reveal(source);
                    }
                    return null;
                }
            };
        } catch (SWTError noBrowserEngine) {
            browser = null;
            canvas = new DiagramCanvas(parent, this::reveal);
            canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1));
            canvas.addListener(SWT.MenuDetect, e -> menuPoint = canvas.toControl(e.x, e.y));
        }
        for (Control control : new Control[] { drawing(), practices, zoom, fit }) {
            control.addListener(SWT.KeyDown, this::zoomKey);
        }
        // while the zoom fits, it follows the view's size
        // (after the layout settles: during a resize the client area is not final yet)
        drawing().addListener(SWT.Resize, e -> drawing().getDisplay().asyncExec(() -> {
            Integer picked = pickedZoom.get(zoomOwner);
            if (!drawing().isDisposed() && (picked == null || picked == FIT)) {
                applyZoom();
            }
        }));
        contextMenu = new DiagramContextMenu(drawing(), () -> svg, () -> diagram == null ? null : diagram.title(),
                this::elementUnderMouse, this::openSource, this::matrixTarget, this::showInMatrix);
        zoomOwner = getSite().getPage().getActiveEditor();
        getSite().getPage().addPartListener(editorListener);
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(editorListener);
        super.dispose();
    }

    /** The control that shows the diagram: the browser or, without a browser engine, the canvas. */
    private Composite drawing() {
        return browser != null ? browser : canvas;
    }

    /** The qualified name of the element the context menu was asked for at, or null (the background). */
    private String elementUnderMouse() {
        if (browser != null) {
            // asked of the page at the pointer when the menu shows: the page's own note of the last mouse press
            // could lag behind a quick right click (seen in Twinscope Studio: the system's source offered instead)
            Point at = browser.toControl(browser.getDisplay().getCursorLocation());
            return browser.evaluate("var e=document.elementFromPoint(" + at.x + "," + at.y + ");"
                    + "var g=e&&e.closest?e.closest('[data-source]'):null;"
                    + "return g?g.getAttribute('data-source'):null;") instanceof String source ? source : null;
        }
        LaidOutDiagram.Box box = menuPoint == null ? null : canvas.boxAt(menuPoint.x, menuPoint.y);
        return box == null ? null : box.source();
    }

    /** Opens an element's source in its editor, or the system's for null or an element no longer in the model. */
    private void openSource(String qualifiedName) {
        ProjectAnalysis analysis = latest();
        if (analysis == null || analysis.system() == null) {
            return;
        }
        if (qualifiedName == null || !reveal(qualifiedName)) {
            SourceNavigation.revealName(getSite().getPage(), analysis.system().system());
        }
    }

    /** The boundary of an element: itself, the one it sits in, or for a link the one its source sits in. */
    private Boundary boundaryOf(String qualifiedName) {
        SystemElement element = element(qualifiedName);
        if (element instanceof Boundary boundary) {
            return boundary;
        }
        return BoundaryMatrix.zoneOf(element instanceof Synchronization sync ? sync.getSource() : element);
    }

    /** The practice picked, or null for all practices. */
    private Practice pickedPractice() {
        if (scopes.isEmpty()) {
            return null;
        }
        DiagramScope scope = scopes.get(Math.max(0, practices.getSelectionIndex()));
        return scope.practices().size() == 1 ? scope.practices().iterator().next() : null;
    }

    /** What Show in Practice Matrix shows for the element: "boundary X, column Y", or null for neither. */
    private String matrixTarget(String qualifiedName) {
        Boundary boundary = qualifiedName == null ? null : boundaryOf(qualifiedName);
        Practice practice = pickedPractice();
        List<String> parts = new java.util.ArrayList<>();
        if (boundary != null) {
            parts.add("boundary " + boundary.getName());
        }
        if (practice != null) {
            parts.add("column " + ElementNames.distinctTitle(practice));
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    /** Opens the Practice Matrix on the element's boundary row and the picked practice's column. */
    private void showInMatrix(String qualifiedName) {
        Boundary boundary = qualifiedName == null ? null : boundaryOf(qualifiedName);
        Practice practice = pickedPractice();
        try {
            PracticeMatrixView matrix = (PracticeMatrixView) getSite().getPage().showView(PracticeMatrixView.ID);
            matrix.reveal(boundary == null ? null : ElementNames.qualified(boundary),
                    practice == null ? null : practice.getName());
        } catch (org.eclipse.ui.PartInitException e) {
            getSite().getShell().getDisplay().beep();
        }
    }

    private void zoomKey(Event key) {
        switch (DiagramZoom.of(key)) {
            case IN -> pickZoom(DiagramZoom.clamp(zoom.getSelection() + DiagramZoom.STEP_PERCENT));
            case OUT -> pickZoom(DiagramZoom.clamp(zoom.getSelection() - DiagramZoom.STEP_PERCENT));
            case FIT -> fitToView();
            case NONE -> {
                return;
            }
        }
        key.doit = false;
    }

    /** Zooms to a percent the user chose; it is kept for the active editor. */
    private void pickZoom(int percent) {
        pickedZoom.put(zoomOwner, percent);
        applyZoom();
    }

    /** Fits the whole diagram into the view for the active editor, however small that makes it. */
    public void fitToView() {
        pickedZoom.put(zoomOwner, FIT);
        applyZoom();
    }

    /** The percent that fits the shown diagram into the drawing area, or 100 without a diagram. */
    public int fitPercent() {
        Rectangle area = drawing().getClientArea();
        return diagram == null ? 100
                : DiagramZoom.fitPercent(diagram.width(), diagram.height(), area.width, area.height);
    }

    /**
     * Shows the diagram at the active editor's picked zoom, fitted when Fit was asked for, or else fitted as far as
     * it stays readable; redraws only when the zoom changed.
     */
    private void applyZoom() {
        Integer picked = pickedZoom.get(zoomOwner);
        int percent = picked == null ? DiagramZoom.readablePercent(fitPercent()) : picked == FIT ? fitPercent()
                : picked;
        boolean changed = percent != shownPercent;
        zoom.setSelection(percent);
        if (diagram != null) {
            // scroll bars of the browser engine show only under the mouse: say that there is more to see
            message.setText(diagram.title() + (browser == null ? " (drawn without badges: no browser engine)" : "")
                    + (percent > fitPercent() ? " - larger than the view: scroll, or Fit (Ctrl+0) to see it whole"
                            : ""));
        }
        if (diagram != null && changed) {
            show(diagram, svg, percent);
        }
    }

    private void show(LaidOutDiagram laidOut, String rendered, int percent) {
        shownPercent = percent;
        if (browser != null) {
            browser.setText(page(rendered, percent));
        } else {
            canvas.show(laidOut, percent / 100.0);
        }
    }

    @Override
    protected void show(ProjectAnalysis analysis) {
        SystemAnalysis system = analysis.system();
        if (system == null) {
            showMessage("No system in project " + analysis.project().getName() + ".");
            return;
        }
        String selected = practices.getText();
        scopes = DiagramScope.perApplicablePractice(system);
        practices.setItems(scopes.stream().map(DiagramScope::title).toArray(String[]::new));
        int index = Math.max(0, scopes.stream().map(DiagramScope::title).toList().indexOf(selected));
        practices.select(index);
        redraw();
    }

    /** Lays out the chosen scope in a job (layout of a large system takes a while) and shows it when done. */
    private void redraw() {
        ProjectAnalysis analysis = latest();
        if (analysis == null || analysis.system() == null || scopes.isEmpty()) {
            return;
        }
        DiagramScope scope = scopes.get(Math.max(0, practices.getSelectionIndex()));
        if (layoutJob != null) {
            layoutJob.cancel();
        }
        layoutJob = Job.create("Laying out the Twinscope scope diagram", monitor -> {
            LaidOutDiagram laidOut = BoundaryDiagram.auto(analysis.system(), scope);
            String rendered = SvgRenderer.render(laidOut);
            if (monitor.isCanceled() || practices.isDisposed()) {
                return Status.CANCEL_STATUS;
            }
            practices.getDisplay().asyncExec(() -> {
                if (practices.isDisposed()) {
                    return;
                }
                diagram = laidOut;
                svg = rendered;
                shownPercent = -1;
                applyZoom();
            });
            return Status.OK_STATUS;
        });
        layoutJob.schedule();
    }

    private static String page(String svg, int zoomPercent) {
        // a white page: WebKit leaves the area outside the document unpainted (black under Xvfb) otherwise
        return "<!DOCTYPE html><html><head><meta charset='utf-8'><style>html,body{margin:0;background:#fff}"
                // zoom, unlike a transform, scales the layout box too: a fitted page has no scroll bars
                + "svg{zoom:"
                + String.format(Locale.ROOT, "%.2f", zoomPercent / 100.0)
                + "}[data-source]{cursor:pointer}</style></head><body>" + svg
                + "<script>document.querySelectorAll('[data-source]').forEach(function(g){g.addEventListener("
                + "'click',function(e){e.stopPropagation();twinscopeReveal(g.getAttribute('data-source'));});});"
                + "</script></body></html>";
    }

    /** Opens the element of a qualified name in its file; false when the model has no such element. */
    private boolean reveal(String qualifiedName) {
        SystemElement element = element(qualifiedName);
        if (element == null) {
            return false;
        }
        SourceNavigation.revealName(getSite().getPage(), element);
        return true;
    }

    /** The element of the shown analysis with the qualified name, or null. */
    private SystemElement element(String qualifiedName) {
        ProjectAnalysis analysis = latest();
        if (analysis == null || analysis.system() == null) {
            return null;
        }
        for (SystemElement element : analysis.system().facts().elements()) {
            if (qualifiedName.equals(ElementNames.qualified(element))) {
                return element;
            }
        }
        return null;
    }

    @Override
    protected void showMessage(String text) {
        message.setText(text);
        if (layoutJob != null) {
            layoutJob.cancel();
        }
        diagram = null;
        svg = null;
        shownPercent = -1;
        if (browser != null) {
            browser.setText("<!DOCTYPE html><html><body style='background:#fff'></body></html>");
        } else {
            canvas.show(null, 1.0);
        }
    }

    @Override
    public boolean isBusy() {
        return super.isBusy() || layoutJob != null && layoutJob.getState() != Job.NONE;
    }

    /** The laid-out diagram shown, for tests. */
    public LaidOutDiagram laidOut() {
        return diagram;
    }

    /** The SVG shown, for tests. */
    public String svg() {
        return svg;
    }

    /** The zoom in percent the diagram is shown at, for tests. */
    public int zoomPercent() {
        return zoom.getSelection();
    }

    /** The drawing control (browser or canvas), for tests to send keys and read its size. */
    public Composite drawingControl() {
        return drawing();
    }

    /** The diagram's context menu, for tests. */
    public org.eclipse.swt.widgets.Menu contextMenu() {
        return contextMenu.menu();
    }

    /** Writes the shown diagram as SVG or PNG (extension "svg" or "png"), as the context menu's exports do. */
    public void export(java.nio.file.Path file, String extension) throws java.io.IOException {
        DiagramContextMenu.export(svg, file, extension);
    }

    /** The line above the diagram (its title, and whether it is larger than the view), for tests. */
    public String messageLine() {
        return message.getText();
    }

    /** The Fit button, for tests. */
    public Button fitButton() {
        return fit;
    }

    /** The practice picker, for tests. */
    public Combo practicePicker() {
        return practices;
    }

    @Override
    public void setFocus() {
        practices.setFocus();
    }
}
