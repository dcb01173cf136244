/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/** The language server as its own process, from the headless distribution, with a client connected over stdio. */
final class ServerProcess {

    final Process process;
    final RecordingClient client = new RecordingClient();
    final LanguageServer server;
    private final Path log;

    /** Starts the server in the given working directory; its standard error goes to server.log there. */
    ServerProcess(Path workingDirectory) throws IOException {
        Path plugins = Path.of(System.getProperty("twinscope.headless.plugins", "../../releng/org.twinscope.headless/"
                + "target/repository/plugins"));
        assertTrue(Files.isDirectory(plugins), "headless distribution not built at " + plugins.toAbsolutePath());
        log = workingDirectory.resolve("server.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        process = new ProcessBuilder(java, "-cp", plugins.toAbsolutePath() + File.separator + "*",
                "org.twinscope.dsl.ide.server.TwinscopeLanguageServer")
                .directory(workingDirectory.toFile()).redirectError(log.toFile()).start();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(),
                process.getOutputStream());
        launcher.startListening();
        server = launcher.getRemoteProxy();
    }

    /** Sends shutdown and exit and checks that the process ends cleanly. */
    void stop(long timeoutSeconds) throws Exception {
        server.shutdown().get(timeoutSeconds, TimeUnit.SECONDS);
        server.exit();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the language server did not exit after shutdown/exit");
        }
        if (process.exitValue() != 0) {
            throw new AssertionError("the language server exited with " + process.exitValue() + ": " + log());
        }
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no server log: " + e.getMessage() + ")";
        }
    }
}
