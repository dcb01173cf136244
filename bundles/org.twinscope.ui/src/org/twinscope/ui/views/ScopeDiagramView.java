/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.views;

import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.BrowserFunction;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.twinscope.analysis.SystemAnalysis;
import org.twinscope.diagram.BoundaryDiagram;
import org.twinscope.diagram.DiagramScope;
import org.twinscope.diagram.LaidOutDiagram;
import org.twinscope.diagram.SvgRenderer;
import org.twinscope.model.twin.SystemElement;
import org.twinscope.model.util.ElementNames;
import org.twinscope.ui.language.ProjectAnalysis;
import org.twinscope.ui.language.SourceNavigation;

/**
 * The scope diagram of the active editor's project, for one practice or all, in an embedded browser (the same SVG as
 * the CLI and the report); clicking an element opens it in its file. Without a browser engine, {@link DiagramCanvas}
 * draws the same laid-out diagram with SWT.
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

    @Override
    protected void createControls(Composite parent) {
        parent.setLayout(new GridLayout(4, false));
        new Label(parent, SWT.NONE).setText("Practice:");
        practices = new Combo(parent, SWT.READ_ONLY);
        GridData pickerData = new GridData(SWT.FILL, SWT.CENTER, false, false);
        pickerData.widthHint = 280;
        practices.setLayoutData(pickerData);
        practices.addListener(SWT.Selection, e -> redraw());
        new Label(parent, SWT.NONE).setText("Zoom %:");
        zoom = new Spinner(parent, SWT.BORDER);
        zoom.setValues(100, 20, 400, 0, 10, 50);
        zoom.addListener(SWT.Selection, e -> redraw());
        message = new Label(parent, SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        try {
            browser = new Browser(parent, SWT.NONE);
            browser.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
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
            canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
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
        int zoomPercent = zoom.getSelection();
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
                message.setText(laidOut.title() + (browser == null ? " (drawn without badges: no browser engine)"
                        : ""));
                if (browser != null) {
                    browser.setText(page(rendered, zoomPercent));
                } else {
                    canvas.show(laidOut, zoomPercent / 100.0);
                }
            });
            return Status.OK_STATUS;
        });
        layoutJob.schedule();
    }

    private static String page(String svg, int zoomPercent) {
        // a white page: WebKit leaves the area outside the document unpainted (black under Xvfb) otherwise
        return "<!DOCTYPE html><html><head><meta charset='utf-8'><style>html,body{margin:0;background:#fff}"
                + "svg{transform:scale("
                + String.format(Locale.ROOT, "%.2f", zoomPercent / 100.0)
                + ");transform-origin:0 0}[data-source]{cursor:pointer}</style></head><body>" + svg
                + "<script>document.querySelectorAll('[data-source]').forEach(function(g){g.addEventListener("
                + "'click',function(e){e.stopPropagation();twinscopeReveal(g.getAttribute('data-source'));});});"
                + "</script></body></html>";
    }

    private void reveal(String qualifiedName) {
        ProjectAnalysis analysis = latest();
        if (analysis == null || analysis.system() == null) {
            return;
        }
        for (SystemElement element : analysis.system().facts().elements()) {
            if (qualifiedName.equals(ElementNames.qualified(element))) {
                SourceNavigation.reveal(getSite().getPage(), element);
                return;
            }
        }
    }

    @Override
    protected void showMessage(String text) {
        message.setText(text);
        if (layoutJob != null) {
            layoutJob.cancel();
        }
        diagram = null;
        svg = null;
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

    /** The practice picker, for tests. */
    public Combo practicePicker() {
        return practices;
    }

    @Override
    public void setFocus() {
        practices.setFocus();
    }
}
