/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.diagram;

import java.util.List;

/**
 * A diagram after layout, in absolute coordinates: what the SVG renderer draws and what geometry tests check.
 *
 * @param title what the diagram shows
 * @param boxes organizations, boundaries (outer before inner), assets and twins
 * @param links synchronizations (or, in an overview, bundles of them)
 * @param width canvas width
 * @param height canvas height
 */
public record LaidOutDiagram(String title, List<Box> boxes, List<Link> links, double width, double height) {

    /** What a box stands for; decides its shape. */
    public enum Kind {
        ORGANIZATION, BOUNDARY, COLLAPSED_BOUNDARY, ASSET, TWIN, EXTERNAL, ACTOR
    }

    /** A badge on a box: a practice that applies there, colored by its status. */
    public record Badge(String text, String practice, String status) {
    }

    /**
     * A rectangle: a container (organization, boundary) or a node (asset, twin, collapsed boundary).
     *
     * @param id stable id: "ts-" and the qualified name of the element
     * @param source the qualified name of the model element (links back to the source)
     * @param parent the id of the containing box, or null
     * @param status the worst status of the practices in scope at this element ("" when none applies)
     * @param tooltip reasons and statuses, shown on hover
     */
    public record Box(String id, String source, Kind kind, String label, String subtitle, double x, double y,
            double width, double height, String parent, String status, int gap, List<Badge> badges,
            String tooltip) {

        public boolean contains(Box other) {
            return other.x() >= x - 0.5 && other.y() >= y - 0.5 && other.x() + other.width() <= x + width + 0.5
                    && other.y() + other.height() <= y + height + 0.5;
        }

        public boolean overlaps(Box other) {
            return x < other.x() + other.width() && other.x() < x + width && y < other.y() + other.height()
                    && other.y() < y + height;
        }
    }

    /** A point of a link's route. */
    public record Point(double x, double y) {
    }

    /**
     * A synchronization drawn from its source to its target, or an actor's access to what it reaches.
     *
     * @param commands whether it carries commands (drawn dashed)
     * @param bidirectional arrowheads at both ends
     * @param crossesOrganizations drawn thick, so that links between organizations stand out
     * @param access for an actor's access, how ("reads", "operates", "administers"; drawn dotted); "" for a
     *        synchronization
     */
    public record Link(String id, String source, String from, String to, List<Point> points, String label,
            double labelX, double labelY, double labelWidth, double labelHeight, boolean commands,
            boolean bidirectional, boolean crossesOrganizations, String status, String tooltip, String access) {

        /** Whether this is an actor's access rather than a synchronization. */
        public boolean isAccess() {
            return !access.isEmpty();
        }
    }

    public Box box(String id) {
        return boxes.stream().filter(b -> b.id().equals(id)).findFirst().orElse(null);
    }
}
