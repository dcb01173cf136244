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
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rating's {@code met C9} names a criterion that another file's {@code criteria for} block adds. Criteria ids are
 * looked up by practice, not through the names a file imports, so Xtext's builder did not know that the rating's
 * file depends on the criteria's file: removing C9 left the rating without an error, and adding it back left a stale
 * one, until the rating's file itself was edited.
 */
class CrossFileCriteriaTest {

    private static final long TIMEOUT_SECONDS = 60;

    @TempDir
    Path workspace;

    @Test
    void aRatingIsCheckedAgainWhenTheCriteriaOfItsPracticeChangeInAnotherFile() throws Exception {
        Files.writeString(workspace.resolve("line.twin"), """
                system Line {
                	organization Plant
                	boundary Site kind site owner Plant { asset Filler kind machine }
                }
                """);
        String criteria = """
                package acme
                criteria for AccessControl {
                	consistent C9 "Badge readers at every cabinet"
                }
                """;
        Path criteriaFile = workspace.resolve("criteria.smm");
        Files.writeString(criteriaFile, criteria);
        Path auditFile = workspace.resolve("audit.smm");
        Files.writeString(auditFile, """
                assessment Audit of Line {
                	rate AccessControl consistent scope system met C9
                }
                """);
        ServerProcess serverProcess = new ServerProcess(workspace);
        try {
            InitializeParams init = new InitializeParams();
            init.setRootUri(workspace.toUri().toString());
            init.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "project")));
            init.setCapabilities(new ClientCapabilities());
            serverProcess.server.initialize(init).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            serverProcess.server.initialized(new InitializedParams());
            String auditUri = auditFile.toUri().toString();
            String criteriaUri = criteriaFile.toUri().toString();
            serverProcess.client.diagnostics(auditUri, d -> errors(d).isEmpty(), TIMEOUT_SECONDS);

            serverProcess.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                    new TextDocumentItem(criteriaUri, "smm", 1, criteria)));
            change(serverProcess, criteriaUri, 2, criteria.replace("C9", "C8"));
            List<Diagnostic> removed = serverProcess.client.diagnostics(auditUri,
                    d -> errors(d).stream().anyMatch(m -> m.contains("C9")), TIMEOUT_SECONDS);
            assertTrue(errors(removed).stream().anyMatch(m -> m.contains("C9")), removed.toString());

            change(serverProcess, criteriaUri, 3, criteria);
            List<Diagnostic> restored = serverProcess.client.diagnostics(auditUri, d -> errors(d).isEmpty(),
                    TIMEOUT_SECONDS);
            assertTrue(errors(restored).isEmpty(), restored.toString());
        } finally {
            serverProcess.stop(TIMEOUT_SECONDS);
        }
    }

    private static void change(ServerProcess serverProcess, String uri, int version, String text) {
        serverProcess.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(text))));
    }

    private static List<String> errors(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(d -> d.getSeverity() == DiagnosticSeverity.Error)
                .map(d -> d.getMessage().getLeft()).toList();
    }
}
