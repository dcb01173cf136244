/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/**
 * The line above an analysis view's content that says the model has errors and what the view shows instead, with a
 * link to the Problems view. Hidden while the model has none.
 */
final class ModelErrorsBanner {

    private final Link link;

    ModelErrorsBanner(Composite parent, IWorkbenchPage page) {
        link = new Link(parent, SWT.WRAP);
        // a warning's colors, whatever the theme makes of "info" (black under some GTK themes)
        link.setBackground(new Color(parent.getDisplay(), new RGB(255, 243, 205)));
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
        ((GridData) link.getLayoutData()).exclude = !visible;
        link.setVisible(visible);
        link.getParent().layout(true, true);
    }

    /** The banner's text while shown, "" while hidden (for tests). */
    String text() {
        return link.getVisible() ? link.getText() : "";
    }

    /** Follows the link (for tests, as a click would). */
    void follow() {
        link.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }
}
