/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.twinscope.diagram.LaidOutDiagram;
import org.twinscope.diagram.LaidOutDiagram.Box;
import org.twinscope.diagram.LaidOutDiagram.Kind;
import org.twinscope.diagram.LaidOutDiagram.Link;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The graph of one of our diagrams laid out by Graphviz dot: the same nodes with the same sizes (fixed), the same
 * containers as nested clusters with their titles, the same edges from source to target with their labels, left to
 * right; positions and splines read back from {@code dot -Tjson0}. Splines are flattened into polylines (8 points
 * per Bezier piece) for the crossing count and the length.
 */
final class DotLayout {

    /** Points per cubic Bezier piece when flattening a spline. */
    private static final int SAMPLES = 8;

    private final LaidOutDiagram diagram;
    private final Map<String, Integer> index = new HashMap<>();

    DotLayout(LaidOutDiagram diagram) {
        this.diagram = diagram;
        for (int i = 0; i < diagram.boxes().size(); i++) {
            index.put(diagram.boxes().get(i).id(), i);
        }
    }

    /** The DOT text: box i is node "n{i}" or cluster "cluster_{i}", link i carries id "e{i}". */
    String dot() {
        StringBuilder dot = new StringBuilder("digraph G {\nrankdir=LR;\nnode [shape=box, fixedsize=true, label=\"\"];\n"
                + "edge [fontsize=10];\ngraph [fontsize=12];\n");
        writeChildren(null, dot);
        for (int i = 0; i < diagram.links().size(); i++) {
            Link link = diagram.links().get(i);
            dot.append('n').append(index.get(link.from())).append(" -> n").append(index.get(link.to()))
                    .append(" [id=\"e").append(i).append("\", label=\"").append(escape(link.label())).append("\"];\n");
        }
        return dot.append("}\n").toString();
    }

    private void writeChildren(String parent, StringBuilder dot) {
        for (int i = 0; i < diagram.boxes().size(); i++) {
            Box box = diagram.boxes().get(i);
            if (parent == null ? box.parent() != null : !parent.equals(box.parent())) {
                continue;
            }
            if (isContainer(box)) {
                dot.append("subgraph cluster_").append(i).append(" {\nlabel=\"").append(escape(box.label()))
                        .append("\";\n");
                writeChildren(box.id(), dot);
                dot.append("}\n");
            } else {
                dot.append('n').append(i).append(String.format(Locale.ROOT, " [width=%.4f, height=%.4f];%n",
                        box.width() / 72, box.height() / 72));
            }
        }
    }

