/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.studio;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.twinscope.ui.ReadOnlyEditorPart;

/**
 * The Getting Started page: a first review walked through on the bottling line example, system, targets,
 * assessment, report, one link per step that does the step ({@link GettingStarted}). It opens in the editor area on
 * the first start of Twinscope Studio in a workspace and from Help > Getting Started.
 */
public class GettingStartedEditor extends ReadOnlyEditorPart {

    public static final String ID = "org.twinscope.ui.gettingStarted";

    private final GettingStarted steps = new GettingStarted();
    private final List<Hyperlink> links = new ArrayList<>();
    private FormToolkit toolkit;
    private ScrolledForm form;

    /** Opens the page, or brings it to the front where it is open. */
    public static GettingStartedEditor open(IWorkbenchPage page) throws PartInitException {
        return (GettingStartedEditor) page.openEditor(GettingStartedInput.INSTANCE, ID);
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
    }

    @Override
    public void createPartControl(Composite parent) {
        toolkit = new FormToolkit(parent.getDisplay());
        form = toolkit.createScrolledForm(parent);
        form.setText("Getting Started with Twinscope");
        toolkit.decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        GridLayout layout = new GridLayout();
        layout.marginWidth = 16;
        layout.verticalSpacing = 4;
        body.setLayout(layout);
        text(body, "Twinscope finds which practices of the IIC IoT Security Maturity Model (SMM) apply where in a "
                + "digital twin system, and how far the assessed maturity is from the targets. Walk through a first "
                + "review on an example, step by step:", 0);
        for (int index = 0; index < GettingStarted.STEPS.size(); index++) {
            GettingStarted.Step step = GettingStarted.STEPS.get(index);
            Hyperlink link = toolkit.createHyperlink(body, step.link(), SWT.NONE);
            GridData linkData = new GridData();
            linkData.verticalIndent = 12;
            link.setLayoutData(linkData);
            int stepIndex = index;
            link.addHyperlinkListener(new HyperlinkAdapter() {
                @Override
                public void linkActivated(HyperlinkEvent event) {
                    run(stepIndex);
                }
            });
            links.add(link);
            text(body, step.explanation(), 16);
        }
        text(body, "Help > Getting Started shows this page again. The README of each example (in its project) "
                + "explains what the analysis concludes there and why.", 0).setLayoutData(indented(0, 20));
    }

    private Label text(Composite body, String text, int indent) {
        Label label = toolkit.createLabel(body, text, SWT.WRAP);
        label.setLayoutData(indented(indent, 0));
        return label;
    }

    private static GridData indented(int indent, int verticalIndent) {
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 600; // wraps to the page's width instead of widening it
        data.horizontalIndent = indent;
        data.verticalIndent = verticalIndent;
        return data;
    }

    /** Does a step, as its link does; a failure is said in a dialog with what to do. */
    public void run(int step) {
        IWorkbenchWindow window = getSite().getWorkbenchWindow();
        try {
            switch (step) {
                case 0 -> steps.showInProjectExplorer(window, steps.createExampleProject());
                case 1 -> steps.openSystem(window);
                case 2 -> steps.openTargets(window);
                case 3 -> steps.openAssessment(window);
                case 4 -> steps.generateReport(window);
                default -> throw new IllegalArgumentException("no step " + step);
            }
        } catch (java.io.IOException | org.eclipse.core.runtime.CoreException failed) {
            MessageDialog.openError(getSite().getShell(), "Getting Started", "The step could not be done: "
                    + failed.getMessage() + "\nCheck that the workspace folder is writable, or create the project "
                    + "with File > New > Twinscope Project.");
        }
    }

    /** The steps' links, in order (for tests). */
    public List<Hyperlink> links() {
        return List.copyOf(links);
    }

    /** The example project the steps use, or null before the first step (for tests). */
    public org.eclipse.core.resources.IProject project() {
        return steps.project();
    }

    @Override
    public void dispose() {
        if (toolkit != null) {
            toolkit.dispose();
        }
        super.dispose();
    }

    @Override
    public void setFocus() {
        form.setFocus();
    }
}
