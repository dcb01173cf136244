/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.swt.widgets.Display;

/**
 * Measures how long the UI thread goes without running a display timer, and says where it was while it did: a
 * sampler thread takes the UI thread's stack every few milliseconds during a stall, so the report names the methods
 * that blocked it (the way Eclipse's UI freeze monitor does, without needing that bundle).
 */
final class StallMonitor implements AutoCloseable {

    private static final long TICK_MILLIS = 10;
    private static final long SAMPLE_AFTER_NANOS = 50_000_000;

    private final Display display;
    private final Thread uiThread;
    private final Thread sampler;
    private final Map<Long, List<StackTraceElement[]>> samplesByStallStart = new ConcurrentHashMap<>();
    private volatile long lastTick = System.nanoTime();
    private volatile boolean running = true;
    private long longest;
    private long longestStart;

    StallMonitor(Display display) {
        this.display = display;
        this.uiThread = display.getThread();
        this.sampler = new Thread(this::sample, "UI stall sampler");
        sampler.setDaemon(true);
    }

    /** Starts measuring now; call on the UI thread. */
    void start() {
        lastTick = System.nanoTime();
        longest = 0;
        samplesByStallStart.clear();
        display.timerExec((int) TICK_MILLIS, this::tick);
        if (!sampler.isAlive()) {
            sampler.start();
        }
    }

    private void tick() {
        long now = System.nanoTime();
        long stall = now - lastTick;
        if (stall > longest) {
            longest = stall;
            longestStart = lastTick;
        }
        samplesByStallStart.keySet().removeIf(start -> start != longestStart);
        lastTick = now;
        if (running) {
            display.timerExec((int) TICK_MILLIS, this::tick);
        }
    }

    private void sample() {
        while (running) {
            long start = lastTick;
            if (System.nanoTime() - start > SAMPLE_AFTER_NANOS) {
                samplesByStallStart.computeIfAbsent(start, s -> new ArrayList<>()).add(uiThread.getStackTrace());
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Stops measuring; the figures and samples stay. */
    void stop() {
        running = false;
        sampler.interrupt();
    }

    long longestMillis() {
        return longest / 1_000_000;
    }

    /**
     * Where the UI thread was during the longest stall, as a call tree of the samples (outermost call first): every
     * call seen in at least a tenth of the samples, with its share; chains of single calls are shortened.
     */
    String report() {
        List<StackTraceElement[]> samples = samplesByStallStart.getOrDefault(longestStart, List.of());
        if (samples.isEmpty()) {
            return "no samples (the longest stall was shorter than " + SAMPLE_AFTER_NANOS / 1_000_000 + " ms)";
        }
        CallNode root = new CallNode("UI thread");
        for (StackTraceElement[] stack : samples) {
            CallNode node = root;
            node.samples++;
            for (int i = stack.length - 1; i >= 0; i--) {
                node = node.children.computeIfAbsent(stack[i].getClassName() + "." + stack[i].getMethodName()
                        + ":" + stack[i].getLineNumber(), CallNode::new);
                node.samples++;
            }
        }
        StringBuilder text = new StringBuilder("where the UI thread was in " + samples.size()
                + " samples of the longest stall:\n");
        root.print(text, 1, Math.max(1, samples.size() / 20), samples.size());
        return text.toString();
    }

    /** A call in the sampled stacks, with the calls made from it. */
    private static final class CallNode {
        final String call;
        final Map<String, CallNode> children = new LinkedHashMap<>();
        int samples;

        CallNode(String call) {
            this.call = call;
        }

        void print(StringBuilder text, int indent, int minimum, int total) {
            CallNode node = this;
            int skipped = 0;
            while (node.children.size() == 1 && node.children.values().iterator().next().samples == node.samples) {
                node = node.children.values().iterator().next();
                skipped++;
            }
            text.append("  ".repeat(indent)).append(String.format("%3d%% ", 100 * samples / total)).append(call);
            if (skipped > 0) {
                text.append(" ... (").append(skipped).append(" calls) ... ").append(node.call);
            }
            text.append('\n');
            for (CallNode child : node.children.values()) {
                if (child.samples >= minimum) {
                    child.print(text, indent + 1, minimum, total);
                }
            }
        }
    }

    @Override
    public void close() {
        stop();
    }
}
