/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.report;

import java.net.URI;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.twinscope.ui.ReadOnlyEditorPart;

/**
 * An HTML file in the workbench's own web browser (the SWT browser): where the report opens, and an entry of Open With
 * for .html files. The platform's Web Browser editor (org.eclipse.ui.browser) is not in our target platform.
 */
public class ReportBrowserEditor extends ReadOnlyEditorPart {

    public static final String ID = "org.twinscope.ui.report.browser";

    private Browser browser;
    private Composite parent;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IURIEditorInput)) {
            throw new PartInitException("The web browser opens files, not " + input.getName());
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        setTitleToolTip(((IURIEditorInput) input).getURI().toString());
    }

    @Override
    public void createPartControl(Composite newParent) {
        parent = newParent;
        parent.setLayout(new FillLayout());
        try {
            browser = new Browser(parent, SWT.NONE);
            browser.setUrl(address());
        } catch (SWTError noBrowserEngine) {
            new Label(parent, SWT.WRAP).setText("No web browser engine is available here; open " + uri()
                    + " in a browser of your own.");
        }
    }

    /** Opens the file in the web browser editor, or shows it again where it is open already (it may be new). */
    public static void open(IWorkbenchPage page, IFile file) {
        try {
            if (IDE.openEditor(page, file, ID, true) instanceof ReportBrowserEditor editor) {
                editor.reload();
            }
        } catch (PartInitException e) {
            page.getWorkbenchWindow().getShell().getDisplay().beep();
        }
    }

    /** Shows the file again (the report command writes it anew). */
    public void reload() {
        if (browser != null && !browser.isDisposed()) {
            browser.setUrl(address());
        }
    }

    /** The file's address as browsers want it ("file:///..."; WebKit shows nothing for Java's "file:/..."). */
    private String address() {
        URI uri = uri();
        return "file".equals(uri.getScheme()) ? java.nio.file.Path.of(uri).toUri().toString() : uri.toString();
    }

    /** The address shown. */
    public URI uri() {
        return ((IURIEditorInput) getEditorInput()).getURI();
    }

    /** The browser, or null without a browser engine (for tests). */
    public Browser browser() {
        return browser;
    }

    @Override
    public void setFocus() {
        parent.setFocus();
    }
}
