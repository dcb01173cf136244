/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.ide.server;

import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.common.collect.Iterables;
import com.google.inject.Singleton;

/**
 * Xtext's workspace manager, whose first build of the workspace waits until the client has the server's
 * capabilities. Xtext builds every file inside the {@code initialize} request and holds all diagnostics back until
 * the client's {@code initialized} notification, so on a workspace of thousands of files an editor sees nothing for
 * as long as the whole build takes. Here {@code initialize} only records the workspace folders; the server then runs
 * the build as the first write request after {@code initialized} (see {@link WorkingDirectoryWorkspaceServer}), and
 * publishes each file's diagnostics as soon as it is validated. Every request the client sends after
 * {@code initialized} queues behind that build, so none of them sees a half-read workspace.
 */
@Singleton
public class DeferredInitialBuildWorkspaceManager extends WorkspaceManager {

    private boolean initialBuildDone;

    @Override
    protected void refreshWorkspaceConfig(CancelIndicator cancelIndicator) {
        if (initialBuildDone) {
            super.refreshWorkspaceConfig(cancelIndicator);
        }
    }

    /** How many Twinscope files the workspace's projects hold, as last built. */
    public int fileCount() {
        int files = 0;
        for (ProjectManager project : getProjectManagers()) {
            files += Iterables.size(project.getIndexState().getResourceDescriptions().getAllResourceDescriptions());
        }
        return files;
    }

    /**
     * Reads and validates the workspace recorded by {@code initialize}, once. Not cancellable: a request that
     * arrives meanwhile waits for it, as it waited for {@code initialize} before.
     */
    public void runInitialBuild() {
        if (!initialBuildDone) {
            initialBuildDone = true;
            super.refreshWorkspaceConfig(CancelIndicator.NullImpl);
        }
    }
}