    static boolean isContainer(Box box) {
        return box.kind() == Kind.ORGANIZATION || box.kind() == Kind.BOUNDARY;
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** The result of one run of dot: its wall time and what it drew, or why there is none. */
    record Run(double seconds, LayoutQuality quality, String failure) {
    }

    /**
     * Runs {@code dot -Tjson0} as a process (as a user would) and measures what it drew; gives up after
     * {@code timeoutSeconds}.
     */
    Run run(Path dotFile, long timeoutSeconds, boolean measure) throws IOException, InterruptedException {
        Path out = Files.createTempFile("twinscope-dot", ".json");
        try {
            long start = System.nanoTime();
            Process process;
            try {
                process = new ProcessBuilder("dot", "-Tjson0", dotFile.toString(), "-o", out.toString())
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
            } catch (IOException e) {
                return new Run(-1, null, "dot not installed");
            }
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                return new Run(-1, null, "dot did not finish within " + timeoutSeconds + " s");
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (process.exitValue() != 0) {
                return new Run(-1, null, "dot failed with exit code " + process.exitValue());
            }
            return new Run(seconds, measure ? measure(Files.readString(out, StandardCharsets.UTF_8)) : null, null);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    Path write() throws IOException {
        Path file = Files.createTempFile("twinscope-quality", ".dot");
        Files.writeString(file, dot(), StandardCharsets.UTF_8);
        file.toFile().deleteOnExit();
        return file;
    }

    private LayoutQuality measure(String json) {
        JsonObject graph = JsonParser.parseString(json).getAsJsonObject();
        JsonArray objects = graph.getAsJsonArray("objects");
        // gvid -> our box index, and our box index -> the rectangle dot gave it
        Map<Integer, Integer> boxOfGvid = new HashMap<>();
        Map<Integer, LayoutQuality.Rect> rects = new HashMap<>();
        for (JsonElement element : objects) {
            JsonObject object = element.getAsJsonObject();
            String name = object.get("name").getAsString();
            int box;
            LayoutQuality.Rect rect;
            if (name.startsWith("cluster_")) {
                box = Integer.parseInt(name.substring("cluster_".length()));
                double[] bb = numbers(object.get("bb").getAsString());
                rect = new LayoutQuality.Rect(bb[0], bb[1], bb[2] - bb[0], bb[3] - bb[1]);
            } else if (name.startsWith("n")) {
                box = Integer.parseInt(name.substring(1));
                double[] pos = numbers(object.get("pos").getAsString());
                double width = object.get("width").getAsDouble() * 72;
                double height = object.get("height").getAsDouble() * 72;
                rect = new LayoutQuality.Rect(pos[0] - width / 2, pos[1] - height / 2, width, height);
            } else {
                continue;
            }
            boxOfGvid.put(object.get("_gvid").getAsInt(), box);
            rects.put(box, rect);
        }
        List<LayoutQuality.Route> routes = new ArrayList<>();
        JsonArray edges = graph.has("edges") ? graph.getAsJsonArray("edges") : new JsonArray();
        for (JsonElement element : edges) {
            JsonObject edge = element.getAsJsonObject();
            int from = boxOfGvid.get(edge.get("tail").getAsInt());
            int to = boxOfGvid.get(edge.get("head").getAsInt());
            Link link = diagram.links().get(Integer.parseInt(edge.get("id").getAsString().substring(1)));
            Spline spline = Spline.parse(edge.get("pos").getAsString());
            Integer common = lowestCommonContainer(diagram.boxes().get(from), diagram.boxes().get(to));
            routes.add(new LayoutQuality.Route(link.id(), spline.flatten(), spline.pieces() - 1, rects.get(from),
                    rects.get(to), common == null ? null : rects.get(common)));
        }
        return LayoutQuality.of(routes, new ArrayList<>(rects.values()));
    }

    /** The index of the innermost box containing both, or null when only the diagram does. */
    Integer lowestCommonContainer(Box a, Box b) {
        List<String> ancestors = new ArrayList<>();
        for (String p = a.parent(); p != null; p = diagram.boxes().get(index.get(p)).parent()) {
            ancestors.add(p);
        }
        for (String p = b.parent(); p != null; p = diagram.boxes().get(index.get(p)).parent()) {
            if (ancestors.contains(p)) {
                return index.get(p);
            }
        }
        return null;
    }

    private static double[] numbers(String text) {
        String[] parts = text.split(",");
        double[] numbers = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            numbers[i] = Double.parseDouble(parts[i]);
        }
        return numbers;
    }

    /** A spline as dot writes it: optional start and end points (arrowheads), then 3n+1 Bezier control points. */
    private record Spline(double[] start, double[] end, List<double[]> controls) {

        static Spline parse(String pos) {
            double[] start = null;
            double[] end = null;
            List<double[]> controls = new ArrayList<>();
            // several splines (";"-separated) only for concentrated edges, which we do not ask for: take the first
            for (String token : pos.split(";")[0].trim().split("\\s+")) {
                if (token.startsWith("s,")) {
                    start = numbers(token.substring(2));
                } else if (token.startsWith("e,")) {
                    end = numbers(token.substring(2));
                } else {
                    controls.add(numbers(token));
                }
            }
            return new Spline(start, end, controls);
        }

        int pieces() {
            return Math.max(1, (controls.size() - 1) / 3);
        }

        List<double[]> flatten() {
            List<double[]> points = new ArrayList<>();
            if (start != null) {
                points.add(start);
            }
            points.add(controls.get(0));
            for (int i = 0; i + 3 < controls.size(); i += 3) {
                double[] p0 = controls.get(i);
                double[] p1 = controls.get(i + 1);
                double[] p2 = controls.get(i + 2);
                double[] p3 = controls.get(i + 3);
                for (int k = 1; k <= SAMPLES; k++) {
                    double t = (double) k / SAMPLES;
                    double u = 1 - t;
                    points.add(new double[] {
                            u * u * u * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t * t * t * p3[0],
                            u * u * u * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t * t * t * p3[1] });
                }
            }
            if (end != null) {
                points.add(end);
            }
            return points;
        }
    }
}
