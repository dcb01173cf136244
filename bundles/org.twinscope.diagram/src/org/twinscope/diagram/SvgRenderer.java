/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.diagram;

import static org.twinscope.diagram.Markup.escape;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.twinscope.diagram.LaidOutDiagram.Badge;
import org.twinscope.diagram.LaidOutDiagram.Box;
import org.twinscope.diagram.LaidOutDiagram.Kind;
import org.twinscope.diagram.LaidOutDiagram.Link;
import org.twinscope.diagram.LaidOutDiagram.Point;

/**
 * Draws a laid-out diagram as standalone SVG: readable text, a tooltip (title element) on every element, ids that
 * name the source element, and every model string escaped. Output depends only on the diagram, so it is stable.
 */
public final class SvgRenderer {

    private static final String FONT = "font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\"";

    /** Longest tooltip line: a description of a megabyte would otherwise be copied into every diagram. */
    static final int TOOLTIP_LINE = 1_000;

    /**
     * What a page adds to the drawing to switch it between practices with CSS (see {@link SwitchableDiagram}).
     *
     * @param classes more classes per element id
     * @param tooltips tooltips that replace the diagram's, per element id
     * @param badges the class of the badges of each practice, by practice name
     * @param titles the title per practice, drawn hidden with class {@code t<index>}
     */
    record Layers(Map<String, String> classes, Map<String, String> tooltips, Map<String, String> badges,
            List<String> titles) {

        static final Layers NONE = new Layers(Map.of(), Map.of(), Map.of(), List.of());

        String tooltipOf(String id, String drawn) {
            return tooltips.getOrDefault(id, drawn);
        }

        String classesOf(String id) {
            String more = classes.get(id);
            return more == null ? "" : " " + more;
        }
    }

    private SvgRenderer() {
    }

    public static String render(LaidOutDiagram diagram) {
        return render(diagram, Layers.NONE);
    }

