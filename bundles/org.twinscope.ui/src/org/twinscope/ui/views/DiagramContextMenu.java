/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.twinscope.diagram.PngRenderer;
import org.twinscope.report.AtomicFiles;

/**
 * The scope diagram's own context menu (it replaces the browser engine's Back/Reload/Inspect): open the source of the
 * element under the mouse, or of the system when there is none; show the element's boundary (and the practice picked)
 * in the Practice Matrix; export the diagram as SVG or PNG, rendered as the CLI's diagram command renders them.
 */
final class DiagramContextMenu {

    /** PNG scale, as the CLI's diagram command uses: sharp on high-density screens and in documents. */
    private static final double PNG_SCALE = 2;

    private final Control drawing;
    private final Supplier<String> svg;
    private final Supplier<String> title;
    private final Consumer<String> openSource;
    private final Menu menu;
    private final MenuItem open;
    private final MenuItem showInMatrix;
    private String target;

    /**
     * @param targetUnderMouse the qualified name of the element the menu was asked for at, or null; read when the menu
     *                         shows
     * @param openSource       opens a qualified name's element, or the system for null
     * @param matrixTarget     what Show in Practice Matrix shows for a qualified name or null ("boundary X, column
     *                         Y", or null when it has neither a boundary nor a practice to show)
     * @param showInMatrix     shows a qualified name's boundary and the practice picked in the Practice Matrix
     */
    DiagramContextMenu(Control drawing, Supplier<String> svg, Supplier<String> title,
            Supplier<String> targetUnderMouse, Consumer<String> openSource,
            java.util.function.Function<String, String> matrixTarget, Consumer<String> showInMatrix) {
        this.drawing = drawing;
        this.svg = svg;
        this.title = title;
        this.openSource = openSource;
        menu = new Menu(drawing);
        open = new MenuItem(menu, SWT.PUSH);
        open.addListener(SWT.Selection, e -> openSource.accept(target));
        this.showInMatrix = new MenuItem(menu, SWT.PUSH);
        this.showInMatrix.addListener(SWT.Selection, e -> showInMatrix.accept(target));
        new MenuItem(menu, SWT.SEPARATOR);
        MenuItem exportSvg = new MenuItem(menu, SWT.PUSH);
        exportSvg.setText("Export SVG...");
        exportSvg.addListener(SWT.Selection, e -> exportWithDialog("svg"));
        MenuItem exportPng = new MenuItem(menu, SWT.PUSH);
        exportPng.setText("Export PNG...");
        exportPng.addListener(SWT.Selection, e -> exportWithDialog("png"));
        menu.addListener(SWT.Show, e -> {
            target = targetUnderMouse.get();
            open.setText(target == null ? "Open Source (the system)" : "Open Source (" + target + ")");
            String inMatrix = matrixTarget.apply(target);
            this.showInMatrix.setText("Show in Practice Matrix" + (inMatrix == null ? "" : " (" + inMatrix + ")"));
            boolean shown = svg.get() != null;
            open.setEnabled(shown);
            this.showInMatrix.setEnabled(shown);
            exportSvg.setEnabled(shown);
            exportPng.setEnabled(shown);
        });
        drawing.setMenu(menu);
    }

    Menu menu() {
        return menu;
    }

    private void exportWithDialog(String extension) {
        String shown = svg.get();
        if (shown == null) {
            return;
        }
        FileDialog dialog = new FileDialog(drawing.getShell(), SWT.SAVE);
        dialog.setText("Export the scope diagram as " + extension.toUpperCase(java.util.Locale.ROOT));
        dialog.setFilterExtensions(new String[] { "*." + extension });
        dialog.setFileName(fileName(title.get()) + "." + extension);
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            export(shown, Path.of(chosen), extension);
        } catch (IOException | RuntimeException failed) {
            MessageDialog.openError(drawing.getShell(), "Export failed",
                    "The diagram could not be written to " + chosen + ": " + failed.getMessage()
                            + "\nCheck that the folder exists and is writable, then export again.");
        }
    }

    /** Writes the SVG as it is, or rendered to PNG (a file is replaced whole or not at all). */
    static void export(String svg, Path file, String extension) throws IOException {
        if ("png".equals(extension)) {
            AtomicFiles.write(file, PngRenderer.render(svg, PNG_SCALE));
        } else {
            AtomicFiles.write(file, svg);
        }
    }

    /** A file name from the diagram's title ("System X: Access Control" gives "X-Access-Control"). */
    static String fileName(String title) {
        String name = title == null ? "diagram" : title.replaceFirst("^System ", "").replaceAll("[^A-Za-z0-9._-]+", "-")
                .replaceAll("^-+|-+$", "");
        return name.isEmpty() ? "diagram" : name;
    }
}
