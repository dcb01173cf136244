/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.ide.server;

import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Tells a client that supports work-done progress that the server is reading the workspace, and when it is done and
 * how many files it read, so that an editor shows why completion or diagnostics do not come yet in a large
 * workspace. Clients that do not support it are told nothing.
 */
final class InitialBuildProgress {

    private static final String TOKEN = "twinscope-initial-build";

    private final LanguageClient client;

    private InitialBuildProgress(LanguageClient client) {
        this.client = client;
    }

    /** Progress for this client, or null when it does not support work-done progress or refuses the token. */
    static InitialBuildProgress create(LanguageClient client, InitializeParams params) {
        WindowClientCapabilities window = params == null || params.getCapabilities() == null ? null
                : params.getCapabilities().getWindow();
        if (client == null || window == null || !Boolean.TRUE.equals(window.getWorkDoneProgress())) {
            return null;
        }
        try {
            client.createProgress(new WorkDoneProgressCreateParams(Either.forLeft(TOKEN))).get(10, TimeUnit.SECONDS);
            return new InitialBuildProgress(client);
        } catch (Exception e) { // NOPMD: a client that cannot show progress still gets everything else
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return null;
        }
    }

    void begin() {
        WorkDoneProgressBegin begin = new WorkDoneProgressBegin();
        begin.setTitle("Twinscope");
        begin.setMessage("reading the workspace");
        begin.setCancellable(false);
        client.notifyProgress(new ProgressParams(Either.forLeft(TOKEN), Either.forLeft(begin)));
    }

    void end(int files) {
        WorkDoneProgressEnd end = new WorkDoneProgressEnd();
        end.setMessage(files == 1 ? "read 1 file" : "read " + files + " files");
        client.notifyProgress(new ProgressParams(Either.forLeft(TOKEN), Either.forLeft(end)));
    }
}
