/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Quality figures of one drawn graph, whoever laid it out: every edge is a polyline (splines are flattened before),
 * every node and container a rectangle.
 *
 * @param crossings proper intersections between segments of two different edges (touching at a shared end point or
 *        running along each other is not a crossing); an edge crossing another twice counts twice
 * @param bends corners of the routes (see {@link Route#bends})
 * @param length total length of all routes
 * @param area width times height of the bounding box of all boxes and routes
 * @param detours edges that make a detour, see {@link #isDetour}
 */
record LayoutQuality(long crossings, long bends, double length, double area, int detours, List<String> detoured) {

    /** A rectangle: a node or a container. */
    record Rect(double x, double y, double width, double height) {

        double right() {
            return x + width;
        }

        double bottom() {
            return y + height;
        }
    }

    /**
     * One edge as drawn.
     *
     * @param points the polyline from source to target
     * @param bends its corners: for an orthogonal route the inner points, for a spline the joints between its Bezier
     *        pieces (a straight spline has none)
     * @param source the source's box; {@code target} likewise
     * @param common the box of the lowest container holding both ends, or null when that is the diagram itself
     */
    record Route(String name, List<double[]> points, int bends, Rect source, Rect target, Rect common) {
    }

    /** Margin by which a route may leave the box of its ends and their lowest common container. */
    static final double MARGIN = 40;
    /**
     * Margin by which a route may leave the box of all nodes and containers: a spline between two outermost nodes may
     * bulge a little; an orthogonal route around the diagram keeps at least ELK's edge-node spacing (20 px) from it.
     */
    static final double OUTER_MARGIN = 10;
    /** A route longer than this many times the Manhattan distance between its ends' boxes (plus SLACK) detours. */
    static final double STRETCH = 3;
    /** Allowance for leaving the source's and entering the target's containers, beside the gap between the ends. */
    static final double SLACK = 300;

    /**
     * A detour is a route that goes the long way round. It is any of
     * <ul>
     * <li>outside the bounding box of all nodes and containers by more than {@link #OUTER_MARGIN} pixels: it goes
     * around the whole diagram;</li>
     * <li>outside the bounding box of its source, its target and their lowest common container (when that is a
     * container, not the diagram) by more than {@link #MARGIN} pixels: it goes around a container it had no reason to
     * leave;</li>
     * <li>longer than {@link #STRETCH} times the Manhattan distance between the nearest sides of its source and
     * target boxes plus {@link #SLACK} pixels: it goes around something big (typically from the right of the diagram
     * into a target's left side) when its ends face each other.</li>
     * </ul>
     */
    static boolean isDetour(Route route, Rect diagram) {
        if (diagram != null && outside(route, diagram.x, diagram.y, diagram.right(), diagram.bottom(), OUTER_MARGIN)) {
            return true;
        }
        double minX = Math.min(route.source.x, route.target.x);
        double minY = Math.min(route.source.y, route.target.y);
        double maxX = Math.max(route.source.right(), route.target.right());
        double maxY = Math.max(route.source.bottom(), route.target.bottom());
        if (route.common != null) {
            minX = Math.min(minX, route.common.x);
            minY = Math.min(minY, route.common.y);
            maxX = Math.max(maxX, route.common.right());
            maxY = Math.max(maxY, route.common.bottom());
            if (outside(route, minX, minY, maxX, maxY, MARGIN)) {
                return true;
            }
        }
        double dx = Math.max(0, Math.max(route.source.x - route.target.right(), route.target.x - route.source.right()));
        double dy = Math.max(0,
                Math.max(route.source.y - route.target.bottom(), route.target.y - route.source.bottom()));
        return length(route.points) > STRETCH * (dx + dy) + SLACK;
    }

    private static boolean outside(Route route, double minX, double minY, double maxX, double maxY, double margin) {
        for (double[] p : route.points) {
            if (p[0] < minX - margin || p[0] > maxX + margin || p[1] < minY - margin || p[1] > maxY + margin) {
                return true;
            }
        }
        return false;
    }

    static LayoutQuality of(List<Route> routes, List<Rect> boxes) {
        long bends = 0;
        double length = 0;
        int detours = 0;
        List<String> detoured = new ArrayList<>();
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Rect box : boxes) {
            minX = Math.min(minX, box.x);
            minY = Math.min(minY, box.y);
            maxX = Math.max(maxX, box.right());
            maxY = Math.max(maxY, box.bottom());
        }
        Rect diagram = boxes.isEmpty() ? null : new Rect(minX, minY, maxX - minX, maxY - minY);
        for (Route route : routes) {
            bends += route.bends;
            length += length(route.points);
            if (isDetour(route, diagram)) {
                detours++;
                detoured.add(route.name);
            }
            for (double[] p : route.points) {
                minX = Math.min(minX, p[0]);
                minY = Math.min(minY, p[1]);
                maxX = Math.max(maxX, p[0]);
                maxY = Math.max(maxY, p[1]);
            }
        }
        double area = boxes.isEmpty() && routes.isEmpty() ? 0 : (maxX - minX) * (maxY - minY);
        return new LayoutQuality(crossings(routes), bends, length, area, detours, detoured);
    }

    static double length(List<double[]> points) {
        double length = 0;
        for (int i = 1; i < points.size(); i++) {
            length += Math.hypot(points.get(i)[0] - points.get(i - 1)[0], points.get(i)[1] - points.get(i - 1)[1]);
        }
        return length;
    }

    /**
     * Crossings between segments of different edges, found through a grid of cells (a pair of segments is tested in
     * every cell both reach and counted in the cell that holds the lower left corner of their common box, so once):
     * all pairs would take hours at 5,000 nodes.
     */
    static long crossings(List<Route> routes) {
        List<double[]> segments = new ArrayList<>(); // x1, y1, x2, y2, edge
        for (int e = 0; e < routes.size(); e++) {
            List<double[]> points = routes.get(e).points;
            for (int i = 1; i < points.size(); i++) {
                segments.add(new double[] { points.get(i - 1)[0], points.get(i - 1)[1], points.get(i)[0],
                        points.get(i)[1], e });
            }
        }
        if (segments.size() < 2) {
            return 0;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] s : segments) {
            minX = Math.min(minX, Math.min(s[0], s[2]));
            maxX = Math.max(maxX, Math.max(s[0], s[2]));
            minY = Math.min(minY, Math.min(s[1], s[3]));
            maxY = Math.max(maxY, Math.max(s[1], s[3]));
        }
        double cell = Math.max(20, Math.sqrt((maxX - minX + 1) * (maxY - minY + 1) / segments.size()) * 2);
        Map<Long, List<Integer>> grid = new HashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            double[] s = segments.get(i);
            int x1 = (int) ((Math.min(s[0], s[2]) - minX) / cell);
            int x2 = (int) ((Math.max(s[0], s[2]) - minX) / cell);
            int y1 = (int) ((Math.min(s[1], s[3]) - minY) / cell);
            int y2 = (int) ((Math.max(s[1], s[3]) - minY) / cell);
            for (int x = x1; x <= x2; x++) {
                for (int y = y1; y <= y2; y++) {
                    grid.computeIfAbsent(((long) x << 32) | y, k -> new ArrayList<>()).add(i);
                }
            }
        }
        long crossings = 0;
        for (Map.Entry<Long, List<Integer>> entry : grid.entrySet()) {
            int cx = (int) (entry.getKey() >> 32);
            int cy = (int) (entry.getKey() & 0xffffffffL);
            List<Integer> here = entry.getValue();
            for (int a = 0; a < here.size(); a++) {
                double[] s = segments.get(here.get(a));
                for (int b = a + 1; b < here.size(); b++) {
                    double[] t = segments.get(here.get(b));
                    if (s[4] == t[4] || !properlyIntersect(s, t)) {
                        continue;
                    }
                    // count the pair only in the cell of the lower left corner of the overlap of their boxes
                    double ox = Math.max(Math.min(s[0], s[2]), Math.min(t[0], t[2]));
                    double oy = Math.max(Math.min(s[1], s[3]), Math.min(t[1], t[3]));
                    if ((int) ((ox - minX) / cell) == cx && (int) ((oy - minY) / cell) == cy) {
                        crossings++;
                    }
                }
            }
        }
        return crossings;
    }

    /** Whether the interiors of the two segments cross (orientation tests strictly on opposite sides). */
    private static boolean properlyIntersect(double[] s, double[] t) {
        double d1 = orientation(t[0], t[1], t[2], t[3], s[0], s[1]);
        double d2 = orientation(t[0], t[1], t[2], t[3], s[2], s[3]);
        double d3 = orientation(s[0], s[1], s[2], s[3], t[0], t[1]);
        double d4 = orientation(s[0], s[1], s[2], s[3], t[2], t[3]);
        return d1 * d2 < 0 && d3 * d4 < 0;
    }

    private static double orientation(double ax, double ay, double bx, double by, double cx, double cy) {
        double value = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
        return Math.abs(value) < 1e-6 ? 0 : value;
    }
}
