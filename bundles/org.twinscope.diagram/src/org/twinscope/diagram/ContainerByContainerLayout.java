/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.diagram;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.options.CoreOptions;
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
 */
final class ContainerByContainerLayout {

    private final Map<ElkEdge, List<ElkEdge>> parts = new IdentityHashMap<>();
    private final Map<ElkEdge, ElkEdge> labelled = new IdentityHashMap<>();

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

    /** Lays the graph out, container by container. */
    void layout(ElkNode root) {
        root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.SEPARATE_CHILDREN);
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
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
