/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.builder;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.xtext.util.Strings;
import org.twinscope.dsl.IssueCodes;
import org.twinscope.dsl.load.LoadedModel;
import org.twinscope.dsl.load.ModelLoader;
import org.twinscope.dsl.load.Problem;
import org.twinscope.ui.TwinscopeUiPlugin;
import org.twinscope.ui.language.ProjectFiles;

/**
 * Validates the Twinscope files of a project and shows the problems as markers. A full build validates every file; an
 * incremental build re-validates the changed files, the files that referred to them in the last build, and the files
 * whose references did not resolve or whose names collided (a change elsewhere may fix or break those). All files are
 * still read and linked, since any of them may declare what the others refer to.
 */
public class TwinscopeBuilder extends IncrementalProjectBuilder {

    public static final String ID = "org.twinscope.ui.builder";
    public static final String MARKER = "org.twinscope.ui.problem";
    /** Marker attribute with the stable issue code. */
    public static final String CODE = "code";
    /**
     * Marker attribute with the issue data, what a quick fix needs (see {@link IssueCodes}), packed into one string
     * with {@link Strings#pack(String[])} (markers hold no lists); absent when the problem has none.
     */
    public static final String DATA = "data";

    /** For each file, the files it referred to in the last build (this session). */
    private final Map<Path, Set<Path>> dependencies = new HashMap<>();
    private int lastValidated;

    @Override
    protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
        IResourceDelta delta = kind == FULL_BUILD || dependencies.isEmpty() ? null : getDelta(getProject());
        Set<Path> changed = delta == null ? null : changedFiles(delta);
        if (changed != null && changed.isEmpty()) {
            return null;
        }
        validate(getProject(), changed, monitor);
        return null;
    }

    /** How many files the last build of this builder validated (for tests). */
    public int lastValidated() {
        return lastValidated;
    }

    /** Validates every Twinscope file of the project and replaces their markers. */
    public static void validate(IProject project, IProgressMonitor monitor) throws CoreException {
        new TwinscopeBuilder().validate(project, null, monitor);
    }

    private void validate(IProject project, Set<Path> changed, IProgressMonitor monitor)
            throws CoreException {
        List<IFile> files = ProjectFiles.of(project);
        SubMonitor progress = SubMonitor.convert(monitor, "Validating Twinscope files of " + project.getName(),
                files.size() + 1);
        Map<Path, IFile> byPath = new HashMap<>();
        for (IFile file : files) {
            if (file.getLocation() != null) {
                byPath.put(path(file), file);
            }
        }
        Set<Path> selected = changed == null ? byPath.keySet() : affected(changed, byPath);
        for (Path path : selected) {
            IFile file = byPath.get(path);
            if (file != null) {
                file.deleteMarkers(MARKER, true, org.eclipse.core.resources.IResource.DEPTH_ZERO);
            }
        }
        lastValidated = selected.size();
        if (files.isEmpty()) {
            return;
        }
        ModelLoader loader = TwinscopeUiPlugin.getDefault().injector().getInstance(ModelLoader.class);
        LoadedModel model = loader.load(List.copyOf(byPath.keySet()), selected::contains);
        progress.worked(1);
        rememberDependencies(model);
        Map<IFile, String> texts = new HashMap<>();
        for (Problem problem : model.problems()) {
            IFile file = problem.file() == null ? null : byPath.get(problem.file().toAbsolutePath().normalize());
            if (file != null && selected.contains(path(file))) {
                createMarker(file, problem, texts.computeIfAbsent(file, TwinscopeBuilder::read));
            }
        }
        progress.worked(files.size());
    }

    /** The changed files, the files that referred to them, and the files with unresolved or duplicate names. */
    private Set<Path> affected(Set<Path> changed, Map<Path, IFile> byPath) throws CoreException {
        Set<Path> affected = new HashSet<>(changed);
        dependencies.forEach((file, referenced) -> {
            if (referenced.stream().anyMatch(changed::contains)) {
                affected.add(file);
            }
        });
        for (Map.Entry<Path, IFile> entry : byPath.entrySet()) {
            for (IMarker marker : entry.getValue().findMarkers(MARKER, true, 0)) {
                String code = marker.getAttribute(CODE, "");
                if (code.equals(IssueCodes.UNRESOLVED_REFERENCE) || code.equals(IssueCodes.DUPLICATE_NAME)) {
                    affected.add(entry.getKey());
                }
            }
        }
        affected.retainAll(byPath.keySet());
        return affected;
    }

    private void rememberDependencies(LoadedModel model) {
        dependencies.clear();
        Map<org.eclipse.emf.ecore.resource.Resource, Path> paths = new HashMap<>();
        model.files().forEach((path, resource) -> paths.put(resource, path.toAbsolutePath().normalize()));
        model.files().forEach((path, resource) -> {
            Set<Path> referenced = new HashSet<>();
            for (var settings : org.eclipse.emf.ecore.util.EcoreUtil.ExternalCrossReferencer.find(resource)
                    .entrySet()) {
                Path target = paths.get(settings.getKey().eResource());
                if (target != null) {
                    referenced.add(target);
                }
            }
            dependencies.put(path.toAbsolutePath().normalize(), referenced);
        });
    }

    private static Set<Path> changedFiles(IResourceDelta delta) throws CoreException {
        Set<Path> changed = new HashSet<>();
        delta.accept(child -> {
            if (child.getResource() instanceof IFile file && ModelLoader.isTwinscopeExtension(file.getFileExtension())
                    && file.getLocation() != null) {
                changed.add(path(file));
            }
            return true;
        });
        return changed;
    }

    private static Path path(IFile file) {
        return Path.of(file.getLocation().toOSString()).toAbsolutePath().normalize();
    }

    private static String read(IFile file) {
        try (java.io.InputStream in = file.getContents(true)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException | CoreException e) {
            return "";
        }
    }

    /**
     * Creates the marker with all its attributes at once: markers are read without the workspace lock (quick fixes,
     * the Problems view), so a marker whose range is set after its severity can be seen without a range.
     */
    private static void createMarker(IFile file, Problem problem, String text) throws CoreException {
        java.util.Map<String, Object> attributes = new java.util.HashMap<>();
        attributes.put(IMarker.MESSAGE, problem.message());
        attributes.put(IMarker.SEVERITY, switch (problem.severity()) {
            case ERROR -> IMarker.SEVERITY_ERROR;
            case WARNING -> IMarker.SEVERITY_WARNING;
            case INFO -> IMarker.SEVERITY_INFO;
        });
        attributes.put(IMarker.LINE_NUMBER, Math.max(problem.line(), 1));
        attributes.put(IMarker.LOCATION, "line " + Math.max(problem.line(), 1) + ", column "
                + Math.max(problem.column(), 1));
        attributes.put(CODE, problem.code());
        if (!problem.data().isEmpty()) {
            attributes.put(DATA, Strings.pack(problem.data().toArray(String[]::new)));
        }
        int[] range = MarkerRange.of(text, problem.line(), problem.column());
        if (range != null) {
            attributes.put(IMarker.CHAR_START, range[0]);
            attributes.put(IMarker.CHAR_END, range[1]);
        }
        file.createMarker(MARKER, attributes);
    }
}
