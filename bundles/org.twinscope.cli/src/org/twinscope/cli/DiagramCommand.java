/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.twinscope.analysis.AnalysisResult;
import org.twinscope.analysis.SystemAnalysis;
import org.twinscope.diagram.BoundaryDiagram;
import org.twinscope.diagram.DiagramScope;
import org.twinscope.diagram.LaidOutDiagram;
import org.twinscope.diagram.PngRenderer;
import org.twinscope.diagram.SvgRenderer;
import org.twinscope.model.smm.Practice;
import org.twinscope.model.smm.SubDomain;
import org.twinscope.model.twin.Boundary;
import org.twinscope.report.AtomicFiles;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The boundary diagram of a system, scoped to a practice or sub-domain, as SVG or PNG. */
@Command(name = "diagram", mixinStandardHelpOptions = true,
        description = "Draw the boundary diagram of a system, colored by where a practice applies and how it stands.")
final class DiagramCommand implements Callable<Integer> {

    @Mixin
    private InputOptions input;

    static final class Selection {
        @Option(names = "--practice", paramLabel = "PRACTICE", description = "Practice to show, e.g. AccessControl.")
        String practice;

        @Option(names = "--subdomain", paramLabel = "SUBDOMAIN", description = "Sub-domain to show, e.g. DataProtection.")
        String subDomain;
    }

    @ArgGroup(exclusive = true)
    private Selection selection;

    @Option(names = "--system", paramLabel = "NAME", description = "The system to draw (default: the first).")
    private String systemName;

    @Option(names = "--boundary", paramLabel = "NAME", description = "Draw only this boundary and what it links to.")
    private String boundaryName;

    @Option(names = "--overview", description = "One node per top-level boundary (default for large systems).")
    private boolean overview;

    @Option(names = "--full", description = "Every element, however large the system.")
    private boolean full;

    @Option(names = { "-o", "--out" }, required = true, paramLabel = "FILE",
            description = "Output file; .svg or .png (PNG is rendered from the SVG).")
    private Path out;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter stderr = spec.commandLine().getErr();
        String name = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (!name.endsWith(".svg") && !name.endsWith(".png")) {
            stderr.println("twinscope diagram: --out must end in .svg or .png, e.g. --out line.svg");
            return 2;
        }
        Progress progress = input.progress(stderr);
        Workspace workspace = Workspace.load(input, progress);
        if (workspace.badArguments(stderr, "diagram")) {
            return 2;
        }
        AnalysisResult result = workspace.analyzeOrExplain(stderr, "diagram", "no diagram was drawn", progress);
        if (result == null) {
            return 1;
        }
        SystemAnalysis system = result.systems().stream()
                .filter(s -> systemName == null || systemName.equals(s.system().getName())).findFirst().orElse(null);
        if (system == null) {
            stderr.println(systemName == null ? "twinscope diagram: the files describe no system"
                    : "twinscope diagram: no system named " + systemName + "; systems: " + String.join(", ",
                            result.systems().stream().map(s -> s.system().getName()).toList()));
            return systemName == null ? 1 : 2;
        }
        DiagramScope scope = scope(system, stderr);
        if (scope == null) {
            return 2; // --practice or --subdomain names nothing in the catalog
        }
        progress.phase("Laying out");
        LaidOutDiagram diagram;
        if (boundaryName != null) {
            Boundary boundary = boundary(system);
            if (boundary == null) {
                stderr.println("twinscope diagram: no boundary named " + boundaryName + " in " + system.system()
                        .getName());
                return 2;
            }
            diagram = BoundaryDiagram.detail(system, scope, boundary);
        } else if (overview) {
            diagram = BoundaryDiagram.overview(system, scope);
        } else if (full) {
            diagram = BoundaryDiagram.full(system, scope);
        } else {
            diagram = BoundaryDiagram.auto(system, scope);
        }
        String svg = SvgRenderer.render(diagram);
        if (name.endsWith(".png")) {
            AtomicFiles.write(out, PngRenderer.render(svg, 2));
        } else {
            AtomicFiles.write(out, svg);
        }
        spec.commandLine().getOut().println("Diagram written to " + out);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private DiagramScope scope(SystemAnalysis system, PrintWriter stderr) {
        if (selection == null) {
            return DiagramScope.all();
        }
        List<Practice> practices = system.applicabilities().stream().map(a -> a.practice()).distinct().toList();
        if (selection.practice != null) {
            for (Practice practice : allPractices(system)) {
                if (selection.practice.equals(practice.getName())) {
                    return DiagramScope.of(practice);
                }
            }
            stderr.println("twinscope diagram: unknown practice " + selection.practice + "; practices that apply: "
                    + String.join(", ", practices.stream().map(Practice::getName).toList()));
            return null;
        }
        for (Practice practice : allPractices(system)) {
            SubDomain subDomain = practice.getSubDomain();
            if (subDomain != null && selection.subDomain.equals(subDomain.getName())) {
                return DiagramScope.of(subDomain);
            }
            if (subDomain != null && subDomain.getFormerNames().contains(selection.subDomain)) {
                stderr.println("twinscope diagram: '" + selection.subDomain + "' is the former id of sub-domain "
                        + subDomain.getTitle() + "; use --subdomain " + subDomain.getName());
                return DiagramScope.of(subDomain);
            }
        }
        stderr.println("twinscope diagram: unknown sub-domain " + selection.subDomain);
        return null;
    }

    private static List<Practice> allPractices(SystemAnalysis system) {
        return system.applicabilities().stream().map(a -> a.practice()).distinct().toList();
    }

    private Boundary boundary(SystemAnalysis system) {
        return system.facts().elements().stream().filter(Boundary.class::isInstance).map(Boundary.class::cast)
                .filter(b -> boundaryName.equals(b.getName())).findFirst().orElse(null);
    }
}
