/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.language;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.twinscope.dsl.load.ModelLoader;

/**
 * Counts, from the workspace's change events, how often the Twinscope files of each project were added, removed or
 * saved, so that a parse can tell whether the files next to its document changed without walking the project (which
 * go to definition would do on each mouse move). Listens from its first use until {@link #stop()}.
 */
public final class TwinscopeFileChanges {

    // counted and read under the class's lock: a reader must never see a file's save in the project's count but not
    // yet in the file's, or a later change of another file would go unnoticed
    private static final Map<IProject, Long> BY_PROJECT = new HashMap<>();
    private static final Map<IFile, Long> BY_FILE = new HashMap<>();
    private static final IResourceChangeListener LISTENER = TwinscopeFileChanges::count;
    private static boolean listening;

    private TwinscopeFileChanges() {
    }

    /**
     * A number that changes whenever a Twinscope file of the file's project other than the file itself is added,
     * removed or saved (the file's own saves do not matter to a parse of its document's text).
     */
    public static synchronized long ofOtherFiles(IFile file) {
        listen();
        return BY_PROJECT.getOrDefault(file.getProject(), 0L) - BY_FILE.getOrDefault(file, 0L);
    }

    /** A number that changes whenever a Twinscope file of the project is added, removed or saved. */
    public static synchronized long ofProject(IProject project) {
        listen();
        return BY_PROJECT.getOrDefault(project, 0L);
    }

    private static void listen() {
        if (!listening) {
            ResourcesPlugin.getWorkspace().addResourceChangeListener(LISTENER, IResourceChangeEvent.POST_CHANGE);
            listening = true;
        }
    }

    /** Stops listening (when the bundle stops). */
    public static synchronized void stop() {
        if (listening) {
            ResourcesPlugin.getWorkspace().removeResourceChangeListener(LISTENER);
            listening = false;
        }
    }

    private static void count(IResourceChangeEvent event) {
        if (event.getDelta() == null) {
            return;
        }
        try {
            event.getDelta().accept(TwinscopeFileChanges::count);
        } catch (CoreException e) {
            // not thrown: the visitor throws nothing
        }
    }

    private static synchronized boolean count(IResourceDelta delta) {
        IResource resource = delta.getResource();
        if (resource instanceof IProject project && (delta.getFlags() & IResourceDelta.OPEN) != 0) {
            BY_PROJECT.merge(project, 1L, Long::sum); // opened or closed: all its files came or went
        } else if (resource instanceof IFile file && ProjectFiles.isModelFile(file) && matters(delta)) {
            // the project's count and the file's together, so that the file's own saves cancel out
            BY_PROJECT.merge(file.getProject(), 1L, Long::sum);
            if (delta.getKind() == IResourceDelta.REMOVED) {
                BY_FILE.remove(file); // only its own document's stamp subtracts it, and that document is gone
            } else {
                BY_FILE.merge(file, 1L, Long::sum);
            }
        }
        return !(resource instanceof IFolder folder && ModelLoader.isOutsideTheModel(folder.getName()));
    }

    private static boolean matters(IResourceDelta delta) {
        return delta.getKind() != IResourceDelta.CHANGED
                || (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0;
    }
}
