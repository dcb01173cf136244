/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.outline;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/**
 * One 16x16 icon per kind of element, drawn once per display with the colors the Scope Diagram gives the kinds
 * (boundaries dashed, assets square, twins round, links as arrows), so that the outline reads like the diagram.
 * Kinds without a shape of their own get a letter. The icons live as long as the display.
 */
final class OutlineIcons {

    private static final Map<String, Image> ICONS = new HashMap<>();
    private static final RGB BOUNDARY = new RGB(90, 107, 123);
    private static final RGB ASSET = new RGB(140, 98, 57);
    private static final RGB TWIN = new RGB(0, 128, 128);
    private static final RGB LINK = new RGB(60, 60, 60);
    private static final RGB ORGANIZATION = new RGB(111, 66, 193);
    private static final RGB ACTOR = new RGB(52, 101, 164);
    private static final RGB SMM = new RGB(46, 139, 87);
    /** Stands for "no pixel" while drawing; no kind uses it. */
    private static final RGB KEY = new RGB(255, 0, 255);

    private OutlineIcons() {
    }

    /** The icon of a kind ("asset", "twin system", ...); created on the UI thread on first use. */
    static synchronized Image of(String kind) {
        Image icon = ICONS.get(kind);
        if (icon == null || icon.isDisposed()) {
            Display display = Display.getCurrent();
            icon = draw(display, kind);
            ICONS.put(kind, icon);
            Image created = icon;
            display.disposeExec(created::dispose);
        }
        return icon;
    }

    /** Draws on a key color, then makes the key color transparent (without antialiasing, which would blend it in). */
    private static Image draw(Display display, String kind) {
        Image canvas = new Image(display, 16, 16);
        GC gc = new GC(canvas);
        try {
            gc.setBackground(color(display, KEY));
            gc.fillRectangle(0, 0, 16, 16);
            gc.setAntialias(SWT.OFF);
            gc.setLineWidth(2);
            shape(gc, display, kind);
        } finally {
            gc.dispose();
        }
        ImageData data = canvas.getImageData();
        canvas.dispose();
        data.transparentPixel = data.palette.getPixel(KEY);
        return new Image(display, data);
    }

    private static void shape(GC gc, Display display, String kind) {
        switch (kind) {
            case "boundary" -> {
                gc.setForeground(color(display, BOUNDARY));
                gc.setLineStyle(SWT.LINE_DASH);
                gc.drawRectangle(2, 2, 12, 12);
            }
            case "asset" -> fill(gc, display, ASSET, () -> gc.fillRectangle(3, 3, 10, 10));
            case "twin" -> fill(gc, display, TWIN, () -> gc.fillOval(2, 2, 12, 12));
            case "synchronization" -> {
                gc.setForeground(color(display, LINK));
                gc.setBackground(color(display, LINK));
                gc.drawLine(1, 8, 10, 8);
                gc.fillPolygon(new int[] { 9, 3, 15, 8, 9, 13 });
            }
            case "organization" -> fill(gc, display, ORGANIZATION, () -> {
                gc.fillPolygon(new int[] { 1, 7, 8, 1, 15, 7 });
                gc.fillRectangle(3, 7, 10, 8);
            });
            case "actor" -> fill(gc, display, ACTOR, () -> {
                gc.fillOval(5, 1, 6, 6);
                gc.fillOval(2, 8, 12, 12);
            });
            case "twin system" -> {
                gc.setForeground(color(display, BOUNDARY));
                gc.drawRectangle(1, 1, 13, 13);
                gc.setBackground(color(display, TWIN));
                gc.fillOval(5, 5, 6, 6);
            }
            default -> letter(gc, display, kind);
        }
    }

    private static void fill(GC gc, Display display, RGB rgb, Runnable shape) {
        gc.setBackground(color(display, rgb));
        shape.run();
    }

    /** A rounded square with the kind's first letter: profiles, assessments, plans, rules, catalog entries. */
    private static void letter(GC gc, Display display, String kind) {
        gc.setBackground(color(display, SMM));
        gc.fillRoundRectangle(1, 1, 14, 14, 5, 5);
        gc.setForeground(display.getSystemColor(SWT.COLOR_WHITE));
        String letter = kind.isEmpty() ? "?" : kind.substring(0, 1).toUpperCase(java.util.Locale.ROOT);
        var extent = gc.textExtent(letter);
        gc.drawString(letter, (16 - extent.x) / 2, (16 - extent.y) / 2, true);
    }

    private static Color color(Display display, RGB rgb) {
        return new Color(display, rgb);
    }
}
