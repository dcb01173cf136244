/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Headless Chromium (the Debian package {@code chromium}, or the browser {@code -Dtwinscope.chromium} names) driven
 * over the DevTools protocol through the JDK's own WebSocket client: nothing is downloaded at run time. One browser
 * per instance, started with a throw-away profile; {@link #open} gives a tab whose events (console messages,
 * exceptions, requests) are recorded for the test to check.
 */
public final class Chromium implements AutoCloseable {

    private static final Pattern WS_URL = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final long TIMEOUT_SECONDS = 60;

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    private final Map<String, Tab> tabs = new ConcurrentHashMap<>();
    private final List<String> stderr = java.util.Collections.synchronizedList(new ArrayList<>());

    /** The browser to start: {@code -Dtwinscope.chromium}, else chromium or chromium-browser on the PATH; or null. */
    public static Path executable() {
        String configured = System.getProperty("twinscope.chromium");
        if (configured != null && !configured.isBlank()) {
            return Files.isExecutable(Path.of(configured)) ? Path.of(configured) : null;
        }
        for (String directory : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path candidate = Path.of(directory.isEmpty() ? "." : directory, name);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /** Starts the browser; fails with what it printed when it does not offer the DevTools protocol in a minute. */
    public static Chromium start() throws IOException {
        Path executable = executable();
        if (executable == null) {
            throw new IOException("Chromium is not installed: install the Debian package chromium (.ci/run does) or "
                    + "name a browser with -Dtwinscope.chromium=/path/to/chromium");
        }
        return new Chromium(executable);
    }

    private Chromium(Path executable) throws IOException {
        profile = Files.createTempDirectory("twinscope-chromium-");
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless",
                "--remote-debugging-port=0", "--user-data-dir=" + profile, "--no-first-run",
                "--no-default-browser-check", "--disable-gpu", "--disable-extensions", "--hide-scrollbars",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--allow-file-access-from-files"));
        // Chromium's sandbox refuses to run as root and fails in containers without user namespaces (CI); the pages
        // opened here are the tests' own files
        command.add("--no-sandbox");
        command.add("about:blank");
        process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        CompletableFuture<String> url = new CompletableFuture<>();
        Thread reader = new Thread(() -> readErrors(url), "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        String webSocketUrl;
        try {
            webSocketUrl = url.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IOException("Chromium did not start (" + executable + "): " + String.join("\n", stderr), e);
        }
        socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create(webSocketUrl), new Listener()).join();
    }

    private void readErrors(CompletableFuture<String> url) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                stderr.add(line);
                Matcher matcher = WS_URL.matcher(line);
                if (matcher.find()) {
                    url.complete(matcher.group(1));
                }
            }
        } catch (IOException e) {
            url.completeExceptionally(e);
        }
        url.completeExceptionally(new IOException("Chromium ended"));
    }

    /** A new tab of the given size in CSS pixels, its events recorded from the start. */
    public Tab open(int width, int height) throws IOException {
        String target = call("Target.createTarget", Map.of("url", "about:blank"), null).get("targetId")
                .getAsString();
        String session = call("Target.attachToTarget", Map.of("targetId", target, "flatten", true), null)
                .get("sessionId").getAsString();
        Tab tab = new Tab(this, target, session);
        tabs.put(session, tab);
        for (String domain : List.of("Page", "Runtime", "Network", "Log")) {
            call(domain + ".enable", Map.of(), session);
        }
        call("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1,
                "mobile", false), session);
        return tab;
    }

    /** Sends a command and waits for its result; a protocol error becomes an IOException with its message. */
    JsonObject call(String method, Map<String, ?> params, String session) throws IOException {
        int id = ids.incrementAndGet();
        JsonObject message = new JsonObject();
        message.addProperty("id", id);
        message.addProperty("method", method);
        message.add("params", Json.GSON.toJsonTree(params));
        if (session != null) {
            message.addProperty("sessionId", session);
        }
        CompletableFuture<JsonObject> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText(message.toString(), true).join();
        JsonObject reply;
        try {
            reply = answer.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException(method + " got no answer from Chromium in " + TIMEOUT_SECONDS + " s", e);
        } finally {
            pending.remove(id);
        }
        if (reply.has("error")) {
            throw new IOException(method + ": " + reply.get("error"));
        }
        return reply.has("result") ? reply.getAsJsonObject("result") : new JsonObject();
    }

    @Override
    public void close() throws IOException {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            // the browser is ended below in any case
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                JsonObject message = JsonParser.parseString(partial.toString()).getAsJsonObject();
                partial.setLength(0);
                if (message.has("id")) {
                    CompletableFuture<JsonObject> answer = pending.get(message.get("id").getAsInt());
                    if (answer != null) {
                        answer.complete(message);
                    }
                } else if (message.has("sessionId")) {
                    Tab tab = tabs.get(message.get("sessionId").getAsString());
                    if (tab != null) {
                        tab.event(message.get("method").getAsString(), message.getAsJsonObject("params"));
                    }
                }
            }
            webSocket.request(1);
            return null;
        }
    }

    /** Gson, shared. */
    static final class Json {
        static final com.google.gson.Gson GSON = new com.google.gson.Gson();

        private Json() {
        }
    }

    /** Messages of a tab that tests check: errors and requests. */
    public static final class Tab {
        private final Chromium browser;
        private final String target;
        private final String session;
        private final List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        private final List<String> requests = java.util.Collections.synchronizedList(new ArrayList<>());
        private final BlockingQueue<String> loads = new LinkedBlockingQueue<>();

        Tab(Chromium browser, String target, String session) {
            this.browser = browser;
            this.target = target;
            this.session = session;
        }

        /** Closes the tab (the browser's other tabs stay). */
        public void close() throws IOException {
            browser.tabs.remove(session);
            browser.call("Target.closeTarget", Map.of("targetId", target), null);
        }

        void event(String method, JsonObject params) {
            switch (method) {
                case "Runtime.exceptionThrown" -> errors.add("exception: " + params.getAsJsonObject(
                        "exceptionDetails"));
                case "Runtime.consoleAPICalled" -> {
                    String type = params.get("type").getAsString();
                    if (type.equals("error") || type.equals("assert") || type.equals("warning")) {
                        errors.add("console." + type + ": " + params.get("args"));
                    }
                }
                case "Log.entryAdded" -> {
                    JsonObject entry = params.getAsJsonObject("entry");
                    String level = entry.get("level").getAsString();
                    if (level.equals("error") || level.equals("warning")) {
                        errors.add("log " + level + ": " + entry.get("text").getAsString()
                                + (entry.has("url") ? " (" + entry.get("url").getAsString() + ")" : ""));
                    }
                }
                case "Network.requestWillBeSent" -> requests.add(params.getAsJsonObject("request").get("url")
                        .getAsString());
                case "Network.loadingFailed" -> errors.add("request failed: " + params.get("errorText"));
                case "Page.loadEventFired" -> loads.add(method);
                default -> {
                    // other events are not checked
                }
            }
        }

        /**
         * Opens the address and waits for its load event (the document, its style sheets and images) and for the
         * first frame drawn after it.
         *
         * @return the seconds from the request to that frame
         */
        public double navigate(String url) throws IOException {
            loads.clear();
            long start = System.nanoTime();
            JsonObject result = browser.call("Page.navigate", Map.of("url", url), session);
            if (result.has("errorText")) {
                throw new IOException("could not open " + url + ": " + result.get("errorText").getAsString());
            }
            try {
                if (loads.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS) == null) {
                    throw new IOException(url + " did not load in " + TIMEOUT_SECONDS + " s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            evaluate("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => done(true))))");
            return (System.nanoTime() - start) / 1e9;
        }

        /** The value of a JavaScript expression in the page (strings, numbers, booleans, arrays, objects). */
        public JsonElement evaluate(String expression) throws IOException {
            JsonObject result = browser.call("Runtime.evaluate", Map.of("expression", expression, "returnByValue",
                    true, "awaitPromise", true), session);
            if (result.has("exceptionDetails")) {
                throw new IOException(expression + ": " + result.get("exceptionDetails"));
            }
            JsonObject value = result.getAsJsonObject("result");
            return value.has("value") ? value.get("value") : com.google.gson.JsonNull.INSTANCE;
        }

        /** A left click at a point of the viewport, as a user's mouse gives it. */
        public void click(double x, double y) throws IOException {
            for (String type : List.of("mouseMoved", "mousePressed", "mouseReleased")) {
                browser.call("Input.dispatchMouseEvent", Map.of("type", type, "x", x, "y", y, "button", "left",
                        "clickCount", 1), session);
            }
        }

        /** Saves what the viewport shows (or the whole page) as PNG. */
        public void screenshot(Path file, boolean fullPage) throws IOException {
            JsonObject result = browser.call("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", fullPage), session);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, java.util.Base64.getDecoder().decode(result.get("data").getAsString()));
        }

        /** Console errors and warnings, uncaught exceptions, browser log errors and failed requests so far. */
        public List<String> errors() {
            return List.copyOf(errors);
        }

        /** The address of every request the page made so far. */
        public List<String> requests() {
            return List.copyOf(requests);
        }
    }
}
