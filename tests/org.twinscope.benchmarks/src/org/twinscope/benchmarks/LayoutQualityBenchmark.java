/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.benchmarks;

import static org.twinscope.benchmarks.Timings.median;
import static org.twinscope.benchmarks.Timings.time;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.twinscope.analysis.SystemAnalysis;
import org.twinscope.diagram.BoundaryDiagram;
import org.twinscope.diagram.DiagramScope;
import org.twinscope.diagram.LaidOutDiagram;
import org.twinscope.diagram.LaidOutDiagram.Box;
import org.twinscope.diagram.LaidOutDiagram.Link;
import org.twinscope.diagram.LaidOutDiagram.Point;
import org.twinscope.dsl.load.TwinscopePipeline;

/**
 * Lays out the same graphs with our layout (ELK Layered, container by container) and with Graphviz dot, and prints
 * per graph, for both: edge crossings, bends, total edge length, area, detours (see {@link LayoutQuality#isDetour})
 * and layout time, with the ratios ours / dot. The graphs: the full scope diagram (all practices) of every example
 * under {@code examples/}, and of synthetic systems of 100, 1,000 and 5,000 nodes (assets and twins; the whole
 * diagram, not the overview).
 * <p>
 * Times are warm: ours in this JVM after a warm-up (median of several runs of {@link BoundaryDiagram#full}, the
 * layout with building its graph, without SVG); dot as a process ({@code dot -Tjson0}), median of several runs taken
 * in turns with ours, so that this machine's changes of speed hit both. dot on 5,000 nodes runs once, within a
 * timeout ({@code -Dtwinscope.dotTimeout=} seconds, 600 by default). {@code -Dtwinscope.dotOut=folder} keeps the
 * DOT files given to dot; {@code "-Dtwinscope.graphs=vehicle-fleet-ota;synthetic 1,000"} measures only those.
 * <p>
 * Goals (issue 14): crossings no more than dot's, no detour around the whole diagram, at least twice as fast as dot
 * at 1,000 nodes.
 * <p>
 * Run from the repository root: {@code run-benchmarks.sh quality} (or with the classpath the script builds,
 * {@code java ... org.twinscope.benchmarks.LayoutQualityBenchmark [examples folder]}).
 */
public final class LayoutQualityBenchmark {

    private static final int ROUNDS = 7;
    private static final int WARM_UP_SECONDS = 15;

