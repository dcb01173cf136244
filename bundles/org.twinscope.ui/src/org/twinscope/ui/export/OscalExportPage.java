/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.export;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.twinscope.ui.language.ProjectFiles;

/** Which project, into which folder (by default oscal/ in the project), and whether beside other files. */
final class OscalExportPage extends WizardPage {

    private final IProject initial;
    private List<IProject> projects;
    private Combo projectCombo;
    private Text folderText;
    private Button forceButton;
    private boolean folderEdited;

    OscalExportPage(IProject initial) {
        super("oscal");
        this.initial = initial;
        setTitle("OSCAL documents");
        setDescription("The SMM catalog, profiles, assessment results and plans of a project as NIST OSCAL 1.1.1 "
                + "JSON, one file each.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(3, false));
        new Label(body, SWT.NONE).setText("&Project:");
        projectCombo = new Combo(body, SWT.READ_ONLY);
        projectCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        projects = Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects())
                .filter(p -> p.isOpen() && !ProjectFiles.of(p).isEmpty()).toList();
        projects.forEach(p -> projectCombo.add(p.getName()));
        new Label(body, SWT.NONE).setText("&Folder:");
        folderText = new Text(body, SWT.BORDER);
        folderText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button browse = new Button(body, SWT.PUSH);
        browse.setText("B&rowse...");
        forceButton = new Button(body, SWT.CHECK);
        forceButton.setText("Write &beside other files in the folder (they are kept, never deleted)");
        forceButton.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        int index = initial == null ? 0 : Math.max(projects.indexOf(initial), 0);
        if (!projects.isEmpty()) {
            projectCombo.select(index);
            folderText.setText(defaultFolder(projects.get(index)).toString());
        }
        projectCombo.addListener(SWT.Selection, e -> {
            if (!folderEdited && project() != null) {
                folderText.setText(defaultFolder(project()).toString());
                folderEdited = false;
            }
            validate();
        });
        folderText.addListener(SWT.Modify, e -> {
            folderEdited = folderText.isFocusControl();
            validate();
        });
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog dialog = new DirectoryDialog(getShell());
            dialog.setFilterPath(folderText.getText());
            String chosen = dialog.open();
            if (chosen != null) {
                folderText.setText(chosen);
                folderEdited = true;
            }
        });
        setControl(body);
        validate();
    }

    private static Path defaultFolder(IProject project) {
        return Path.of(project.getLocation().toOSString(), "oscal");
    }

    private void validate() {
        String message = projects.isEmpty() ? "No open project has Twinscope files."
                : folderText.getText().isBlank() ? "Choose the folder to write to." : null;
        setErrorMessage(message);
        setPageComplete(message == null);
    }

    IProject project() {
        int index = projectCombo.getSelectionIndex();
        return index < 0 ? null : projects.get(index);
    }

    Path folder() {
        return folderText.getText().isBlank() ? null : Path.of(folderText.getText().strip());
    }

    boolean force() {
        return forceButton.getSelection();
    }
}
