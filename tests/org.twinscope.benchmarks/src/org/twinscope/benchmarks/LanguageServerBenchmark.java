/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.benchmarks;

import static org.twinscope.benchmarks.Timings.median;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * Drives the language server as an editor does (its own process, LSP over stdio, from the headless distribution) on
 * the portfolio of 1,000 systems in 2,000 files, and prints: the time from {@code initialize} to the first
 * diagnostics and to the diagnostics of every file, diagnostics after an edit to one .smm file, completion of an
 * element name in a profile, as medians, and the server's memory (resident set, its peak). Goals: first diagnostics
 * within 5 s, edits and completion within 200 ms (medians).
 * <p>
 * Arguments: the {@code twinscope} launcher (the server starts as {@code twinscope lsp}, as editors start it) or the
 * headless distribution's plugins folder (a plain JVM on those jars), then the number of systems (default 1000).
 */
public final class LanguageServerBenchmark {

    private static final int ROUNDS = 15;

    private LanguageServerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path plugins = Path.of(args.length > 0 ? args[0] : "releng/org.twinscope.headless/target/repository/plugins");
        int systems = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        Path workspace = Files.createTempDirectory("twinscope-lsp-bench");
        Portfolio.writeFilePerSystem(workspace, systems);
        int files = 2 * systems;

