/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.editor;

import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;

/**
 * Background work on an editor's text whose result is shown on the UI thread only if the text has not changed in
 * the meantime (a newer job then brings the result for the newer text).
 */
public final class TextJobs {

    private TextJobs() {
    }

    /**
     * A system job that computes from the text in the background and hands the result to {@code show} on the UI
     * thread, unless the job was cancelled, the editor closed or the text changed.
     */
    public static <T> Job create(String name, ITextViewer viewer, String text, Function<IProgressMonitor, T> compute,
            Consumer<T> show) {
        Job job = Job.create(name, monitor -> {
            T result = compute.apply(monitor);
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            StyledText widget = viewer.getTextWidget();
            Display display = widget == null || widget.isDisposed() ? null : widget.getDisplay();
            if (display != null && !display.isDisposed()) {
                display.asyncExec(() -> {
                    if (viewer.getTextWidget() != null && !viewer.getTextWidget().isDisposed()
                            && viewer.getDocument() != null && text.equals(viewer.getDocument().get())) {
                        show.accept(result);
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        return job;
    }
}
