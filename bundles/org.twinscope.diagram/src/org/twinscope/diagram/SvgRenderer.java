/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.diagram;

import static org.twinscope.report.Html.escape;

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

    private SvgRenderer() {
    }

    public static String render(LaidOutDiagram diagram) {
        StringBuilder svg = new StringBuilder(8192);
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" "
                + "height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" %s font-size=\"12\" class=\"twinscope-diagram\">%n",
                diagram.width(), diagram.height(), diagram.width(), diagram.height(), FONT));
        svg.append("<title>").append(escape(diagram.title())).append("</title>\n");
        defs(svg);
        svg.append(String.format(Locale.ROOT, "<rect width=\"%.0f\" height=\"%.0f\" fill=\"#ffffff\"/>%n",
                diagram.width(), diagram.height()));
        svg.append(String.format(Locale.ROOT, "<text x=\"20\" y=\"34\" font-size=\"18\" font-weight=\"bold\" "
                + "fill=\"#1f3b57\">%s</text>%n", escape(diagram.title())));
        for (Box box : diagram.boxes()) {
            if (box.kind() == Kind.ORGANIZATION || box.kind() == Kind.BOUNDARY) {
                container(svg, box);
            }
        }
        for (Link link : diagram.links()) {
            link(svg, link);
        }
        for (Box box : diagram.boxes()) {
            if (box.kind() != Kind.ORGANIZATION && box.kind() != Kind.BOUNDARY) {
                node(svg, box);
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

    private static void container(StringBuilder svg, Box box) {
        boolean organization = box.kind() == Kind.ORGANIZATION;
        svg.append(String.format(Locale.ROOT, "<g id=\"%s\" class=\"%s\" data-source=\"%s\">", escape(box.id()),
                organization ? "organization" : "boundary " + escape(box.status()), escape(box.source())));
        svg.append("<title>").append(escape(box.tooltip())).append("</title>");
        String fill = organization ? "#f4f6f9" : box.status().isEmpty() ? "#ffffff" : Legend.fill(box.status());
        String stroke = organization ? "#1f3b57" : Legend.stroke(box.status());
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"%d\" "
                + "fill=\"%s\" fill-opacity=\"%s\" stroke=\"%s\" stroke-width=\"%s\"%s/>", box.x(), box.y(),
                box.width(), box.height(), organization ? 10 : 4, fill, organization ? "1" : "0.45", stroke,
                organization ? "2" : "1.5", organization ? "" : " stroke-dasharray=\"7 4\""));
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-weight=\"bold\" fill=\"%s\">%s"
                + "</text>", box.x() + 10, box.y() + 18, organization ? "#1f3b57" : "#333333",
                escape(box.label())));
        if (!box.subtitle().isEmpty()) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" fill=\"#555555\">"
                    + "%s</text>", box.x() + 10, box.y() + 32, escape(box.subtitle())));
        }
        svg.append("</g>\n");
    }

    private static void node(StringBuilder svg, Box box) {
        String status = box.status();
        svg.append(String.format(Locale.ROOT, "<g id=\"%s\" class=\"%s %s\" data-source=\"%s\">", escape(box.id()),
                box.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'), escape(status), escape(box.source())));
        svg.append("<title>").append(escape(box.tooltip())).append("</title>");
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
            case COLLAPSED_BOUNDARY -> svg.append(rect(box.x(), box.y(), box.width(), box.height(), 4, fill, stroke,
                    2, " stroke-dasharray=\"7 4\""));
            default -> svg.append(rect(box.x(), box.y(), box.width(), box.height(), 4, "#fafafa", "#999999", 1,
                    " stroke-dasharray=\"2 3\""));
        }
        double textX = box.x() + 12;
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-weight=\"bold\">%s</text>", textX,
                box.y() + 20, escape(box.label())));
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" fill=\"#555555\">%s"
                + "</text>", textX, box.y() + 35, escape(box.subtitle())));
        if (box.gap() > 0) {
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"9\" fill=\"#c0392b\"/>"
                    + "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" font-weight=\"bold\" fill=\"#ffffff\" "
                    + "text-anchor=\"middle\">%d</text>", box.x() + box.width() - 4, box.y() + 4,
                    box.x() + box.width() - 4, box.y() + 8, box.gap()));
        }
        badges(svg, box);
        svg.append("</g>\n");
    }

    private static void badges(StringBuilder svg, Box box) {
        double x = box.x() + 10;
        double y = box.y() + 42;
        for (Badge badge : box.badges()) {
            double width = TextMetrics.width(badge.text(), 9) + 8;
            if (x + width > box.x() + box.width() - 6) {
                x = box.x() + 10;
                y += 16;
            }
            svg.append(String.format(Locale.ROOT, "<g class=\"badge %s\" data-practice=\"%s\">", escape(badge
                    .status()), escape(badge.practice())));
            svg.append(rect(x, y, width, 13, 6, Legend.stroke(badge.status()), "none", 0, ""));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"9\" fill=\"#ffffff\" "
                    + "text-anchor=\"middle\">%s</text></g>", x + width / 2, y + 10, escape(badge.text())));
            x += width + 4;
        }
    }

    private static void link(StringBuilder svg, Link link) {
        if (link.points().size() < 2) {
            return;
        }
        String status = link.status();
        String marker = "url(#arrow-" + (status.isEmpty() ? "none" : status) + ")";
        StringBuilder path = new StringBuilder();
        List<Point> points = link.points();
        for (int i = 0; i < points.size(); i++) {
            path.append(i == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f,%.1f", points.get(i).x(),
                    points.get(i).y()));
        }
        svg.append(String.format(Locale.ROOT, "<g id=\"%s\" class=\"link %s%s%s\"%s>", escape(link.id()),
                escape(status), link.commands() ? " commands" : "", link.crossesOrganizations() ? " cross-org" : "",
                link.source() == null ? "" : " data-source=\"" + escape(link.source()) + "\""));
        svg.append("<title>").append(escape(link.tooltip())).append("</title>");
        svg.append(String.format(Locale.ROOT, "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"%s\"%s "
                + "marker-end=\"%s\"%s/>", path, Legend.stroke(status), link.crossesOrganizations() ? "3.2" : "1.5",
                link.commands() ? " stroke-dasharray=\"8 4\"" : "", marker,
                link.bidirectional() ? " marker-start=\"" + marker + "\"" : ""));
        if (link.labelWidth() > 0) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                    + "fill=\"#ffffff\" fill-opacity=\"0.85\"/>", link.labelX(), link.labelY(), link.labelWidth(),
                    link.labelHeight()));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" fill=\"#333333\">"
                    + "%s</text>", link.labelX() + 3, link.labelY() + 11, escape(link.label())));
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
        svg.append(String.format(Locale.ROOT, "<path d=\"M170,%.1f L200,%.1f\" stroke=\"#555555\" "
                + "stroke-width=\"1.5\" marker-end=\"url(#arrow-none)\"/><text x=\"206\" y=\"%.1f\" font-size=\"10\">"
                + "telemetry</text>", y + 7, y + 7, y + 11));
        svg.append(String.format(Locale.ROOT, "<path d=\"M270,%.1f L300,%.1f\" stroke=\"#555555\" "
                + "stroke-width=\"1.5\" stroke-dasharray=\"8 4\" marker-end=\"url(#arrow-none)\"/><text x=\"306\" "
                + "y=\"%.1f\" font-size=\"10\">commands</text>", y + 7, y + 7, y + 11));
        svg.append(String.format(Locale.ROOT, "<path d=\"M376,%.1f L406,%.1f\" stroke=\"#555555\" "
                + "stroke-width=\"3.2\"/><text x=\"412\" y=\"%.1f\" font-size=\"10\">crosses organizations</text>"
                + "<text x=\"540\" y=\"%.1f\" font-size=\"10\">badges: practices that apply; red number: largest "
                + "gap in levels</text>", y + 7, y + 7, y + 11, y + 11));
        svg.append("</g>\n");
    }

    private static String rect(double x, double y, double width, double height, double radius, String fill,
            String stroke, double strokeWidth, String extra) {
        return String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"%.0f\" "
                + "fill=\"%s\" stroke=\"%s\" stroke-width=\"%s\"%s/>", x, y, width, height, radius, fill, stroke,
                strokeWidth == 0 ? "0" : String.format(Locale.ROOT, "%.1f", strokeWidth), extra);
    }
}
