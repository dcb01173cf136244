/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.twinscope.analysis.AnalysisInput;
import org.twinscope.analysis.AnalysisResult;
import org.twinscope.analysis.Analyzer;
import org.twinscope.dsl.TwinscopeStandaloneSetup;
import org.twinscope.dsl.load.LoadedModel;
import org.twinscope.dsl.load.ModelLoader;
import org.twinscope.dsl.load.Problem;
import org.twinscope.report.SourceLocation;
import org.twinscope.report.SourceLocator;

import com.google.inject.Injector;

/** Reads the files a command is given, once, and reports their problems the way compilers do. */
final class Workspace {

    private final LoadedModel model;
    private final Path base;

    private Workspace(LoadedModel model) {
        this.model = model;
        this.base = Path.of("").toAbsolutePath();
    }

    static Workspace load(List<Path> paths, Progress progress) {
        progress.phase("Reading " + paths.size() + (paths.size() == 1 ? " path" : " paths"));
        Injector injector = TwinscopeStandaloneSetup.doSetup();
        ModelLoader loader = injector.getInstance(ModelLoader.class);
        return new Workspace(loader.load(paths));
    }

    LoadedModel model() {
        return model;
    }

    boolean hasErrors() {
        return model.hasErrors();
    }

    /** Prints every problem, one per line, with paths relative to the working folder when they are below it. */
    void printProblems(PrintWriter out, boolean includeInfos) {
        for (Problem problem : model.problems()) {
            if (includeInfos || problem.severity() != Problem.Severity.INFO) {
                out.println(relative(problem).format());
            }
        }
    }

    Problem relative(Problem problem) {
        if (problem.file() == null) {
            return problem;
        }
        return new Problem(display(problem.file()), problem.line(), problem.column(), problem.severity(),
                problem.code(), problem.message());
    }

    Path display(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(base) ? base.relativize(absolute) : absolute;
    }

    /**
     * The analysis of the files, or null after explaining on standard error why there is none: the problems are
     * printed first, and a model with errors is not analyzed, since its analysis would mislead.
     *
     * @param consequence what the command does not do because of the errors, e.g. "no report was written"
     */
    AnalysisResult analyzeOrExplain(PrintWriter stderr, String command, String consequence, Progress progress) {
        printProblems(stderr, false);
        if (hasErrors()) {
            stderr.println("twinscope " + command + ": fix the errors above first; " + consequence + ".");
            return null;
        }
        progress.phase("Analyzing");
        return Analyzer.analyze(analysisInput());
    }

    /** The user's files and the built-in library, for analysis. */
    AnalysisInput analysisInput() {
        List<Resource> resources = new ArrayList<>(model.files().values());
        resources.addAll(model.libraryResources());
        return AnalysisInput.of(resources);
    }

    /** Locates elements of the user's files (library elements have no location a user could open). */
    SourceLocator locator() {
        return (EObject element) -> {
            Resource resource = element.eResource();
            if (resource == null || !model.files().containsValue(resource)) {
                return null;
            }
            ICompositeNode node = NodeModelUtils.getNode(element);
            if (node == null) {
                return null;
            }
            Path file = Path.of(resource.getURI().toFileString());
            var start = NodeModelUtils.getLineAndColumn(node, node.getOffset());
            var end = NodeModelUtils.getLineAndColumn(node, node.getEndOffset());
            return new SourceLocation(display(file).toString().replace('\\', '/'), start.getLine(),
                    start.getColumn(), end.getLine(), end.getColumn());
        };
    }
}
