/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.views;

import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.twinscope.dsl.load.ModelLoader;
import org.twinscope.ui.language.ProjectAnalysis;

/**
 * A view that follows the active editor: when a .twin or .smm file becomes active, or a Twinscope file of its project
 * is saved, the project is analyzed in a job and the view shows the result. The UI thread never parses or analyzes.
 */
public abstract class AnalysisView extends ViewPart {

    private IProject project;
    private Job job;
    private volatile ProjectAnalysis latest;
    /** Counts the analyses asked for (from part and resource events), so that only the latest one is shown. */
    private final AtomicInteger generation = new AtomicInteger();

    private final IPartListener2 partListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            if (reference.getPart(false) instanceof IEditorPart editor) {
                follow(editor);
            }
        }
    };

    private final IResourceChangeListener saveListener = event -> {
        if (event.getType() == IResourceChangeEvent.POST_CHANGE && project != null && event.getDelta() != null
                && touches(event)) {
            schedule();
        }
    };

    @Override
    public final void createPartControl(Composite parent) {
        createControls(parent);
        getSite().getPage().addPartListener(partListener);
        ResourcesPlugin.getWorkspace().addResourceChangeListener(saveListener, IResourceChangeEvent.POST_CHANGE);
        IEditorPart active = getSite().getPage().getActiveEditor();
        if (active != null) {
            follow(active);
        } else {
            showMessage("Open a .twin or .smm file to see its project here.");
        }
    }

    /** Builds the view's widgets. */
    protected abstract void createControls(Composite parent);

    /** Shows an analysis (on the UI thread). */
    protected abstract void show(ProjectAnalysis analysis);

    /** Shows a message instead of content (on the UI thread). */
    protected abstract void showMessage(String message);

    /** The analysis shown, or null. */
    public ProjectAnalysis latest() {
        return latest;
    }

    /** Whether an analysis is being computed (for tests). */
    public boolean isBusy() {
        return job != null && job.getState() != Job.NONE;
    }

    private void follow(IEditorPart editor) {
        if (editor.getEditorInput() instanceof IFileEditorInput input) {
            IFile file = input.getFile();
            if (ModelLoader.isTwinscopeExtension(file.getFileExtension())) {
                project = file.getProject();
                schedule();
            }
        }
    }

    private void schedule() {
        IProject target = project;
        if (job != null) {
            job.cancel();
        }
        int requested = generation.incrementAndGet();
        job = Job.create("Analyzing Twinscope project " + target.getName(), (IProgressMonitor monitor) -> {
            ProjectAnalysis analysis = ProjectAnalysis.of(target);
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            Display display = getSite().getShell().getDisplay();
            if (!display.isDisposed()) {
                display.asyncExec(() -> {
                    // a job cancelled while its result was on the way must not replace a newer one
                    if (!getSite().getShell().isDisposed() && requested == generation.get()) {
                        latest = analysis;
                        show(analysis);
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.setSystem(false);
        job.schedule(200); // coalesce bursts of saves
    }

    private boolean touches(IResourceChangeEvent event) {
        boolean[] found = { false };
        try {
            event.getDelta().accept(delta -> {
                if (delta.getResource() instanceof IFile file && file.getProject().equals(project)
                        && ModelLoader.isTwinscopeExtension(file.getFileExtension())) {
                    found[0] = true;
                }
                return !found[0];
            });
        } catch (CoreException e) {
            return false;
        }
        return found[0];
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(partListener);
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(saveListener);
        if (job != null) {
            job.cancel();
        }
        super.dispose();
    }
}
