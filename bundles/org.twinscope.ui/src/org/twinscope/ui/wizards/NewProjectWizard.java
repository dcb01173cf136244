/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.wizards;

import java.lang.reflect.InvocationTargetException;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.wizards.newresource.BasicNewProjectResourceWizard;
import org.twinscope.ui.builder.TwinscopeNature;

/** A new Twinscope project (with the validating builder), empty or with the files of one of the examples. */
public class NewProjectWizard extends BasicNewProjectResourceWizard {

    static final String EMPTY = "(empty project)";

    private ExamplePage examplePage;

    @Override
    public void addPages() {
        super.addPages();
        examplePage = new ExamplePage();
        addPage(examplePage);
        setWindowTitle("New Twinscope Project");
    }

    @Override
    public boolean performFinish() {
        if (!super.performFinish()) {
            return false;
        }
        IProject project = getNewProject();
        String example = examplePage.example();
        try {
            getContainer().run(true, false, new WorkspaceModifyOperation() {
                @Override
                protected void execute(org.eclipse.core.runtime.IProgressMonitor monitor) throws CoreException {
                    TwinscopeNature.addTo(project);
                    if (!EMPTY.equals(example)) {
                        try {
                            Examples.copyInto(example, project);
                        } catch (java.io.IOException e) {
                            throw new CoreException(org.eclipse.core.runtime.Status.error(
                                    "Could not copy example " + example + ": " + e.getMessage(), e));
                        }
                    }
                }
            });
        } catch (InvocationTargetException e) {
            MessageDialog.openError(getShell(), "Twinscope project", e.getCause().getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return true;
    }

    /** Chooses an example to start from. */
    static final class ExamplePage extends WizardPage {
        private Combo examples;

        ExamplePage() {
            super("example", "Start from an example", null);
            setDescription("Copy the files of an example system, or start empty.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite composite = new Composite(parent, SWT.NONE);
            composite.setLayout(new GridLayout(2, false));
            new Label(composite, SWT.NONE).setText("Example:");
            examples = new Combo(composite, SWT.READ_ONLY);
            List<String> names = new java.util.ArrayList<>(List.of(EMPTY));
            names.addAll(Examples.names());
            examples.setItems(names.toArray(String[]::new));
            examples.select(names.size() > 1 ? 1 : 0);
            setControl(composite);
        }

        String example() {
            return examples == null ? EMPTY : examples.getText();
        }
    }
}
