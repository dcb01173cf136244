/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.wizards;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * The one page of the new-project wizard: the project's name, where it lives, and what it starts with (an empty
 * project or one of the examples, each with what it is). Nothing is chosen for the user: Finish waits for a choice,
 * so that Enter after typing a name does not copy an example the user never saw.
 */
final class NewProjectPage extends WizardPage {

    /** The entry for a project without an example (with a starter system file). */
    static final String EMPTY = "Empty project";

    private static final String ENTER_NAME = "Enter a project name.";
    private static final String CHOOSE_START = "Choose what the project starts with: an empty project or an example.";

    private Text name;
    private Button defaultLocation;
    private Text location;
    private Button browse;
    private Table starts;
    private boolean nameTyped;
    private boolean suggesting;

    NewProjectPage() {
        super("project", "Twinscope Project", null);
        setDescription("A project for a digital twin system: name it and choose what it starts with.");
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(3, false));

        new Label(page, SWT.NONE).setText("Project name:");
        name = new Text(page, SWT.BORDER);
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        name.addListener(SWT.Modify, e -> {
            if (!suggesting) {
                nameTyped = true;
            }
            update();
        });

        defaultLocation = new Button(page, SWT.CHECK);
        defaultLocation.setText("Use the default location (in the workspace)");
        defaultLocation.setSelection(true);
        defaultLocation.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        defaultLocation.addListener(SWT.Selection, e -> update());
        new Label(page, SWT.NONE).setText("Location:");
        location = new Text(page, SWT.BORDER);
        location.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        location.addListener(SWT.Modify, e -> validate());
        browse = new Button(page, SWT.PUSH);
        browse.setText("Browse...");
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog dialog = new DirectoryDialog(getShell());
            dialog.setFilterPath(location.getText());
            String chosen = dialog.open();
            if (chosen != null) {
                location.setText(chosen);
            }
        });

        Label startLabel = new Label(page, SWT.NONE);
        startLabel.setText("Start with:");
        startLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        starts = new Table(page, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        GridData startsData = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
        startsData.heightHint = 110;
        starts.setLayoutData(startsData);
        TableColumn what = new TableColumn(starts, SWT.LEFT);
        what.setWidth(150);
        TableColumn description = new TableColumn(starts, SWT.LEFT);
        description.setWidth(560);
        add(EMPTY, "Only a small system file to start writing your own system in.");
        for (String example : Examples.names()) {
            add(example, Examples.description(example));
        }
        starts.addListener(SWT.Selection, e -> {
            // an untouched name follows the example chosen; a name the user typed stays
            String chosen = start();
            if (!nameTyped && chosen != null && !EMPTY.equals(chosen)) {
                suggesting = true;
                name.setText(chosen);
                suggesting = false;
            }
            update();
        });
        setControl(page);
        update();
        name.setFocus();
    }

    private void add(String start, String description) {
        TableItem item = new TableItem(starts, SWT.NONE);
        item.setText(new String[] { start, description });
        item.setData(start);
    }

    /** Shows the default location while it is used (its text follows the name), then validates. */
    private void update() {
        boolean custom = !defaultLocation.getSelection();
        location.setEnabled(custom);
        browse.setEnabled(custom);
        if (!custom) {
            String shown = ResourcesPlugin.getWorkspace().getRoot().getLocation().append(name.getText().strip())
                    .toOSString();
            if (!shown.equals(location.getText())) {
                location.setText(shown); // validates through the location's listener
                return;
            }
        }
        validate();
    }

    private void validate() {
        String problem = problem();
        setErrorMessage(null);
        setMessage(null);
        // what is still to do is a hint; what cannot work (a bad name or location) is an error
        if (ENTER_NAME.equals(problem) || CHOOSE_START.equals(problem)) {
            setMessage(problem, INFORMATION);
        } else if (problem != null) {
            setErrorMessage(problem);
        }
        setPageComplete(problem == null);
    }

    /** What stops Finish, in words, or null. */
    private String problem() {
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        String projectName = name.getText().strip();
        if (projectName.isEmpty()) {
            return ENTER_NAME;
        }
        IStatus valid = workspace.validateName(projectName, IResource.PROJECT);
        if (!valid.isOK()) {
            return valid.getMessage();
        }
        IProject project = workspace.getRoot().getProject(projectName);
        if (project.exists()) {
            return "A project named " + projectName + " exists already.";
        }
        if (!defaultLocation.getSelection()) {
            if (location.getText().isBlank()) {
                return "Enter a location, or use the default one.";
            }
            IStatus where = workspace.validateProjectLocation(project, IPath.fromOSString(location.getText()));
            if (!where.isOK()) {
                return where.getMessage();
            }
        }
        if (start() == null) {
            return CHOOSE_START;
        }
        return null;
    }

    /** The project's name. */
    String projectName() {
        return name.getText().strip();
    }

    /** Where the project lives, or null for the default location. */
    IPath location() {
        return defaultLocation.getSelection() ? null : IPath.fromOSString(location.getText());
    }

    /** {@link #EMPTY} or an example's name; null while nothing is chosen. */
    String start() {
        TableItem[] selection = starts.getSelection();
        return selection.length == 0 ? null : (String) selection[0].getData();
    }
}
