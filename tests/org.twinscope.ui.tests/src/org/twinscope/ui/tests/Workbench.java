/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.tests;

import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.twinscope.ui.builder.TwinscopeBuilder;
import org.twinscope.ui.builder.TwinscopeNature;
import org.twinscope.ui.wizards.Examples;

/** Helpers for tests that drive the workbench: projects from examples, waiting while the UI keeps running. */
final class Workbench {

    private Workbench() {
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** A fresh workspace project with the files of an example and the Twinscope nature. */
    static IProject exampleProject(String name, String example) throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (project.exists()) {
            project.delete(true, true, null);
        }
        project.create(null);
        project.open(null);
        TwinscopeNature.addTo(project);
        Examples.copyInto(example, project);
        return project;
    }

    /** Runs the event loop until the condition holds; fails after the timeout. */
    static void waitUntil(String what, BooleanSupplier condition, long timeoutMillis) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + timeoutMillis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("timed out after " + timeoutMillis + " ms waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Waits until no build or other job runs any more, keeping the UI alive. */
    static void waitForJobs(long timeoutMillis) {
        waitUntil("background jobs to finish", () -> Job.getJobManager().isIdle(), timeoutMillis);
    }

    static IMarker[] errors(IFile file) throws CoreException {
        return java.util.Arrays.stream(file.findMarkers(TwinscopeBuilder.MARKER, true, IResource.DEPTH_ZERO))
                .filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR)
                .toArray(IMarker[]::new);
    }
}
