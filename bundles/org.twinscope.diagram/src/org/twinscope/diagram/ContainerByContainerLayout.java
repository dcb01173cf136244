/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.diagram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkConnectableShape;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.twinscope.diagram.LaidOutDiagram.Point;

/**
 * Lays out a nested graph one container at a time, innermost first (ELK's separate-children hierarchy handling), so
 * that each crossing minimization sees one container's contents instead of the whole diagram. An edge between nodes
 * in different containers is split where it leaves and enters containers: a port on each container border it
 * passes, one part per container, routed there; its label goes with the part that leaves the source.
 * {@link #route} joins the parts again into one route, {@link #labelBounds} finds the label, both in the coordinates
 * of the root.
 * <p>
 * Containers keep the model order of their contents (the order of the source file), so that the ports on the
 * borders of two sibling containers come in matching orders and the parts between them cross little.
 * <p>
 * A container is laid out before its parent, so the side of each border port (inputs west, outputs east) is fixed
 * before the parent decides which of its children comes first. An edge against the parent's order would then leave
 * its source's container on the side away from its target and go around everything in between: around the whole
 * diagram when the containers are organizations. {@link #orient} avoids that by giving the children of each container
 * an order first and laying every edge between them in that order.
 */
final class ContainerByContainerLayout {

    private final Map<ElkEdge, List<ElkEdge>> parts = new IdentityHashMap<>();
    private final Map<ElkEdge, ElkEdge> labelled = new IdentityHashMap<>();

