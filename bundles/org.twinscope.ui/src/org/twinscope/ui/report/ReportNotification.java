/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.report;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.notifications.NotificationPopup;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;

/** The notification that a report was written, with a link that opens it (it fades away by itself). */
final class ReportNotification {

    /** What the notification says first, so that tests find it among the shells. */
    static final String TITLE = "Twinscope report written";

    private ReportNotification() {
    }

    static void show(IWorkbenchWindow window, IProject project, IFile page) {
        NotificationPopup.forShell(window.getShell()).title(TITLE, true).content(parent -> {
            Link link = new Link(parent, SWT.WRAP);
            link.setText(project.getName() + "/" + page.getProjectRelativePath() + " (HTML, JSON, SARIF). "
                    + "<a>Open the report</a>");
            link.addListener(SWT.Selection, event -> {
                IWorkbenchPage active = window.getActivePage();
                if (active != null) {
                    ReportBrowserEditor.open(active, page);
                }
            });
            return link;
        }).delay(8000).open();
    }
}
