/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.builder;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.twinscope.dsl.load.LoadedModel;
import org.twinscope.dsl.load.ModelLoader;
import org.twinscope.dsl.load.Problem;
import org.twinscope.ui.TwinscopeUiPlugin;
import org.twinscope.ui.editor.EditorResources;

/**
 * Validates the Twinscope files of a project and shows the problems as markers. A change to any .twin or .smm file
 * re-validates every Twinscope file of the project, because any of them may refer to the changed one; a change to
 * other files does nothing.
 */
public class TwinscopeBuilder extends IncrementalProjectBuilder {

    public static final String ID = "org.twinscope.ui.builder";
    public static final String MARKER = "org.twinscope.ui.problem";
    /** Marker attribute with the stable issue code. */
    public static final String CODE = "code";

    @Override
    protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
        IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
        if (delta != null && !touchesTwinscopeFiles(delta)) {
            return null;
        }
        validate(getProject(), monitor);
        return null;
    }

    /** Validates every Twinscope file of the project and replaces their markers. */
    public static void validate(IProject project, IProgressMonitor monitor) throws CoreException {
        List<IFile> files = EditorResources.twinscopeFiles(project);
        SubMonitor progress = SubMonitor.convert(monitor, "Validating Twinscope files of " + project.getName(),
                files.size() + 1);
        project.deleteMarkers(MARKER, true, org.eclipse.core.resources.IResource.DEPTH_INFINITE);
        if (files.isEmpty()) {
            return;
        }
        Map<Path, IFile> byPath = new HashMap<>();
        for (IFile file : files) {
            if (file.getLocation() != null) {
                byPath.put(Path.of(file.getLocation().toOSString()).toAbsolutePath().normalize(), file);
            }
        }
        ModelLoader loader = TwinscopeUiPlugin.getDefault().injector().getInstance(ModelLoader.class);
        LoadedModel model = loader.load(List.copyOf(byPath.keySet()));
        progress.worked(1);
        Map<IFile, String> texts = new HashMap<>();
        for (Problem problem : model.problems()) {
            IFile file = problem.file() == null ? null : byPath.get(problem.file().toAbsolutePath().normalize());
            if (file != null) {
                createMarker(file, problem, texts.computeIfAbsent(file, TwinscopeBuilder::read));
            }
        }
        progress.worked(files.size());
    }

    private static String read(IFile file) {
        try (java.io.InputStream in = file.getContents(true)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException | CoreException e) {
            return "";
        }
    }

    private static void createMarker(IFile file, Problem problem, String text) throws CoreException {
        IMarker marker = file.createMarker(MARKER);
        marker.setAttribute(IMarker.MESSAGE, problem.message());
        marker.setAttribute(IMarker.SEVERITY, switch (problem.severity()) {
            case ERROR -> IMarker.SEVERITY_ERROR;
            case WARNING -> IMarker.SEVERITY_WARNING;
            case INFO -> IMarker.SEVERITY_INFO;
        });
        marker.setAttribute(IMarker.LINE_NUMBER, Math.max(problem.line(), 1));
        marker.setAttribute(IMarker.LOCATION, "line " + Math.max(problem.line(), 1) + ", column "
                + Math.max(problem.column(), 1));
        marker.setAttribute(CODE, problem.code());
        int[] range = MarkerRange.of(text, problem.line(), problem.column());
        if (range != null) {
            marker.setAttribute(IMarker.CHAR_START, range[0]);
            marker.setAttribute(IMarker.CHAR_END, range[1]);
        }
    }

    private static boolean touchesTwinscopeFiles(IResourceDelta delta) throws CoreException {
        boolean[] found = { false };
        delta.accept(child -> {
            if (child.getResource() instanceof IFile file
                    && ModelLoader.EXTENSIONS.contains(file.getFileExtension())) {
                found[0] = true;
            }
            return !found[0];
        });
        return found[0];
    }
}