    /**
     * Orders the children of every container that edges cross between, and turns around (source for target) each
     * edge that runs against that order, so that at every level edges between containers run one way, as the border
     * ports fixed by the inner layouts need. The order keeps most edges as they are: the greedy heuristic for the
     * minimum feedback arc set of Eades, Lin and Smyth on the children joined by edges (weighted by their number),
     * ties broken by model order. Levels where edges join only nodes are left to ELK's own cycle breaking. Call
     * before {@link #split}.
     *
     * @return the edges turned around, whose routes run from target to source
     */
    Set<ElkEdge> orient(Iterable<ElkEdge> edges) {
        Map<ElkNode, List<ElkEdge>> byLevel = new LinkedHashMap<>();
        Map<ElkNode, Boolean> joinsContainers = new IdentityHashMap<>();
        Map<ElkEdge, ElkNode[]> ends = new IdentityHashMap<>();
        for (ElkEdge edge : edges) {
            ElkNode common = edge.getContainingNode();
            ElkNode from = childOf(common, ElkGraphUtil.connectableShapeToNode(edge.getSources().get(0)));
            ElkNode to = childOf(common, ElkGraphUtil.connectableShapeToNode(edge.getTargets().get(0)));
            if (from == null || to == null || from == to) {
                continue;
            }
            ends.put(edge, new ElkNode[] { from, to });
            byLevel.computeIfAbsent(common, c -> new ArrayList<>()).add(edge);
            if (!from.getChildren().isEmpty() || !to.getChildren().isEmpty()) {
                joinsContainers.put(common, true);
            }
        }
        Set<ElkEdge> turned = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Map.Entry<ElkNode, List<ElkEdge>> level : byLevel.entrySet()) {
            if (!joinsContainers.containsKey(level.getKey())) {
                continue;
            }
            List<ElkEdge> levelEdges = level.getValue();
            Map<ElkNode, Integer> rank = ChildOrder.of(level.getKey().getChildren(), levelEdges, ends);
            for (ElkEdge edge : levelEdges) {
                ElkNode[] fromTo = ends.get(edge);
                if (rank.get(fromTo[0]) > rank.get(fromTo[1])) {
                    ElkConnectableShape source = edge.getSources().get(0);
                    ElkConnectableShape target = edge.getTargets().get(0);
                    edge.getSources().set(0, target);
                    edge.getTargets().set(0, source);
                    turned.add(edge);
                }
            }
        }
        return turned;
    }

    /** The child of {@code container} that is or holds {@code node}; null when none does. */
    private static ElkNode childOf(ElkNode container, ElkNode node) {
        ElkNode current = node;
        while (current != null && current.getParent() != container) {
            current = current.getParent();
        }
        return current;
    }

    /**
     * Splits every edge of {@code edges} that crosses a container border; an edge's own object becomes the part
     * between the containers, so callers keep their maps keyed by it.
     */
    void split(Iterable<ElkEdge> edges) {
        for (ElkEdge edge : edges) {
            ElkNode source = ElkGraphUtil.connectableShapeToNode(edge.getSources().get(0));
            ElkNode target = ElkGraphUtil.connectableShapeToNode(edge.getTargets().get(0));
            ElkNode common = edge.getContainingNode();
            if (source.getParent() == common && target.getParent() == common) {
                continue;
            }
            List<ElkEdge> chain = new ArrayList<>();
            ElkConnectableShape from = source;
            for (ElkNode container = source.getParent(); container != common; container = container.getParent()) {
                ElkPort port = borderPort(container);
                chain.add(part(container, from, port));
                from = port;
            }
            List<ElkEdge> down = new ArrayList<>();
            ElkConnectableShape to = target;
            for (ElkNode container = target.getParent(); container != common; container = container.getParent()) {
                ElkPort port = borderPort(container);
                down.add(0, part(container, port, to));
                to = port;
            }
            edge.getSources().set(0, from);
            edge.getTargets().set(0, to);
            common.getContainedEdges().add(edge);
            chain.add(edge);
            chain.addAll(down);
            parts.put(edge, chain);
            // the label goes with the first part, beside the source: a label on the part between two containers
            // would put the labels of all links between them into one layer of the outer layout, whose ordering
            // costs ELK time quadratic in their number
            ElkEdge first = chain.get(0);
            if (first != edge) {
                first.getLabels().addAll(edge.getLabels());
            }
            labelled.put(edge, first);
        }
    }

    /**
     * Puts a node whose edges all leave its container through the border on its right (an actor whose accesses all
     * reach into another organization) in the last layer, next to that border, instead of the first, from where its
     * edges would reach across all of its container. ELK puts border ports in a layer of their own and leaves them
     * out when it assigns layers; a node left without edges then goes next to the ports, but only if (a) it is laid
     * out with the rest of its container, not as a connected component of its own, and (b) its edges carry their
     * labels at the tail: a label in the middle of an edge is a node while ELK assigns layers, which keeps the node
     * connected. Call after {@link #split}.
     */
    void placeBesideBorder(ElkNode node) {
        if (node.getOutgoingEdges().isEmpty() || !node.getIncomingEdges().isEmpty()) {
            return;
        }
        for (ElkEdge edge : node.getOutgoingEdges()) {
            if (!(edge.getTargets().get(0) instanceof ElkPort port) || port.getParent() != node.getParent()) {
                return;
            }
        }
        node.getParent().setProperty(CoreOptions.SEPARATE_CONNECTED_COMPONENTS, false);
        for (ElkEdge edge : node.getOutgoingEdges()) {
            for (ElkLabel label : edge.getLabels()) {
                label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.TAIL);
            }
        }
    }

    /**
     * Lays the graph out as one, without splitting edges: ELK's layout of the whole hierarchy at once, for small
     * diagrams (see {@code BoundaryDiagram#fewerCrossings}). Edges oriented by {@link #orient} still keep links
     * between containers from going around the diagram.
     */
    void layoutWhole(ElkNode root) {
        root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
    }

    /** Lays the graph out, container by container, sibling containers in parallel. */
    void layout(ElkNode root) {
        root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.SEPARATE_CHILDREN);
        ForkJoinPool.commonPool().invoke(new LevelLayout(root));
    }

    /**
     * Lays out the contents of one container after those of its child containers, as ELK's recursive engine does
     * with separate children, but the child containers at the same time: each is laid out from its own contents
     * only (a part of an edge per container, its border ports placed by it), so they are independent, and a large
     * diagram has many (the drawing is the same; LayoutQualityBenchmark times it). ELK Layered runs directly on
     * each level, with a provider of its own per container.
     */
    private static final class LevelLayout extends RecursiveAction {

        private final ElkNode container;

        LevelLayout(ElkNode container) {
            this.container = container;
        }

        @Override
        protected void compute() {
            List<LevelLayout> inner = new ArrayList<>();
            for (ElkNode child : container.getChildren()) {
                if (!child.getChildren().isEmpty()) {
                    inner.add(new LevelLayout(child));
                }
            }
            invokeAll(inner);
            new LayeredLayoutProvider().layout(container, new BasicProgressMonitor());
        }
    }

    /**
     * The route of an edge after layout, from its source to its target, in the coordinates of the root, given each
     * node's absolute position.
     */
    List<Point> route(ElkEdge edge, Map<ElkNode, double[]> absolute) {
        List<Point> points = new ArrayList<>();
        for (ElkEdge part : parts.getOrDefault(edge, List.of(edge))) {
            double[] offset = absolute.getOrDefault(part.getContainingNode(), new double[] { 0, 0 });
            for (ElkEdgeSection section : part.getSections()) {
                add(points, offset[0] + section.getStartX(), offset[1] + section.getStartY());
                for (ElkBendPoint bend : section.getBendPoints()) {
                    add(points, offset[0] + bend.getX(), offset[1] + bend.getY());
                }
                add(points, offset[0] + section.getEndX(), offset[1] + section.getEndY());
            }
        }
        return points;
    }

    /** x, y, width and height of the edge's label in the coordinates of the root; all 0 without a label. */
    double[] labelBounds(ElkEdge edge, Map<ElkNode, double[]> absolute) {
        ElkEdge carrier = labelled.getOrDefault(edge, edge);
        if (carrier.getLabels().isEmpty()) {
            return new double[4];
        }
        ElkLabel label = carrier.getLabels().get(0);
        double[] offset = absolute.getOrDefault(carrier.getContainingNode(), new double[] { 0, 0 });
        return new double[] { offset[0] + label.getX(), offset[1] + label.getY(), label.getWidth(),
                label.getHeight() };
    }

    /** Joins parts at the ports: the end of one part and the start of the next are the same point. */
    private static void add(List<Point> points, double x, double y) {
        if (!points.isEmpty()) {
            Point last = points.get(points.size() - 1);
            if (Math.abs(last.x() - x) < 0.5 && Math.abs(last.y() - y) < 0.5) {
                return;
            }
        }
        points.add(new Point(x, y));
    }

    private static ElkPort borderPort(ElkNode container) {
        ElkPort port = ElkGraphUtil.createPort(container);
        port.setDimensions(0, 0);
        container.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FREE);
        return port;
    }

    private static ElkEdge part(ElkNode container, ElkConnectableShape from, ElkConnectableShape to) {
        ElkEdge part = ElkGraphUtil.createSimpleEdge(from, to);
        container.getContainedEdges().add(part);
        return part;
    }
}
