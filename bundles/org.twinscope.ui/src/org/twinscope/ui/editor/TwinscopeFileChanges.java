/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.editor;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

/**
 * Counts, from the workspace's change events, how often the Twinscope files of each project were added, removed or
 * saved, so that a parse can tell whether the files next to its document changed without walking the project (which
 * go to definition would do on each mouse move). Listens from its first use until {@link #stop()}.
 */
public final class TwinscopeFileChanges {

    private static final Map<IProject, AtomicLong> BY_PROJECT = new ConcurrentHashMap<>();
    private static final Map<IFile, AtomicLong> BY_FILE = new ConcurrentHashMap<>();
    private static final IResourceChangeListener LISTENER = TwinscopeFileChanges::count;
    private static boolean listening;

    private TwinscopeFileChanges() {
    }

    /**
     * A number that changes whenever a Twinscope file of the file's project other than the file itself is added,
     * removed or saved (the file's own saves do not matter to a parse of its document's text).
     */
    public static long ofOtherFiles(IFile file) {
        startListening();
        return counter(BY_PROJECT, file.getProject()).get() - counter(BY_FILE, file).get();
    }

    /** Stops listening (when the bundle stops). */
    public static synchronized void stop() {
        if (listening) {
            ResourcesPlugin.getWorkspace().removeResourceChangeListener(LISTENER);
            listening = false;
        }
    }

    private static synchronized void startListening() {
        if (!listening) {
            ResourcesPlugin.getWorkspace().addResourceChangeListener(LISTENER, IResourceChangeEvent.POST_CHANGE);
            listening = true;
        }
    }

    private static void count(IResourceChangeEvent event) {
        if (event.getDelta() == null) {
            return;
        }
        try {
            event.getDelta().accept(delta -> {
                IResource resource = delta.getResource();
                if (resource instanceof IProject project && (delta.getFlags() & IResourceDelta.OPEN) != 0) {
                    counter(BY_PROJECT, project).incrementAndGet(); // opened or closed: all its files came or went
                } else if (resource instanceof IFile file && EditorResources.isModelFile(file) && matters(delta)) {
                    // the project's count and the file's together, so the file's own saves cancel out
                    counter(BY_PROJECT, file.getProject()).incrementAndGet();
                    counter(BY_FILE, file).incrementAndGet();
                }
                return true;
            });
        } catch (CoreException e) {
            // not thrown: the visitor throws nothing
        }
    }

    private static boolean matters(IResourceDelta delta) {
        return delta.getKind() != IResourceDelta.CHANGED
                || (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0;
    }

    private static <K> AtomicLong counter(Map<K, AtomicLong> counters, K key) {
        return counters.computeIfAbsent(key, k -> new AtomicLong());
    }
}
