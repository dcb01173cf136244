/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client that names no workspace (no rootUri, no workspace folders), as single-file editors do: the server serves
 * the folder it was started in, with references across its files.
 */
class ServerWithoutWorkspaceTest {

    private static final long TIMEOUT_SECONDS = 60;

    @TempDir
    Path folder;

    @Test
    void servesTheFolderItWasStartedIn() throws Exception {
        Files.writeString(folder.resolve("line.twin"), """
                system Line {
                	organization Plant
                	boundary Site kind site owner Plant { asset Filler kind machine }
                }
                """);
        String targets = """
                profile Targets for Line {
                	target AccessControl consistent on Filler, Ghost
                }
                """;
        Path targetsFile = folder.resolve("targets.smm");
        Files.writeString(targetsFile, targets);
        ServerProcess serverProcess = new ServerProcess(folder);
        try {
            InitializeParams init = new InitializeParams();
            init.setCapabilities(new ClientCapabilities());
            serverProcess.server.initialize(init).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            serverProcess.server.initialized(new InitializedParams());
            String uri = targetsFile.toUri().toString();
            serverProcess.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                    new TextDocumentItem(uri, "smm", 1, targets)));
            List<Diagnostic> diagnostics = serverProcess.client.diagnostics(uri, d -> !d.isEmpty(),
                    TIMEOUT_SECONDS);
            List<String> messages = diagnostics.stream().map(d -> d.getMessage().isLeft() ? d.getMessage().getLeft()
                    : d.getMessage().getRight().getValue()).toList();
            assertTrue(messages.stream().anyMatch(m -> m.contains("Ghost")), "the unknown element is reported: "
                    + messages);
            assertTrue(messages.stream().noneMatch(m -> m.contains("Filler") || m.contains("'Line'")),
                    "the system in the other file resolves: " + messages);
        } finally {
            serverProcess.stop(TIMEOUT_SECONDS);
        }
    }
}
