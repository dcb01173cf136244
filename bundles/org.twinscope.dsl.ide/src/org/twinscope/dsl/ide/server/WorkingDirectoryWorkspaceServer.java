/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.ide.server;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

/**
 * Xtext's language server that answers {@code initialize} at once and builds the workspace right after
 * {@code initialized}, publishing diagnostics file by file (see {@link DeferredInitialBuildWorkspaceManager}), and that
 * takes the folder it was started in as the workspace when the client names none (no
 * rootUri, rootPath or workspace folders, as simple clients and single-file editors do). Xtext serves only files of
 * a workspace project; without this, such a client would get no diagnostics, completion or navigation at all.
 */
public class WorkingDirectoryWorkspaceServer extends LanguageServerImpl {

    /** What the client said in {@code initialize}: whether it shows progress of the first build. */
    private InitializeParams initializeParams;

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        boolean noFolders = params.getWorkspaceFolders() == null || params.getWorkspaceFolders().isEmpty();
        @SuppressWarnings("deprecation")
        boolean noRoot = params.getRootUri() == null && params.getRootPath() == null;
        if (noFolders && noRoot) {
            Path workingDirectory = Path.of("").toAbsolutePath();
            String uri = workingDirectory.toUri().toString();
            params.setRootUri(uri);
            params.setWorkspaceFolders(List.of(new WorkspaceFolder(uri, workingDirectory.getFileName() == null
                    ? uri : workingDirectory.getFileName().toString())));
        }
        initializeParams = params;
        return super.initialize(params);
    }

    @Override
    public void initialized(InitializedParams params) {
        super.initialized(params);
        // the build is the non-cancellable part of a write request: later writes (didOpen, didChange) and reads queue
        // behind it and cannot cancel it half-way
        if (getWorkspaceManager() instanceof DeferredInitialBuildWorkspaceManager workspace) {
            getRequestManager().runWrite(() -> {
                InitialBuildProgress progress = InitialBuildProgress.create(getLanguageClient(), initializeParams);
                if (progress != null) {
                    progress.begin();
                }
                try {
                    workspace.runInitialBuild();
                } finally {
                    if (progress != null) {
                        progress.end(workspace.fileCount());
                    }
                }
                return null;
            }, (cancelIndicator, ignored) -> null);
        }
    }
}
