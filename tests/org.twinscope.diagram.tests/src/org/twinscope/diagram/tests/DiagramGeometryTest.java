/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.twinscope.analysis.SystemAnalysis;
import org.twinscope.diagram.BoundaryDiagram;
import org.twinscope.diagram.DiagramScope;
import org.twinscope.diagram.LaidOutDiagram;
import org.twinscope.diagram.LaidOutDiagram.Box;
import org.twinscope.diagram.LaidOutDiagram.Kind;
import org.twinscope.diagram.LaidOutDiagram.Link;
import org.twinscope.diagram.LaidOutDiagram.Point;
import org.twinscope.model.twin.Boundary;

/**
 * The laid-out diagrams of every example, in every view, are geometrically sound: nodes inside their containers,
 * no two unrelated boxes overlapping, links starting and ending on their nodes as unbroken orthogonal lines, labels
 * on the canvas and beside their links.
 */
class DiagramGeometryTest {

    private static final double TOLERANCE = 1.5;

    static Stream<Arguments> diagrams() {
        List<Arguments> diagrams = new ArrayList<>();
        for (String example : ExampleAnalyses.names()) {
            SystemAnalysis analysis = ExampleAnalyses.analyze(example);
            for (DiagramScope scope : DiagramScope.perApplicablePractice(analysis).subList(0, 3)) {
                diagrams.add(Arguments.of(example + " full " + scope.key(), BoundaryDiagram.full(analysis, scope)));
            }
            diagrams.add(Arguments.of(example + " overview", BoundaryDiagram.overview(analysis, DiagramScope.all())));
            Boundary first = analysis.system().getBoundaries().get(0);
            diagrams.add(Arguments.of(example + " detail " + first.getName(),
                    BoundaryDiagram.detail(analysis, DiagramScope.all(), first)));
        }
        return diagrams.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("diagrams")
    void everyBoxIsInsideItsContainer(String name, LaidOutDiagram diagram) {
        for (Box box : diagram.boxes()) {
            if (box.parent() != null) {
                Box parent = diagram.box(box.parent());
                assertNotNull(parent, box.id() + " has an unknown parent");
                assertTrue(parent.contains(box), box.id() + " sticks out of " + parent.id());
            }
            assertTrue(box.x() >= 0 && box.y() >= 0 && box.x() + box.width() <= diagram.width() + TOLERANCE
                    && box.y() + box.height() <= diagram.height() + TOLERANCE, box.id() + " is off the canvas");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("diagrams")
    void unrelatedBoxesDoNotOverlap(String name, LaidOutDiagram diagram) {
        List<Box> boxes = diagram.boxes();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                Box a = boxes.get(i);
                Box b = boxes.get(j);
                if (!ancestor(diagram, a, b) && !ancestor(diagram, b, a)) {
                    assertFalse(a.overlaps(b), a.id() + " overlaps " + b.id());
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("diagrams")
    void linksStartAndEndOnTheirNodes(String name, LaidOutDiagram diagram) {
        for (Link link : diagram.links()) {
            assertTrue(link.points().size() >= 2, link.id() + " has no route");
            assertTrue(onBorder(diagram.box(link.from()), link.points().get(0)),
                    link.id() + " does not start on " + link.from() + ": " + link.points().get(0));
            assertTrue(onBorder(diagram.box(link.to()), link.points().get(link.points().size() - 1)),
                    link.id() + " does not end on " + link.to());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("diagrams")
    void routesAreUnbrokenOrthogonalLines(String name, LaidOutDiagram diagram) {
        // a link crossing container borders is laid out in parts, one per container, joined at the borders: a
        // joint off by a few pixels shows as a slanted segment
        for (Link link : diagram.links()) {
            List<Point> points = link.points();
            for (int i = 1; i < points.size(); i++) {
                Point a = points.get(i - 1);
                Point b = points.get(i);
                assertTrue(Math.abs(a.x() - b.x()) <= TOLERANCE || Math.abs(a.y() - b.y()) <= TOLERANCE,
                        link.id() + " has a slanted segment " + a + " - " + b);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("diagrams")
    void labelsSitBesideTheirLinks(String name, LaidOutDiagram diagram) {
        for (Link link : diagram.links()) {
            if (link.labelWidth() > 0) {
                double nearest = Double.MAX_VALUE;
                for (int i = 1; i < link.points().size(); i++) {
                    nearest = Math.min(nearest, distance(link, link.points().get(i - 1), link.points().get(i)));
                }
                assertTrue(nearest <= 12, link.id() + " label is " + nearest + " px away from its line");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("diagrams")
    void labelsAreOnTheCanvasAndNodeLabelsFitTheirNodes(String name, LaidOutDiagram diagram) {
        for (Link link : diagram.links()) {
            if (link.labelWidth() > 0) {
                assertTrue(link.labelX() >= 0 && link.labelY() >= 0
                        && link.labelX() + link.labelWidth() <= diagram.width() + TOLERANCE
                        && link.labelY() + link.labelHeight() <= diagram.height() + TOLERANCE,
                        link.id() + " label is off the canvas");
            }
        }
        for (Box box : diagram.boxes()) {
            if (box.kind() != Kind.ORGANIZATION && box.kind() != Kind.BOUNDARY) {
                // the estimated width of the bold 12 px name must fit inside the node with its margins
                assertTrue(box.label().length() * 12 * 0.7 + 12 <= box.width() + TOLERANCE,
                        box.id() + " label is wider than the node");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("diagrams")
    void noLinkGoesAroundTheWholeDiagram(String name, LaidOutDiagram diagram) {
        // a link laid out against the order of the containers it joins left its source's container on the far side
        // and ran around everything, outside all boxes (the vehicle fleet's feeds into FleetTwin did)
        double minX = diagram.boxes().stream().mapToDouble(Box::x).min().orElse(0);
        double minY = diagram.boxes().stream().mapToDouble(Box::y).min().orElse(0);
        double maxX = diagram.boxes().stream().mapToDouble(b -> b.x() + b.width()).max().orElse(0);
        double maxY = diagram.boxes().stream().mapToDouble(b -> b.y() + b.height()).max().orElse(0);
        for (Link link : diagram.links()) {
            for (Point point : link.points()) {
                assertTrue(point.x() >= minX - 10 && point.x() <= maxX + 10 && point.y() >= minY - 10
                        && point.y() <= maxY + 10, link.id() + " runs outside all boxes at " + point);
            }
        }
    }

    /** Distance between the link's label box and an axis-parallel segment. */
    private static double distance(Link link, Point a, Point b) {
        double dx = Math.max(0, Math.max(Math.min(a.x(), b.x()) - (link.labelX() + link.labelWidth()),
                link.labelX() - Math.max(a.x(), b.x())));
        double dy = Math.max(0, Math.max(Math.min(a.y(), b.y()) - (link.labelY() + link.labelHeight()),
                link.labelY() - Math.max(a.y(), b.y())));
        return Math.hypot(dx, dy);
    }

    private static boolean ancestor(LaidOutDiagram diagram, Box ancestor, Box box) {
        for (String parent = box.parent(); parent != null; parent = diagram.box(parent).parent()) {
            if (parent.equals(ancestor.id())) {
                return true;
            }
        }
        return false;
    }

    private static boolean onBorder(Box box, Point point) {
        boolean withinX = point.x() >= box.x() - TOLERANCE && point.x() <= box.x() + box.width() + TOLERANCE;
        boolean withinY = point.y() >= box.y() - TOLERANCE && point.y() <= box.y() + box.height() + TOLERANCE;
        boolean onVertical = Math.abs(point.x() - box.x()) <= TOLERANCE
                || Math.abs(point.x() - box.x() - box.width()) <= TOLERANCE;
        boolean onHorizontal = Math.abs(point.y() - box.y()) <= TOLERANCE
                || Math.abs(point.y() - box.y() - box.height()) <= TOLERANCE;
        return withinX && withinY && (onVertical || onHorizontal);
    }
}
