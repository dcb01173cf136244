/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.views;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.twinscope.diagram.LaidOutDiagram;
import org.twinscope.diagram.LaidOutDiagram.Box;
import org.twinscope.diagram.LaidOutDiagram.Kind;
import org.twinscope.diagram.LaidOutDiagram.Link;
import org.twinscope.diagram.LaidOutDiagram.Point;
import org.twinscope.diagram.Legend;

/**
 * The scope diagram drawn with SWT where no browser engine is available: the laid-out boxes colored by status (twins
 * rounded), the links with arrowheads (commands dashed, links between organizations thick), scrolling, the reasons
 * as tooltips, and a click that opens the element. The same layout and colors as the SVG, without badges.
 */
public final class DiagramCanvas extends Canvas {

    private static final RGB ORGANIZATION_FILL = new RGB(0xf4, 0xf6, 0xf9);
    private static final RGB TITLE = new RGB(0x1f, 0x3b, 0x57);

    private final Consumer<String> open;
    private final Font titleFont;
    private LaidOutDiagram diagram;
    private double scale = 1;

    /** A canvas that calls {@code open} with the qualified name of the element clicked. */
    public DiagramCanvas(Composite parent, Consumer<String> open) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.H_SCROLL | SWT.V_SCROLL);
        this.open = open;
        FontData[] title = getFont().getFontData();
        for (FontData data : title) {
            data.setHeight(data.getHeight() + 4);
            data.setStyle(SWT.BOLD);
        }
        titleFont = new Font(getDisplay(), title);
        addListener(SWT.Dispose, e -> titleFont.dispose());
        setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        addPaintListener(e -> paint(e.gc));
        addListener(SWT.Resize, e -> updateScrollBars());
        getHorizontalBar().addListener(SWT.Selection, e -> redraw());
        getVerticalBar().addListener(SWT.Selection, e -> redraw());
        addListener(SWT.MouseMove, this::updateToolTip);
        addListener(SWT.MouseUp, e -> {
            Box box = e.button == 1 ? boxAt(e.x, e.y) : null;
            if (box != null && box.source() != null) {
                this.open.accept(box.source());
            }
        });
    }

    /** Shows the diagram at the zoom factor (1 = 100%). */
    public void show(LaidOutDiagram newDiagram, double newScale) {
        diagram = newDiagram;
        scale = newScale;
        updateScrollBars();
        redraw();
    }

    /** The innermost element at a point of the canvas (widget coordinates), or null. */
    public Box boxAt(int x, int y) {
        if (diagram == null) {
            return null;
        }
        double modelX = (x + getHorizontalBar().getSelection()) / scale;
        double modelY = (y + getVerticalBar().getSelection()) / scale;
        Box innermost = null;
        for (Box box : diagram.boxes()) {
            boolean inside = modelX >= box.x() && modelX <= box.x() + box.width() && modelY >= box.y()
                    && modelY <= box.y() + box.height();
            if (inside && (innermost == null || box.width() * box.height() < innermost.width() * innermost.height())) {
                innermost = box;
            }
        }
        return innermost;
    }

    private void updateToolTip(Event event) {
        Box box = boxAt(event.x, event.y);
        String tip = box == null ? null : box.tooltip();
        if (tip == null ? getToolTipText() != null : !tip.equals(getToolTipText())) {
            setToolTipText(tip);
        }
    }

    private void updateScrollBars() {
        Rectangle area = getClientArea();
        double width = diagram == null ? 0 : diagram.width() * scale;
        double height = diagram == null ? 0 : diagram.height() * scale;
        configure(getHorizontalBar(), (int) Math.ceil(width), area.width);
        configure(getVerticalBar(), (int) Math.ceil(height), area.height);
    }

    private static void configure(ScrollBar bar, int content, int visible) {
        bar.setMaximum(Math.max(content, 1));
        bar.setThumb(Math.max(1, Math.min(visible, content)));
        bar.setPageIncrement(Math.max(1, visible - 20));
        bar.setIncrement(20);
        bar.setSelection(Math.min(bar.getSelection(), Math.max(0, content - visible)));
        bar.setVisible(content > visible);
    }

    private void paint(GC gc) {
        if (diagram == null) {
            return;
        }
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        int dx = -getHorizontalBar().getSelection();
        int dy = -getVerticalBar().getSelection();
        gc.setForeground(new Color(TITLE));
        gc.setFont(titleFont);
        gc.drawText(diagram.title(), dx + x(20), dy + y(16), true);
        gc.setFont(getFont());
        for (Box box : diagram.boxes()) {
            paintBox(gc, box, dx, dy);
        }
        for (Link link : diagram.links()) {
            paintLink(gc, link, dx, dy);
        }
    }

    private void paintBox(GC gc, Box box, int dx, int dy) {
        boolean organization = box.kind() == Kind.ORGANIZATION;
        RGB fill = organization ? ORGANIZATION_FILL : rgb(Legend.fill(box.status()));
        RGB stroke = organization ? TITLE : rgb(Legend.stroke(box.status()));
        int left = dx + x(box.x());
        int top = dy + y(box.y());
        int width = x(box.width());
        int height = y(box.height());
        int arc = box.kind() == Kind.TWIN ? y(16) : box.kind() == Kind.ACTOR ? height : 0;
        gc.setBackground(new Color(fill));
        gc.setForeground(new Color(stroke));
        gc.fillRoundRectangle(left, top, width, height, arc, arc);
        gc.setLineStyle(box.kind() == Kind.BOUNDARY ? SWT.LINE_DASH : SWT.LINE_SOLID);
        gc.setLineWidth(organization || box.kind() == Kind.TWIN ? 2 : 1);
        gc.drawRoundRectangle(left, top, width, height, arc, arc);
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setLineWidth(1);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
        String gap = box.gap() > 0 ? "  (gap " + box.gap() + ")" : "";
        gc.drawText(box.label() + gap, left + 6, top + 4, true);
        if (!box.subtitle().isEmpty()) {
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            gc.drawText(box.subtitle(), left + 6, top + 4 + gc.getFontMetrics().getHeight(), true);
        }
    }

    private void paintLink(GC gc, Link link, int dx, int dy) {
        List<Point> points = link.points();
        if (points.size() < 2) {
            return;
        }
        gc.setForeground(new Color(rgb(Legend.stroke(link.status()))));
        gc.setBackground(gc.getForeground());
        gc.setLineWidth(link.crossesOrganizations() ? 3 : 1);
        gc.setLineStyle(link.commands() ? SWT.LINE_DASH : link.isAccess() ? SWT.LINE_DOT : SWT.LINE_SOLID);
        int[] polyline = new int[points.size() * 2];
        for (int i = 0; i < points.size(); i++) {
            polyline[2 * i] = dx + x(points.get(i).x());
            polyline[2 * i + 1] = dy + y(points.get(i).y());
        }
        gc.drawPolyline(polyline);
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setLineWidth(1);
        arrowhead(gc, polyline, polyline.length - 4);
        if (link.bidirectional()) {
            int[] reversed = { polyline[2], polyline[3], polyline[0], polyline[1] };
            arrowhead(gc, reversed, 0);
        }
        if (link.label() != null && !link.label().isEmpty()) {
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            gc.drawText(link.label(), dx + x(link.labelX()), dy + y(link.labelY()), true);
        }
    }

    /** A filled arrowhead at the end of the segment that starts at {@code from} in the coordinate array. */
    private static void arrowhead(GC gc, int[] coordinates, int from) {
        double x1 = coordinates[from];
        double y1 = coordinates[from + 1];
        double x2 = coordinates[from + 2];
        double y2 = coordinates[from + 3];
        double angle = Math.atan2(y2 - y1, x2 - x1);
        int size = 9;
        int[] head = { (int) x2, (int) y2, (int) (x2 - size * Math.cos(angle - 0.4)),
            (int) (y2 - size * Math.sin(angle - 0.4)), (int) (x2 - size * Math.cos(angle + 0.4)),
            (int) (y2 - size * Math.sin(angle + 0.4)) };
        gc.fillPolygon(head);
    }

    private int x(double modelX) {
        return (int) Math.round(modelX * scale);
    }

    private int y(double modelY) {
        return (int) Math.round(modelY * scale);
    }

    private static RGB rgb(String hex) {
        int value = Integer.parseInt(hex.substring(1), 16);
        return new RGB(value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff);
    }
}