    private LayoutQualityBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Logger.getRootLogger().setLevel(Level.WARN);
        Path examples = Path.of(args.length > 0 ? args[0] : "examples");
        long dotTimeout = Long.getLong("twinscope.dotTimeout", 600);
        String dotOut = System.getProperty("twinscope.dotOut");
        TwinscopePipeline pipeline = TwinscopePipeline.standalone();
        // read one graph at a time: a 5,000-node model kept alive while the others are timed slows their collections
        Map<String, Callable<SystemAnalysis>> graphs = new java.util.LinkedHashMap<>();
        try (Stream<Path> folders = Files.list(examples)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                graphs.put(folder.getFileName().toString(),
                        () -> pipeline.read(List.of(folder)).result().systems().get(0));
            }
        }
        for (int nodes : new int[] { 100, 1_000, 5_000 }) {
            graphs.put("synthetic " + String.format(Locale.ROOT, "%,d", nodes), () -> synthetic(pipeline, nodes));
        }
        // the JIT compiles ELK during the first runs; the IDE and the report are long-lived
        SystemAnalysis thousand = graphs.get("synthetic 1,000").call();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(WARM_UP_SECONDS);
        while (System.nanoTime() < end) {
            BoundaryDiagram.full(thousand, DiagramScope.all());
        }
        thousand = null;

        System.out.printf("%-20s %-5s %6s %9s %7s %11s %9s %7s %9s%n", "graph", "", "nodes", "crossings", "bends",
                "length", "area (Mpx)", "detours", "time (s)");
        List<String> detourNames = new ArrayList<>();
        String only = System.getProperty("twinscope.graphs", "");
        for (Map.Entry<String, Callable<SystemAnalysis>> graph : graphs.entrySet()) {
            if (!only.isEmpty() && !List.of(only.split(";")).contains(graph.getKey())) {
                continue;
            }
            SystemAnalysis analysis = graph.getValue().call();
            LaidOutDiagram diagram = BoundaryDiagram.full(analysis, DiagramScope.all());
            LayoutQuality ours = measure(diagram);
            DotLayout dot = new DotLayout(diagram);
            Path dotFile = dot.write();
            if (dotOut != null) {
                // to look at what dot drew: dot -Tpng <file> -o <file>.png
                Files.createDirectories(Path.of(dotOut));
                Files.copy(dotFile, Path.of(dotOut, graph.getKey().replaceAll("[^A-Za-z0-9-]", "") + ".dot"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            boolean large = diagram.boxes().size() > 3_000;
            DotLayout.Run dotRun = dot.run(dotFile, dotTimeout, true);
            List<Double> oursTimes = new ArrayList<>();
            List<Double> dotTimes = new ArrayList<>();
            if (dotRun.failure() == null) {
                dotTimes.add(dotRun.seconds());
            }
            for (int round = 0; round < (large ? 3 : ROUNDS); round++) {
                oursTimes.add(time(() -> BoundaryDiagram.full(analysis, DiagramScope.all())));
                if (!large && dotRun.failure() == null) {
                    dotTimes.add(dot.run(dotFile, dotTimeout, false).seconds());
                }
            }
            long leaves = diagram.boxes().stream().filter(b -> !DotLayout.isContainer(b)).count();
            double oursTime = median(oursTimes);
            print(graph.getKey(), "ours", leaves, ours, oursTime);
            if (dotRun.failure() != null) {
                System.out.printf("%-20s %-5s %s%n", "", "dot", dotRun.failure());
            } else {
                double dotTime = median(dotTimes);
                print("", "dot", leaves, dotRun.quality(), dotTime);
                LayoutQuality d = dotRun.quality();
                System.out.printf("%-20s %-5s %6s %9s %7s %11s %10s %7s %9s%s%n", "", "ratio", "",
                        ratio(ours.crossings(), d.crossings()), ratio(ours.bends(), d.bends()),
                        ratio(ours.length(), d.length()), ratio(ours.area(), d.area()),
                        "", ratio(oursTime, dotTime), large ? "  (dot: one run)" : "");
                if (!d.detoured().isEmpty()) {
                    detourNames.add(graph.getKey() + ", dot: " + names(d.detoured()));
                }
            }
            if (!ours.detoured().isEmpty()) {
                detourNames.add(graph.getKey() + ", ours: " + names(ours.detoured()));
            }
        }
        System.out.println();
        detourNames.forEach(line -> System.out.println("detours in " + line));
        System.out.println("nodes: assets, twins and actors (containers are not counted). ratio: ours / dot (<= 1 is"
                + " as good as dot or better; for time, <= 0.5 meets the goal of twice as fast). Times: median of "
                + ROUNDS + " warm runs in turns (3 for ours and one for dot above 3,000 boxes); ours is the layout"
                + " with building its graph, dot is dot -Tjson0 as a process.");
        System.out.println("crossings: proper intersections between the polylines of two edges (dot's splines"
                + " flattened, 8 points per Bezier piece); bends: corners of our orthogonal routes, joints between"
                + " dot's Bezier pieces; detour: leaves the box of all nodes and containers by more than "
                + (int) LayoutQuality.OUTER_MARGIN + " px or that of its ends and their common container by more than "
                + (int) LayoutQuality.MARGIN + " px, or is longer than " + (int) LayoutQuality.STRETCH
                + "x the Manhattan gap between its ends + " + (int) LayoutQuality.SLACK + " px.");
    }

    private static String names(List<String> names) {
        return String.join(", ", names.stream().limit(6).toList())
                + (names.size() > 6 ? " and " + (names.size() - 6) + " more" : "");
    }

    private static String ratio(double ours, double dot) {
        return dot == 0 ? (ours == 0 ? "1.00" : "inf") : String.format(Locale.ROOT, "%.2f", ours / dot);
    }

    private static void print(String graph, String who, long nodes, LayoutQuality quality, double seconds) {
        System.out.printf(Locale.ROOT, "%-20s %-5s %6d %9d %7d %11.0f %10.2f %7d %9.3f%n", graph, who, nodes,
                quality.crossings(), quality.bends(), quality.length(), quality.area() / 1e6, quality.detours(),
                seconds);
    }

    /** Our diagram in the terms of {@link LayoutQuality}. */
    static LayoutQuality measure(LaidOutDiagram diagram) {
        Map<String, Box> boxes = new HashMap<>();
        diagram.boxes().forEach(b -> boxes.put(b.id(), b));
        List<LayoutQuality.Route> routes = new ArrayList<>();
        for (Link link : diagram.links()) {
            Box from = boxes.get(link.from());
            Box to = boxes.get(link.to());
            Box common = lowestCommonContainer(boxes, from, to);
            List<double[]> points = link.points().stream().map((Point p) -> new double[] { p.x(), p.y() }).toList();
            routes.add(new LayoutQuality.Route(link.id(), points, Math.max(0, points.size() - 2), rect(from),
                    rect(to), common == null ? null : rect(common)));
        }
        return LayoutQuality.of(routes, diagram.boxes().stream().map(LayoutQualityBenchmark::rect).toList());
    }

    private static Box lowestCommonContainer(Map<String, Box> boxes, Box a, Box b) {
        List<String> ancestors = new ArrayList<>();
        for (String p = a.parent(); p != null; p = boxes.get(p).parent()) {
            ancestors.add(p);
        }
        for (String p = b.parent(); p != null; p = boxes.get(p).parent()) {
            if (ancestors.contains(p)) {
                return boxes.get(p);
            }
        }
        return null;
    }

    private static LayoutQuality.Rect rect(Box box) {
        return new LayoutQuality.Rect(box.x(), box.y(), box.width(), box.height());
    }

    private static SystemAnalysis synthetic(TwinscopePipeline pipeline, int nodes) throws Exception {
        Path folder = Files.createTempDirectory("twinscope-quality-bench");
        Files.writeString(folder.resolve("big.twin"),
                SyntheticSystem.twin(nodes * SyntheticSystem.ELEMENTS_PER_CELL / 4));
        Files.writeString(folder.resolve("targets.smm"), SyntheticSystem.smm());
        return pipeline.read(List.of(folder)).result().systems().get(0);
    }
}
