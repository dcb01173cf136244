/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.ide.IDE;
import org.twinscope.ui.builder.TwinscopeNature;
import org.twinscope.ui.language.ProjectFiles;
import org.twinscope.ui.views.ScopeDiagramView;

/**
 * A new Twinscope project (with the validating builder), empty or with the files of one of the examples, on one page;
 * after Finish its system file opens in the editor, next to the Scope Diagram.
 */
public class NewProjectWizard extends Wizard implements INewWizard {

    private IWorkbench workbench;
    private NewProjectPage page;
    private IProject created;

    @Override
    public void init(IWorkbench newWorkbench, IStructuredSelection selection) {
        workbench = newWorkbench;
        setWindowTitle("New Twinscope Project");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        page = new NewProjectPage();
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(page.projectName());
        IPath location = page.location();
        String start = page.start();
        try {
            getContainer().run(true, false, new WorkspaceModifyOperation() {
                @Override
                protected void execute(IProgressMonitor monitor) throws CoreException {
                    create(project, location, start, SubMonitor.convert(monitor, "Creating " + project.getName(), 4));
                }
            });
        } catch (InvocationTargetException e) {
            MessageDialog.openError(getShell(), "New Twinscope Project", e.getCause().getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        created = project;
        openSystemFile(project);
        return true;
    }

    /** The project Finish created, or null (for tests). */
    public IProject created() {
        return created;
    }

    private static void create(IProject project, IPath location, String start, SubMonitor progress)
            throws CoreException {
        IProjectDescription description = project.getWorkspace().newProjectDescription(project.getName());
        description.setLocation(location);
        project.create(description, progress.split(1));
        project.open(progress.split(1));
        TwinscopeNature.addTo(project);
        progress.worked(1);
        if (NewProjectPage.EMPTY.equals(start)) {
            String system = project.getName().replaceAll("[^A-Za-z0-9_]", "");
            IFile file = project.getFile((system.isEmpty() ? "system" : system) + ".twin");
            file.create(new ByteArrayInputStream(NewTwinFileWizard.starterSystem(system)
                    .getBytes(StandardCharsets.UTF_8)), true, progress.split(1));
        } else {
            try {
                Examples.copyInto(start, project);
            } catch (IOException e) {
                throw new CoreException(Status.error("Could not copy example " + start + ": " + e.getMessage(), e));
            }
        }
    }

    /** Opens the project's system file and shows its diagram: what the user wants to see of a new project. */
    private void openSystemFile(IProject project) {
        IWorkbenchPage active = workbench == null || workbench.getActiveWorkbenchWindow() == null ? null
                : workbench.getActiveWorkbenchWindow().getActivePage();
        if (active == null) {
            return;
        }
        IFile twin = ProjectFiles.of(project).stream().filter(f -> "twin".equals(f.getFileExtension()))
                .sorted((a, b) -> a.getName().compareTo(b.getName())).findFirst().orElse(null);
        try {
            if (twin != null) {
                IDE.openEditor(active, twin);
            }
            active.showView(ScopeDiagramView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            // the project exists; opening its file is a convenience
        }
    }
}
