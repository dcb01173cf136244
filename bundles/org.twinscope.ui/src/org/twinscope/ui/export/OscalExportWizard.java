/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.export;

import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;

/** File > Export > Twinscope > OSCAL documents: a project's model as NIST OSCAL, as the command line writes it. */
public class OscalExportWizard extends Wizard implements IExportWizard {

    private OscalExportPage page;
    private IProject selected;

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        setWindowTitle("Export OSCAL Documents");
        setNeedsProgressMonitor(false);
        if (selection != null && selection.getFirstElement() instanceof IAdaptable adaptable) {
            IResource resource = adaptable.getAdapter(IResource.class);
            selected = resource == null ? null : resource.getProject();
        }
    }

    @Override
    public void addPages() {
        page = new OscalExportPage(selected);
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        IProject project = page.project();
        Path folder = page.folder();
        if (project == null || folder == null) {
            return false;
        }
        OscalExportJob.job(project, folder, page.force()).schedule();
        return true;
    }
}
