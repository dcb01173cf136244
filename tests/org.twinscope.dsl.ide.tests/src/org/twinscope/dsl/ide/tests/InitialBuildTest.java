/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server answers {@code initialize} before it reads the workspace and builds it right after {@code initialized}.
 * What an editor sends at once after {@code initialized} (opening a file, asking where a name is defined) must still
 * see every file of the workspace, and that early request must not cut the first build short: every file gets its
 * diagnostics, including the one with an error that no editor has open. A client that shows work-done progress is told
 * that the server reads the workspace, and how many files it read.
 */
class InitialBuildTest {

    private static final long TIMEOUT_SECONDS = 120;
    private static final int SYSTEMS = 150;

    @TempDir
    Path workspace;

    @Test
    void requestsRightAfterInitializedSeeTheWholeWorkspace() throws Exception {
        for (int i = 0; i < SYSTEMS; i++) {
            Files.writeString(workspace.resolve("line" + i + ".twin"), system(i));
            Files.writeString(workspace.resolve("targets" + i + ".smm"), targets(i, i == SYSTEMS - 1 ? "Ghost"
                    : "Filler"));
        }
        ServerProcess serverProcess = new ServerProcess(workspace);
        try {
            InitializeParams init = new InitializeParams();
            init.setRootUri(workspace.toUri().toString());
            init.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "portfolio")));
            ClientCapabilities capabilities = new ClientCapabilities();
            WindowClientCapabilities window = new WindowClientCapabilities();
            window.setWorkDoneProgress(true);
            capabilities.setWindow(window);
            init.setCapabilities(capabilities);
            serverProcess.server.initialize(init).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            serverProcess.server.initialized(new InitializedParams());
            int opened = SYSTEMS / 2;
            String openedUri = workspace.resolve("targets" + opened + ".smm").toUri().toString();
            serverProcess.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                    new TextDocumentItem(openedUri, "smm", 1, targets(opened, "Filler"))));
            Either<List<? extends Location>, List<? extends LocationLink>> definition = serverProcess.server
                    .getTextDocumentService().definition(new DefinitionParams(new TextDocumentIdentifier(openedUri),
                            new Position(0, ("profile Targets" + opened + " for Li").length())))
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            assertEquals(workspace.resolve("line" + opened + ".twin").toUri().toString(),
                    definition.getLeft().get(0).getUri(), "the system of the opened profile is found in its file");

            assertEquals(2 * SYSTEMS, serverProcess.client.awaitDocuments(2 * SYSTEMS, TIMEOUT_SECONDS),
                    "every file of the workspace gets diagnostics");
            String brokenUri = workspace.resolve("targets" + (SYSTEMS - 1) + ".smm").toUri().toString();
            List<Diagnostic> broken = serverProcess.client.diagnostics(brokenUri, d -> !d.isEmpty(),
                    TIMEOUT_SECONDS);
            assertTrue(broken.stream().anyMatch(d -> d.getMessage().getLeft().contains("Ghost")), broken.toString());
            assertTrue(serverProcess.client.diagnostics(openedUri, List::isEmpty, TIMEOUT_SECONDS).isEmpty(),
                    "the opened profile's references resolve into the other files");
            assertEquals(List.of("create", "begin: reading the workspace", "end: read " + 2 * SYSTEMS + " files"),
                    serverProcess.client.progressUntilEnd(TIMEOUT_SECONDS), "the client was told what the server did");
        } finally {
            serverProcess.stop(TIMEOUT_SECONDS);
        }
    }

    private static String system(int i) {
        return "system Line" + i + " {\n\torganization Plant\n\tboundary Site kind site owner Plant {\n"
                + "\t\tasset Filler kind machine\n\t\ttwin LineTwin represents Filler purpose monitoring\n\t}\n"
                + "\tsync Feed: Filler -> LineTwin telemetry every 1 s\n}\n";
    }

    private static String targets(int i, String asset) {
        return "profile Targets" + i + " for Line" + i + " {\n\ttarget AccessControl consistent on LineTwin, " + asset
                + "\n}\n";
    }
}
