/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.diagram;

import java.util.List;

import org.twinscope.diagram.LaidOutDiagram.Link;
import org.twinscope.diagram.LaidOutDiagram.Point;

/**
 * Counts where links cross in a laid-out diagram, and tells whether one runs around it: proper intersections between segments of two different links
 * (touching at a shared end or running along each other does not count). Every pair of segments is tested, which is
 * meant for the small diagrams {@link BoundaryDiagram} lays out two ways; LayoutQualityBenchmark counts the same on
 * large ones through a grid.
 */
final class Crossings {

    private Crossings() {
    }

    static long count(LaidOutDiagram diagram) {
        List<Link> links = diagram.links();
        long crossings = 0;
        for (int a = 0; a < links.size(); a++) {
            List<Point> first = links.get(a).points();
            for (int b = a + 1; b < links.size(); b++) {
                List<Point> second = links.get(b).points();
                for (int i = 1; i < first.size(); i++) {
                    for (int j = 1; j < second.size(); j++) {
                        if (cross(first.get(i - 1), first.get(i), second.get(j - 1), second.get(j))) {
                            crossings++;
                        }
                    }
                }
            }
        }
        return crossings;
    }

    /**
     * Whether a link runs more than 10 pixels outside the bounding box of all boxes: around the whole diagram,
     * instead of between its boxes.
     */
    static boolean runsOutsideAllBoxes(LaidOutDiagram diagram) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (LaidOutDiagram.Box box : diagram.boxes()) {
            minX = Math.min(minX, box.x());
            minY = Math.min(minY, box.y());
            maxX = Math.max(maxX, box.x() + box.width());
            maxY = Math.max(maxY, box.y() + box.height());
        }
        for (Link link : diagram.links()) {
            for (Point p : link.points()) {
                if (p.x() < minX - 10 || p.x() > maxX + 10 || p.y() < minY - 10 || p.y() > maxY + 10) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean cross(Point a, Point b, Point c, Point d) {
        return side(c, d, a) * side(c, d, b) < 0 && side(a, b, c) * side(a, b, d) < 0;
    }

    /** Which side of the line from p to q the point r is on: 1, -1, or 0 on it. */
    private static int side(Point p, Point q, Point r) {
        double value = (q.x() - p.x()) * (r.y() - p.y()) - (q.y() - p.y()) * (r.x() - p.x());
        return Math.abs(value) < 1e-6 ? 0 : (int) Math.signum(value);
    }
}
