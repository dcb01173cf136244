/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.report;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.twinscope.ui.views.AnalysisView;

/**
 * The project a command about "the current project" acts on, as the user sees it: the active editor's file's, the
 * project an analysis view shows, or the one of the resource selected in a navigator; else the active editor's.
 */
final class ReportProject {

    private ReportProject() {
    }

    /** The project, or null when neither the active part, the selection nor an editor names one. */
    static IProject of(ExecutionEvent event) {
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        IProject project = ofPart(part);
        if (project == null && HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
                && selection.getFirstElement() instanceof IAdaptable adaptable) {
            IResource resource = adaptable.getAdapter(IResource.class);
            project = resource == null ? null : resource.getProject();
        }
        if (project == null) {
            project = ofPart(HandlerUtil.getActiveEditor(event));
        }
        return project;
    }

    private static IProject ofPart(IWorkbenchPart part) {
        if (part instanceof IEditorPart editor && editor.getEditorInput() instanceof IFileEditorInput input) {
            return input.getFile().getProject();
        }
        if (part instanceof AnalysisView view) {
            return view.project();
        }
        return null;
    }
}
