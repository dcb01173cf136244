/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.ide.tests;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressNotification;
import org.eclipse.lsp4j.services.LanguageClient;

/** The client side of the test: records what the server publishes and lets the test wait for it. */
class RecordingClient implements LanguageClient {

    private final Map<String, List<Diagnostic>> diagnostics = new HashMap<>();
    /** The work-done progress the server reported: "create", then "begin: message" and "end: message". */
    private final List<String> progress = new ArrayList<>();

    @Override
    public synchronized void publishDiagnostics(PublishDiagnosticsParams params) {
        diagnostics.put(params.getUri(), params.getDiagnostics());
        notifyAll();
    }

    /** The latest diagnostics of a document once they satisfy the condition, waiting up to the timeout. */
    synchronized List<Diagnostic> diagnostics(String uri, Predicate<List<Diagnostic>> condition, long seconds)
            throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (true) {
            List<Diagnostic> current = diagnostics.get(uri);
            if (current != null && condition.test(current)) {
                return current;
            }
            long left = end - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no matching diagnostics for " + uri + " within " + seconds + " s; last: "
                        + current);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /** Waits until diagnostics of at least this many documents have arrived, and returns how many did. */
    synchronized int awaitDocuments(int count, long seconds) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (diagnostics.size() < count) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("diagnostics of " + diagnostics.size() + " documents within " + seconds
                        + " s, expected " + count);
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return diagnostics.size();
    }

    @Override
    public synchronized CompletableFuture<Void> createProgress(WorkDoneProgressCreateParams params) {
        progress.add("create");
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public synchronized void notifyProgress(ProgressParams params) {
        WorkDoneProgressNotification notification = params.getValue().getLeft();
        String message = notification instanceof WorkDoneProgressBegin begin ? "begin: " + begin.getMessage()
                : notification instanceof WorkDoneProgressEnd end ? "end: " + end.getMessage()
                        : notification.getKind().toString();
        progress.add(message);
        notifyAll();
    }

    /** The progress reported so far, once it ended, waiting up to the timeout. */
    synchronized List<String> progressUntilEnd(long seconds) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (progress.stream().noneMatch(p -> p.startsWith("end"))) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no end of progress within " + seconds + " s; so far: " + progress);
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return List.copyOf(progress);
    }

    @Override
    public void telemetryEvent(Object object) {
        // not used by the Twinscope server
    }

    @Override
    public void showMessage(MessageParams messageParams) {
        // informational only
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) {
        // informational only
    }
}