    static String render(LaidOutDiagram diagram, Layers layers) {
        StringBuilder svg = new StringBuilder(8192);
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" "
                + "height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" %s font-size=\"12\" class=\"twinscope-diagram\">%n",
                diagram.width(), diagram.height(), diagram.width(), diagram.height(), FONT));
        svg.append("<title>").append(escape(diagram.title())).append("</title>\n");
        defs(svg);
        if (!layers.badges().isEmpty()) {
            badgeStyle(svg);
        }
        svg.append(String.format(Locale.ROOT, "<rect width=\"%.0f\" height=\"%.0f\" fill=\"#ffffff\"/>%n",
                diagram.width(), diagram.height()));
        svg.append(String.format(Locale.ROOT, "<text x=\"20\" y=\"34\" font-size=\"18\" font-weight=\"bold\" "
                + "fill=\"#1f3b57\"%s>%s</text>%n", layers.titles().isEmpty() ? "" : " class=\"title-all\"",
                escape(diagram.title())));
        for (int i = 0; i < layers.titles().size(); i++) {
            svg.append("<text x=\"20\" y=\"34\" font-size=\"18\" font-weight=\"bold\" fill=\"#1f3b57\" "
                    + "display=\"none\" class=\"").append(SwitchableDiagram.titleClass(i)).append("\">")
                    .append(escape(layers.titles().get(i))).append("</text>\n");
        }
        for (Box box : diagram.boxes()) {
            if (box.kind() == Kind.ORGANIZATION || box.kind() == Kind.BOUNDARY) {
                container(svg, box, layers);
            }
        }
        for (Link link : diagram.links()) {
            link(svg, link, layers);
        }
        for (Box box : diagram.boxes()) {
            if (box.kind() != Kind.ORGANIZATION && box.kind() != Kind.BOUNDARY) {
                node(svg, box, layers);
            }
        }
        legend(svg, diagram);
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void defs(StringBuilder svg) {
        svg.append("<defs>");
        for (String status : Legend.COLORS.keySet()) {
            String name = status.isEmpty() ? "none" : status;
            svg.append(String.format(Locale.ROOT, "<marker id=\"arrow-%s\" viewBox=\"0 0 10 10\" refX=\"10\" "
                    + "refY=\"5\" markerWidth=\"11\" markerHeight=\"11\" markerUnits=\"userSpaceOnUse\" "
                    + "orient=\"auto-start-reverse\">"
                    + "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"%s\"/></marker>", name, Legend.stroke(status)));
        }
        svg.append("</defs>\n");
    }

    private static void container(StringBuilder svg, Box box, Layers layers) {
        boolean organization = box.kind() == Kind.ORGANIZATION;
        svg.append("<g id=\"").append(escape(box.id())).append("\" class=\"")
                .append(organization ? "organization" : "boundary " + escape(box.status()))
                .append(escape(layers.classesOf(box.id()))).append("\" data-source=\"")
                .append(escape(box.source())).append("\">");
        svg.append("<title>").append(escape(tooltip(layers.tooltipOf(box.id(), box.tooltip())))).append("</title>");
        String fill = organization ? "#f4f6f9" : box.status().isEmpty() ? "#ffffff" : Legend.fill(box.status());
        String stroke = organization ? "#1f3b57" : Legend.stroke(box.status());
        svg.append("<rect");
        attr(svg, "x", box.x());
        attr(svg, "y", box.y());
        attr(svg, "width", box.width());
        attr(svg, "height", box.height());
        svg.append(" rx=\"").append(organization ? 10 : 4).append("\" fill=\"").append(fill)
                .append("\" fill-opacity=\"").append(organization ? "1" : "0.45").append("\" stroke=\"").append(stroke)
                .append("\" stroke-width=\"").append(organization ? "2" : "1.5").append('"')
                .append(organization ? "" : " stroke-dasharray=\"7 4\"").append("/>");
        text(svg, box.x() + 10, box.y() + 18, " font-weight=\"bold\" fill=\"" + (organization ? "#1f3b57" : "#333333")
                + '"', box.label());
        if (!box.subtitle().isEmpty()) {
            text(svg, box.x() + 10, box.y() + 32, " font-size=\"10\" fill=\"#555555\"", box.subtitle());
        }
        svg.append("</g>\n");
    }

    private static void node(StringBuilder svg, Box box, Layers layers) {
        String status = box.status();
        svg.append("<g id=\"").append(escape(box.id())).append("\" class=\"")
                .append(box.kind().name().toLowerCase(Locale.ROOT).replace('_', '-')).append(' ')
                .append(escape(status)).append(escape(layers.classesOf(box.id()))).append("\" data-source=\"")
                .append(escape(box.source())).append("\">");
        svg.append("<title>").append(escape(tooltip(layers.tooltipOf(box.id(), box.tooltip())))).append("</title>");
        String fill = Legend.fill(status);
        String stroke = Legend.stroke(status);
        switch (box.kind()) {
            case TWIN -> {
                // a twin: rounded, with a second outline, the "virtual copy"
                svg.append(rect(box.x(), box.y(), box.width(), box.height(), 18, fill, stroke, 2, ""));
                svg.append(rect(box.x() + 4, box.y() + 4, box.width() - 8, box.height() - 8, 14, "none", stroke, 0.8,
                        ""));
            }
            case ASSET -> svg.append(rect(box.x(), box.y(), box.width(), box.height(), 0, fill, stroke, 2, ""));
            // an actor: a person or service, round-ended like a badge of the organization it belongs to
            case ACTOR -> svg.append(rect(box.x(), box.y(), box.width(), box.height(), 26, fill, stroke, 1.5, ""));
            case COLLAPSED_BOUNDARY -> svg.append(rect(box.x(), box.y(), box.width(), box.height(), 4, fill, stroke,
                    2, " stroke-dasharray=\"7 4\""));
            default -> svg.append(rect(box.x(), box.y(), box.width(), box.height(), 4, "#fafafa", "#999999", 1,
                    " stroke-dasharray=\"2 3\""));
        }
        double textX = box.x() + 12;
        text(svg, textX, box.y() + 20, " font-weight=\"bold\"", box.label());
        text(svg, textX, box.y() + 35, " font-size=\"10\" fill=\"#555555\"", box.subtitle());
        if (box.gap() > 0) {
            svg.append("<circle");
            attr(svg, "cx", box.x() + box.width() - 4);
            attr(svg, "cy", box.y() + 4);
            svg.append(" r=\"9\" fill=\"#c0392b\"/>");
            text(svg, box.x() + box.width() - 4, box.y() + 8, " font-size=\"11\" font-weight=\"bold\" fill=\"#ffffff\" "
                    + "text-anchor=\"middle\"", Integer.toString(box.gap()));
        }
        badges(svg, box, layers);
        svg.append("</g>\n");
    }

    private static void badges(StringBuilder svg, Box box, Layers layers) {
        double x = box.x() + 10;
        double y = box.y() + 42;
        for (Badge badge : box.badges()) {
            double width = TextMetrics.width(badge.text(), 9) + 8;
            if (x + width > box.x() + box.width() - 6) {
                x = box.x() + 10;
                y += 16;
            }
            String layer = layers.badges().get(badge.practice());
            if (layer != null) {
                compactBadge(svg, badge, layer, x, y, width);
                x += width + 4;
                continue;
            }
            svg.append("<g class=\"badge ").append(escape(badge.status())).append("\" data-practice=\"")
                    .append(escape(badge.practice())).append("\">");
            svg.append(rect(x, y, width, 13, 6, Legend.stroke(badge.status()), "none", 0, ""));
            text(svg, x + width / 2, y + 10, " font-size=\"9\" fill=\"#ffffff\" text-anchor=\"middle\"",
                    badge.text());
            svg.append("</g>");
            x += width + 4;
        }
    }

    /**
     * A badge drawn as in {@link #badges}, with its colors and font from the diagram's style sheet (see
     * {@link #badgeStyle}): a report's diagram has thousands of them.
     */
    private static void compactBadge(StringBuilder svg, Badge badge, String layer, double x, double y, double width) {
        svg.append("<g class=\"badge ").append(escape(badge.status())).append(' ').append(layer)
                .append("\" transform=\"translate(");
        number(svg, x);
        svg.append(',');
        number(svg, y);
        svg.append(")\"><rect height=\"13\" rx=\"6\"");
        attr(svg, "width", width);
        svg.append("/><text");
        attr(svg, "x", width / 2);
        svg.append(" y=\"10\">").append(escape(badge.text())).append("</text></g>");
    }

    /** The style of compact badges: the fill by status, small white centered text. */
    private static void badgeStyle(StringBuilder svg) {
        svg.append("<style>.badge>text{font-size:9px;fill:#ffffff;text-anchor:middle}");
        for (String status : Legend.COLORS.keySet()) {
            svg.append(status.isEmpty() ? ".badge>rect" : ".badge." + status + ">rect").append("{fill:")
                    .append(Legend.stroke(status)).append('}');
        }
        svg.append("</style>\n");
    }

    private static void link(StringBuilder svg, Link link, Layers layers) {
        if (link.points().size() < 2) {
            return;
        }
        String status = link.status();
        String marker = "url(#arrow-" + (status.isEmpty() ? "none" : status) + ")";
        StringBuilder path = new StringBuilder();
        List<Point> points = link.points();
        for (int i = 0; i < points.size(); i++) {
            path.append(i == 0 ? "M" : " L");
            number(path, points.get(i).x());
            path.append(',');
            number(path, points.get(i).y());
        }
        svg.append("<g id=\"").append(escape(link.id())).append("\" class=\"link ").append(escape(status))
                .append(link.commands() ? " commands" : "").append(link.crossesOrganizations() ? " cross-org" : "")
                .append(link.isAccess() ? " access" : "")
                .append(link.bidirectional() && !layers.titles().isEmpty() ? " both" : "")
                .append(escape(layers.classesOf(link.id()))).append('"');
        if (link.source() != null) {
            svg.append(" data-source=\"").append(escape(link.source())).append('"');
        }
        svg.append('>');
        svg.append("<title>").append(escape(tooltip(layers.tooltipOf(link.id(), link.tooltip())))).append("</title>");
        svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(Legend.stroke(status))
                .append("\" stroke-width=\"").append(link.crossesOrganizations() ? "3.2" : "1.5").append('"')
                .append(link.commands() ? " stroke-dasharray=\"8 4\"" : link.isAccess() ? " stroke-dasharray=\"2 4\"" : "")
                .append(" marker-end=\"").append(marker)
                .append('"');
        if (link.bidirectional()) {
            svg.append(" marker-start=\"").append(marker).append('"');
        }
        svg.append("/>");
        if (link.labelWidth() > 0) {
            svg.append("<rect");
            attr(svg, "x", link.labelX());
            attr(svg, "y", link.labelY());
            attr(svg, "width", link.labelWidth());
            attr(svg, "height", link.labelHeight());
            svg.append(" fill=\"#ffffff\" fill-opacity=\"0.85\"/>");
            text(svg, link.labelX() + 3, link.labelY() + 11, " font-size=\"10\" fill=\"#333333\"", link.label());
        }
        svg.append("</g>\n");
    }

    private static void legend(StringBuilder svg, LaidOutDiagram diagram) {
        double y = diagram.height() - Legend.HEIGHT + 14;
        svg.append("<g class=\"legend\">");
        double x = 20;
        for (Map.Entry<String, String[]> entry : Legend.COLORS.entrySet()) {
            svg.append(rect(x, y, 14, 12, 2, entry.getValue()[0], entry.getValue()[1], 1.5, ""));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\">%s</text>", x + 19,
                    y + 10, escape(entry.getValue()[2])));
            x += 34 + TextMetrics.width(entry.getValue()[2], 10);
        }
        y += 24;
        svg.append(rect(20, y, 28, 14, 0, "#ffffff", "#555555", 2, ""));
        svg.append(String.format(Locale.ROOT, "<text x=\"54\" y=\"%.1f\" font-size=\"10\">asset</text>", y + 11));
        svg.append(rect(96, y, 28, 14, 7, "#ffffff", "#555555", 2, ""));
        svg.append(String.format(Locale.ROOT, "<text x=\"130\" y=\"%.1f\" font-size=\"10\">twin</text>", y + 11));
        svg.append(rect(162, y, 28, 14, 7, "#ffffff", "#555555", 1.5, ""));
        svg.append(String.format(Locale.ROOT, "<text x=\"196\" y=\"%.1f\" font-size=\"10\">actor</text>", y + 11));
        svg.append(String.format(Locale.ROOT, "<path d=\"M236,%.1f L266,%.1f\" stroke=\"#555555\" "
                + "stroke-width=\"1.5\" marker-end=\"url(#arrow-none)\"/><text x=\"272\" y=\"%.1f\" font-size=\"10\">"
                + "telemetry</text>", y + 7, y + 7, y + 11));
        svg.append(String.format(Locale.ROOT, "<path d=\"M336,%.1f L366,%.1f\" stroke=\"#555555\" "
                + "stroke-width=\"1.5\" stroke-dasharray=\"8 4\" marker-end=\"url(#arrow-none)\"/><text x=\"372\" "
                + "y=\"%.1f\" font-size=\"10\">commands</text>", y + 7, y + 7, y + 11));
        svg.append(String.format(Locale.ROOT, "<path d=\"M436,%.1f L466,%.1f\" stroke=\"#555555\" "
                + "stroke-width=\"1.5\" stroke-dasharray=\"2 4\" marker-end=\"url(#arrow-none)\"/><text x=\"472\" "
                + "y=\"%.1f\" font-size=\"10\">access</text>", y + 7, y + 7, y + 11));
        svg.append(String.format(Locale.ROOT, "<path d=\"M516,%.1f L546,%.1f\" stroke=\"#555555\" "
                + "stroke-width=\"3.2\"/><text x=\"552\" y=\"%.1f\" font-size=\"10\">crosses organizations</text>"
                + "<text x=\"680\" y=\"%.1f\" font-size=\"10\">badges: practices that apply; red number: largest "
                + "gap in levels</text>", y + 7, y + 7, y + 11, y + 11));
        svg.append("</g>\n");
    }

    /** The tooltip with each line shortened to {@value #TOOLTIP_LINE} characters, saying how long it was. */
    static String tooltip(String text) {
        if (text == null || text.length() <= TOOLTIP_LINE) {
            return text;
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), 4_096));
        for (String line : text.split("\n", -1)) {
            out.append(out.isEmpty() ? "" : "\n").append(Markup.shorten(line, TOOLTIP_LINE));
        }
        return out.toString();
    }

    private static String rect(double x, double y, double width, double height, double radius, String fill,
            String stroke, double strokeWidth, String extra) {
        StringBuilder rect = new StringBuilder(160).append("<rect");
        attr(rect, "x", x);
        attr(rect, "y", y);
        attr(rect, "width", width);
        attr(rect, "height", height);
        rect.append(" rx=\"").append(Math.round(radius)).append("\" fill=\"").append(fill).append("\" stroke=\"")
                .append(stroke).append("\" stroke-width=\"");
        if (strokeWidth == 0) {
            rect.append('0');
        } else {
            number(rect, strokeWidth);
        }
        return rect.append('"').append(extra).append("/>").toString();
    }

    /** {@code <text x=".." y="..".. >escaped text</text>}. */
    private static void text(StringBuilder svg, double x, double y, String attributes, String text) {
        svg.append("<text");
        attr(svg, "x", x);
        attr(svg, "y", y);
        svg.append(attributes).append('>').append(escape(text)).append("</text>");
    }

    private static void attr(StringBuilder svg, String name, double value) {
        svg.append(' ').append(name).append("=\"");
        number(svg, value);
        svg.append('"');
    }

    /**
     * The value with one decimal, as {@code %.1f} writes it; without a Formatter, which took a fifth of the time of
     * drawing a large diagram.
     */
    static void number(StringBuilder out, double value) {
        long tenths = Math.round(Math.abs(value) * 10);
        if (value < 0 && tenths != 0) {
            out.append('-');
        }
        out.append(tenths / 10).append('.').append(tenths % 10);
    }
}
