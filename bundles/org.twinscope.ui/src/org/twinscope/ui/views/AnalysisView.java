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
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.twinscope.dsl.load.ModelLoader;
import org.twinscope.dsl.load.Problem;
import org.twinscope.ui.language.ProjectAnalysis;

/**
 * A view that follows the active editor: when a .twin or .smm file becomes active, or a Twinscope file of its project
 * is saved, the project is analyzed in a job and the view shows the result. The UI thread never parses or analyzes.
 * While the model has errors the view keeps the last analysis of the project without errors, under a line that says
 * so.
 */
public abstract class AnalysisView extends ViewPart {

    private IProject project;
    private Job job;
    private volatile ProjectAnalysis latest;
    private ModelErrorsBanner banner;
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
        if (event.getResource() instanceof IProject closing) {
            ValidAnalyses.forget(closing); // closed or deleted: its model need not stay in memory
        }
        if (event.getType() == IResourceChangeEvent.POST_CHANGE && project != null && event.getDelta() != null
                && touches(event)) {
            schedule();
        }
    };

    @Override
    public final void createPartControl(Composite parent) {
        GridLayout layout = new GridLayout();
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        parent.setLayout(layout);
        banner = new ModelErrorsBanner(parent, getSite().getPage());
        Composite content = new Composite(parent, SWT.NONE);
        content.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        createControls(content);
        getSite().getPage().addPartListener(partListener);
        ResourcesPlugin.getWorkspace().addResourceChangeListener(saveListener,
                IResourceChangeEvent.POST_CHANGE | IResourceChangeEvent.PRE_CLOSE | IResourceChangeEvent.PRE_DELETE);
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

    /** The analysis shown (the last valid one while the model has errors), or null. */
    public ProjectAnalysis latest() {
        return latest;
    }

    /** The project the view follows, or null before a Twinscope file was active. */
    public IProject project() {
        return project;
    }

    /** The line that says the model has errors, "" while it has none (for tests). */
    public String errorBanner() {
        return banner.text();
    }

    /** Follows the error line's link to the Problems view (for tests, as a click would). */
    public void followErrorBannerLink() {
        banner.follow();
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
                        present(analysis);
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.setSystem(false);
        job.schedule(200); // coalesce bursts of saves
    }

    /** Shows a fresh analysis, or the last valid one while the model has errors, and says which. */
    private void present(ProjectAnalysis analysis) {
        ProjectAnalysis shown = ValidAnalyses.toShow(analysis);
        if (shown == analysis) {
            banner.hide();
        } else {
            banner.show(analysis.model().count(Problem.Severity.ERROR), shown != null);
        }
        latest = shown;
        if (shown != null) {
            show(shown);
        } else {
            showMessage("");
        }
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
