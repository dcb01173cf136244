/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.ide.server;

import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerLauncher;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.WorkspaceManager;

import com.google.inject.util.Modules;

/**
 * The Twinscope language server over standard input and output, for any LSP client (VS Code, Neovim, Emacs, ...).
 * The language is found through META-INF/services/org.eclipse.xtext.ISetup. Options: -log (log to a file),
 * -trace (trace messages to standard error), -noValidate. A client that names no workspace folder gets the folder the
 * server was started in (see {@link WorkingDirectoryWorkspaceServer}).
 */
public final class TwinscopeLanguageServer {

    private TwinscopeLanguageServer() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.err.println("Usage: twinscope lsp [-log] [-trace] [-noValidate]");
            System.err.println("Speaks the Language Server Protocol on standard input and output for .twin and"
                    + " .smm files.");
            return;
        }
        ServerLauncher.launch(TwinscopeLanguageServer.class.getName(), args, Modules.override(new ServerModule())
                .with(binder -> {
                    binder.bind(LanguageServerImpl.class).to(WorkingDirectoryWorkspaceServer.class);
                    binder.bind(WorkspaceManager.class).to(DeferredInitialBuildWorkspaceManager.class);
                }));
    }
}