        String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the launcher, as an editor starts the server (with its class-data archive), or the jars on a class path
        List<String> command = Files.isRegularFile(plugins) ? List.of(plugins.toAbsolutePath().toString(), "lsp")
                : List.of(javaCommand, "-Xmx2g", "--sun-misc-unsafe-memory-access=allow", "-cp",
                        plugins.toAbsolutePath() + File.separator + "*",
                        "org.twinscope.dsl.ide.server.TwinscopeLanguageServer");
        Process process = new ProcessBuilder(command).directory(workspace.toFile())
                .redirectError(workspace.resolve("server.log").toFile()).start();
        Client client = new Client();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(),
                process.getOutputStream());
        launcher.startListening();
        LanguageServer server = launcher.getRemoteProxy();
        try {
            long start = System.nanoTime();
            InitializeParams init = new InitializeParams();
            init.setProcessId((int) ProcessHandle.current().pid());
            init.setRootUri(workspace.toUri().toString());
            init.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "portfolio")));
            init.setCapabilities(new ClientCapabilities());
            server.initialize(init).get(30, TimeUnit.MINUTES);
            double answered = (System.nanoTime() - start) / 1e9;
            server.initialized(new InitializedParams());
            double first = client.awaitFiles(1, start);
            double cpuAtFirst = cpuSeconds(process);
            double all = client.awaitFiles(files, start);
            System.out.printf("%d systems, %d files, %d elements; server started at %s%n", systems, files,
                    systems * Portfolio.ELEMENTS_PER_SYSTEM, workspace);
            double cpu = cpuSeconds(process);
            System.out.printf("initialize answered after        %8.2f s   (the server builds the workspace after "
                    + "initialized)%n", answered);
            System.out.printf("initialize to first diagnostics  %8.2f s   goal 5 s, ratio %.2f (server CPU time until "
                    + "then: %.2f s, the JVM's start included)%n", first, first / 5, cpuAtFirst);
            System.out.printf("initialize to all %d files       %8.2f s   (server CPU time until then: %.2f s)%n",
                    files, all, cpu);
            System.out.printf("server memory after the build    %8d MB resident%n", residentMegabytes(process));

            // an edit that breaks a reference, then one that repairs it: each must bring new diagnostics
            int edited = systems / 2;
            Path smm = workspace.resolve("maturity").resolve(Portfolio.systemName(edited) + ".smm");
            String uri = smm.toUri().toString();
            String text = Files.readString(smm);
            server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "smm",
                    1, text)));
            client.awaitNext(uri, client.count(uri), System.nanoTime());
            List<Double> edits = new ArrayList<>();
            double cpuBeforeEdits = cpuSeconds(process);
            for (int round = 0; round < ROUNDS; round++) {
                String changed = round % 2 == 0 ? text.replace("on Twin0, Machine0\n}", "on Twin0, Machine9\n}")
                        : text;
                int before = client.count(uri);
                long sent = System.nanoTime();
                server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                        new VersionedTextDocumentIdentifier(uri, round + 2),
                        List.of(new TextDocumentContentChangeEvent(changed))));
                edits.add(client.awaitNext(uri, before, sent));
            }
            System.out.printf("diagnostics after an edit        %8.0f ms median of %d (goal 200 ms, ratio %.2f); "
                    + "server CPU %.0f ms per edit%n", median(edits) * 1000, ROUNDS, median(edits) / 0.2,
                    (cpuSeconds(process) - cpuBeforeEdits) * 1000 / ROUNDS);

            // completion of an element after 'on' in the profile's target
            Position position = positionAfter(text, "formalized on ");
            List<Double> completions = new ArrayList<>();
            List<String> firstItems = List.of();
            for (int round = 0; round < ROUNDS; round++) {
                long sent = System.nanoTime();
                Either<List<CompletionItem>, CompletionList> result = server.getTextDocumentService()
                        .completion(new CompletionParams(new TextDocumentIdentifier(uri), position))
                        .get(5, TimeUnit.MINUTES);
                completions.add((System.nanoTime() - sent) / 1e9);
                List<CompletionItem> items = result.isLeft() ? result.getLeft() : result.getRight().getItems();
                firstItems = items.stream().sorted(Comparator.comparing(CompletionItem::getSortText,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                        .map(CompletionItem::getLabel).limit(3).toList();
            }
            System.out.printf("completion of an element         %8.0f ms median of %d (goal 200 ms, ratio %.2f); "
                    + "first items %s%n", median(completions) * 1000, ROUNDS, median(completions) / 0.2, firstItems);
            System.out.printf("server memory at the end         %8d MB resident, peak %d MB (-Xmx2g)%n",
                    residentMegabytes(process), peakResidentMegabytes(process));
            server.shutdown().get(1, TimeUnit.MINUTES);
            server.exit();
            process.waitFor(1, TimeUnit.MINUTES);
        } finally {
            process.destroyForcibly();
        }
    }

    private static Position positionAfter(String text, String marker) {
        int offset = text.indexOf(marker) + marker.length();
        String before = text.substring(0, offset);
        int line = (int) before.chars().filter(c -> c == '\n').count();
        return new Position(line, offset - before.lastIndexOf('\n') - 1);
    }

    /**
     * CPU seconds (user + system, all threads) the server process has used, from Linux's /proc/PID/stat in clock
     * ticks of 1/100 s; -1 elsewhere. On a machine shared with other work this says more than wall time.
     */
    private static double cpuSeconds(Process process) throws Exception {
        Path stat = Path.of("/proc", Long.toString(process.pid()), "stat");
        if (!Files.exists(stat)) {
            return -1;
        }
        String text = Files.readString(stat);
        String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
        // after the command: state is field 3 of the file, utime and stime fields 14 and 15
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }

    private static long residentMegabytes(Process process) throws Exception {
        return statusKilobytes(process, "VmRSS:") / 1024;
    }

    private static long peakResidentMegabytes(Process process) throws Exception {
        return statusKilobytes(process, "VmHWM:") / 1024;
    }

    /** A figure from Linux's /proc/PID/status (kB), or -1 elsewhere. */
    private static long statusKilobytes(Process process, String field) throws Exception {
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        if (!Files.exists(status)) {
            return -1;
        }
        return Files.readAllLines(status).stream().filter(line -> line.startsWith(field))
                .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", ""))).findFirst().orElse(-1);
    }

    /** Counts the diagnostics the server publishes, per document, and lets the benchmark wait for them. */
    private static final class Client implements LanguageClient {

        private final Map<String, Integer> published = new HashMap<>();

        @Override
        public synchronized void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
            published.merge(diagnostics.getUri(), 1, Integer::sum);
            notifyAll();
        }

        synchronized int count(String uri) {
            return published.getOrDefault(uri, 0);
        }

        /** Seconds from start until diagnostics of at least this many documents have arrived. */
        synchronized double awaitFiles(int documents, long start) throws InterruptedException {
            while (published.size() < documents) {
                wait(1_000);
                if (System.nanoTime() - start > TimeUnit.MINUTES.toNanos(30)) {
                    throw new IllegalStateException("diagnostics of only " + published.size() + " documents");
                }
            }
            return (System.nanoTime() - start) / 1e9;
        }

        /** Seconds from start until the document's diagnostics were published once more than before. */
        synchronized double awaitNext(String uri, int before, long start) throws InterruptedException {
            while (count(uri) <= before) {
                wait(1_000);
                if (System.nanoTime() - start > TimeUnit.MINUTES.toNanos(5)) {
                    throw new IllegalStateException("no diagnostics for " + uri);
                }
            }
            return (System.nanoTime() - start) / 1e9;
        }

        @Override
        public void telemetryEvent(Object object) {
            // not used by the Twinscope server
        }

        @Override
        public void showMessage(MessageParams message) {
            // informational only
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
            // informational only
        }
    }
}
