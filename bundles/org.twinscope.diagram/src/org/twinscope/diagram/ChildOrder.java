/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.diagram;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkNode;

/**
 * An order of the children of one container in which as few edges as possible (counted with their number) run
 * backwards: the greedy heuristic of Eades, Lin and Smyth for the minimum feedback arc set. Sinks go to the end,
 * sources to the front; otherwise the child whose outgoing edges outnumber its incoming ones the most goes to the
 * front. Ties go to the child first in model order (the order of the source file), so an acyclic level keeps the
 * order the file suggests.
 */
final class ChildOrder {

    private ChildOrder() {
    }

    /**
     * @param children the container's children, in model order
     * @param edges edges between them
     * @param ends for each edge, the children holding its source and its target
     * @return each child's position in the order
     */
    static Map<ElkNode, Integer> of(List<ElkNode> children, List<ElkEdge> edges, Map<ElkEdge, ElkNode[]> ends) {
        Map<ElkNode, Map<ElkNode, Integer>> out = new IdentityHashMap<>();
        Map<ElkNode, Map<ElkNode, Integer>> in = new IdentityHashMap<>();
        for (ElkNode child : children) {
            out.put(child, new LinkedHashMap<>());
            in.put(child, new LinkedHashMap<>());
        }
        for (ElkEdge edge : edges) {
            ElkNode[] fromTo = ends.get(edge);
            out.get(fromTo[0]).merge(fromTo[1], 1, Integer::sum);
            in.get(fromTo[1]).merge(fromTo[0], 1, Integer::sum);
        }
        List<ElkNode> remaining = new ArrayList<>(children);
        List<ElkNode> front = new ArrayList<>();
        List<ElkNode> back = new ArrayList<>();
        while (!remaining.isEmpty()) {
            ElkNode next = null;
            boolean toBack = false;
            int bestDelta = Integer.MIN_VALUE;
            for (ElkNode child : remaining) {
                int outgoing = sum(out.get(child));
                int incoming = sum(in.get(child));
                if (outgoing == 0 && incoming > 0) {
                    // a sink: last of those still to place (the last sink in model order goes furthest back)
                    next = child;
                    toBack = true;
                } else if (incoming == 0 && outgoing > 0 && !toBack) {
                    next = child;
                    bestDelta = Integer.MAX_VALUE;
                } else if (!toBack && outgoing - incoming > bestDelta) {
                    next = child;
                    bestDelta = outgoing - incoming;
                }
            }
            remaining.remove(next);
            if (toBack) {
                back.add(0, next);
            } else {
                front.add(next);
            }
            for (ElkNode other : out.get(next).keySet()) {
                in.get(other).remove(next);
            }
            for (ElkNode other : in.get(next).keySet()) {
                out.get(other).remove(next);
            }
        }
        front.addAll(back);
        Map<ElkNode, Integer> rank = new IdentityHashMap<>();
        for (int i = 0; i < front.size(); i++) {
            rank.put(front.get(i), i);
        }
        return rank;
    }

    private static int sum(Map<ElkNode, Integer> weights) {
        int sum = 0;
        for (int weight : weights.values()) {
            sum += weight;
        }
        return sum;
    }
}
