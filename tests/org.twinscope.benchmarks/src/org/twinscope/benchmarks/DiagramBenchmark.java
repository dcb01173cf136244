/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.eclipse.emf.ecore.resource.Resource;
import org.twinscope.analysis.AnalysisInput;
import org.twinscope.analysis.Analyzer;
import org.twinscope.analysis.SystemAnalysis;
import org.twinscope.diagram.BoundaryDiagram;
import org.twinscope.diagram.DiagramScope;
import org.twinscope.diagram.LaidOutDiagram;
import org.twinscope.diagram.SvgRenderer;
import org.twinscope.dsl.TwinscopeStandaloneSetup;
import org.twinscope.dsl.load.LoadedModel;
import org.twinscope.dsl.load.ModelLoader;

/**
 * Prints layout + SVG times of the boundary diagram for systems of 100, 1,000 and 5,000 nodes (assets and twins),
 * warm, and the ratio to Graphviz {@code dot -Tsvg} on the same graph (clusters for boundaries) when dot is installed.
 * Goals: 1,000 nodes in 1 s or less and at least twice as fast as dot; the overview of 5,000 nodes in 5 s or less.
 */
public final class DiagramBenchmark {

    private DiagramBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Logger.getRootLogger().setLevel(Level.WARN);
        ModelLoader loader = TwinscopeStandaloneSetup.doSetup().getInstance(ModelLoader.class);
        System.out.printf("%-7s %-9s %10s %10s %10s %9s%n", "nodes", "view", "ours (s)", "dot (s)", "dot/ours",
                "goal");
        for (int nodes : new int[] { 100, 1_000, 5_000 }) {
            SystemAnalysis analysis = analysis(loader, nodes);
            if (nodes <= 1_000) {
                double ours = best(() -> SvgRenderer.render(BoundaryDiagram.full(analysis, DiagramScope.all())),
                        nodes <= 100 ? 10 : 4);
                LaidOutDiagram laidOut = BoundaryDiagram.full(analysis, DiagramScope.all());
                double dot = dot(laidOut);
                System.out.printf("%-7d %-9s %10.3f %10s %10s %9s%n", nodes, "full", ours,
                        dot < 0 ? "n/a" : String.format("%.3f", dot), dot < 0 ? "n/a" : String.format("%.2f",
                                dot / ours), nodes == 1_000 ? String.format("%.2f", ours / 1.0) : "");
            }
            if (nodes >= 1_000) {
                double overview = best(() -> SvgRenderer.render(BoundaryDiagram.overview(analysis,
                        DiagramScope.all())), 3);
                System.out.printf("%-7d %-9s %10.3f %10s %10s %9s%n", nodes, "overview", overview, "", "",
                        nodes == 5_000 ? String.format("%.2f", overview / 5.0) : "");
            }
        }
        System.out.println("goal column: time / goal (1 s for 1,000 nodes full, 5 s for the 5,000-node overview);"
                + " <= 1 meets it. dot/ours >= 2 meets the speed goal against Graphviz.");
    }

    private static SystemAnalysis analysis(ModelLoader loader, int nodes) throws Exception {
        Path folder = Files.createTempDirectory("twinscope-diagram-bench");
        Files.writeString(folder.resolve("big.twin"), SyntheticSystem.twin(nodes * SyntheticSystem.ELEMENTS_PER_CELL
                / 4));
        Files.writeString(folder.resolve("targets.smm"), SyntheticSystem.smm());
        LoadedModel model = loader.load(List.of(folder));
        List<Resource> resources = new ArrayList<>(model.files().values());
        resources.addAll(model.libraryResources());
        return Analyzer.analyze(AnalysisInput.of(resources)).systems().get(0);
    }

    /** Best wall time of the runs after one warm-up run. */
    private static double best(Runnable run, int runs) {
        run.run();
        double best = Double.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            run.run();
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        return best;
    }

    /** dot -Tsvg on the same nodes, clusters and edges; -1 when dot is not installed. */
    private static double dot(LaidOutDiagram diagram) throws Exception {
        StringBuilder dot = new StringBuilder("digraph G {\nrankdir=LR;\nnode [shape=box];\n");
        writeCluster(diagram, null, dot);
        for (LaidOutDiagram.Link link : diagram.links()) {
            dot.append('"').append(link.from()).append("\" -> \"").append(link.to()).append("\" [label=\"")
                    .append(link.label()).append("\"];\n");
        }
        dot.append("}\n");
        Path file = Files.createTempFile("twinscope", ".dot");
        Files.writeString(file, dot.toString(), StandardCharsets.UTF_8);
        try {
            long start = System.nanoTime();
            Process process = new ProcessBuilder("dot", "-Tsvg", file.toString()).redirectOutput(
                    ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(600, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return 600;
            }
            return process.exitValue() == 0 ? (System.nanoTime() - start) / 1e9 : -1;
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    private static void writeCluster(LaidOutDiagram diagram, String parent, StringBuilder dot) {
        for (LaidOutDiagram.Box box : diagram.boxes()) {
            if (parent == null ? box.parent() != null : !parent.equals(box.parent())) {
                continue;
            }
            boolean container = box.kind() == LaidOutDiagram.Kind.ORGANIZATION
                    || box.kind() == LaidOutDiagram.Kind.BOUNDARY;
            if (container) {
                dot.append("subgraph \"cluster_").append(box.id()).append("\" {\nlabel=\"").append(box.label())
                        .append("\";\n");
                writeCluster(diagram, box.id(), dot);
                dot.append("}\n");
            } else {
                dot.append('"').append(box.id()).append("\" [label=\"").append(box.label()).append("\"];\n");
            }
        }
    }
}
