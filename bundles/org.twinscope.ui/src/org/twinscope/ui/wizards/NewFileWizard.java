/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.wizards.newresource.BasicNewFileResourceWizard;

/** A new Twinscope file with a small, valid starting content. */
abstract class NewFileWizard extends BasicNewFileResourceWizard {

    private final String extension;
    private final String title;

    NewFileWizard(String extension, String title) {
        this.extension = extension;
        this.title = title;
    }

    /** The initial text of a file with that base name. */
    abstract String template(String baseName);

    @Override
    public void addPages() {
        WizardNewFileCreationPage page = new WizardNewFileCreationPage("file", getSelection()) {
            @Override
            protected InputStream getInitialContents() {
                String name = getFileName();
                String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
                return new ByteArrayInputStream(template(base.replaceAll("[^A-Za-z0-9_]", ""))
                        .getBytes(StandardCharsets.UTF_8));
            }
        };
        page.setTitle(title);
        page.setDescription("Create a new ." + extension + " file.");
        page.setFileExtension(extension);
        page.setFileName("new." + extension);
        addPage(page);
        setWindowTitle(title);
    }

    @Override
    public boolean performFinish() {
        WizardNewFileCreationPage page = (WizardNewFileCreationPage) getPage("file");
        var file = page.createNewFile();
        if (file == null) {
            return false;
        }
        selectAndReveal(file);
        try {
            org.eclipse.ui.ide.IDE.openEditor(getWorkbench().getActiveWorkbenchWindow().getActivePage(), file);
        } catch (org.eclipse.ui.PartInitException e) {
            return true; // the file exists; opening it is a convenience
        }
        return true;
    }
}
