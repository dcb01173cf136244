/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.views;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/**
 * The line above an analysis view's content that says the model has errors and what the view shows instead, with a
 * link to the Problems view. Hidden while the model has none.
 */
final class ModelErrorsBanner {

    private final Composite row;
    private final Link link;

    ModelErrorsBanner(Composite parent, IWorkbenchPage page) {
        row = new Composite(parent, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout layout = new GridLayout(2, false);
        layout.marginHeight = 2;
        row.setLayout(layout);
        // the warning icon says it where the workbench's theme (CSS) replaces the colors
        new Label(row, SWT.NONE).setImage(JFaceResources.getImage(Dialog.DLG_IMG_MESSAGE_WARNING));
        link = new Link(row, SWT.WRAP);
        link.setForeground(new Color(parent.getDisplay(), new RGB(102, 77, 3)));
        link.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        link.addListener(SWT.Selection, event -> {
            try {
                page.showView(IPageLayout.ID_PROBLEM_VIEW);
            } catch (PartInitException e) {
                // the Problems view is part of every IDE workbench; nothing to show without it
            }
        });
        hide();
    }

    /** Shows the banner for a model with errors; {@code showingLastValid} says whether an earlier analysis is shown. */
    void show(long errors, boolean showingLastValid) {
        String what = showingLastValid ? "showing the last valid analysis."
                : "there is no analysis of this project without errors yet; fix them to see one.";
        link.setText("Model has errors (" + errors + "): " + what + " <a>Show the Problems view</a>");
        setVisible(true);
    }

    void hide() {
        setVisible(false);
    }

    private void setVisible(boolean visible) {
        ((GridData) row.getLayoutData()).exclude = !visible;
        row.setVisible(visible);
        row.getParent().layout(true, true);
    }

    /** The banner's text while shown, "" while hidden (for tests). */
    String text() {
        return row.getVisible() ? link.getText() : "";
    }

    /** Follows the link (for tests, as a click would). */
    void follow() {
        link.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }
}
