/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.language;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ChunkedResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.twinscope.dsl.library.BuiltInLibrary;
import org.twinscope.dsl.load.ResourceSetIndex;
import org.twinscope.dsl.load.ModelLoader;
import org.twinscope.ui.TwinscopeUiPlugin;

/**
 * A project's Twinscope files as the language sees them: which files belong to the model (the same rule as the command
 * line's), and an edited text parsed as one of them, next to the others as saved, so that the editor's services see
 * cross-file references and the built-in library.
 */
public final class ProjectFiles {

    private ProjectFiles() {
    }

    /** The workspace file a document is open for, or null. */
    public static IFile fileOf(IDocument document) {
        ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
        if (buffer == null || buffer.getLocation() == null) {
            return null;
        }
        IResource resource = ResourcesPlugin.getWorkspace().getRoot().findMember(buffer.getLocation());
        return resource instanceof IFile file ? file : null;
    }

    /**
     * Parses the text as the content of the file (which may be null for a document outside the workspace). The
     * other files of the project are known by their names ({@link ProjectNameIndex}, read again only when saved);
     * a file is loaded, as saved, when a reference into it is resolved.
     */
    public static XtextResource parse(String text, IFile file) {
        XtextResourceSet resourceSet = TwinscopeUiPlugin.getDefault().injector().getInstance(XtextResourceSet.class);
        if (file != null && file.getProject() != null) {
            // Xtext's index provider finds this before anything else, as the language server's index is found
            new ChunkedResourceDescriptions(Map.of(PROJECT_CHUNK, ProjectNameIndex.ofOtherFiles(file),
                    LIBRARY_CHUNK, libraryNames(resourceSet), EDITED_CHUNK, new ResourceDescriptionsData(List.of())),
                    resourceSet);
            ResourceSetIndex.attachProject(resourceSet, PROJECT_CHUNK, List.of(LIBRARY_CHUNK, EDITED_CHUNK));
        }
        URI uri = file != null ? uri(file) : URI.createURI("memory:/untitled.twin");
        Resource resource = resourceSet.createResource(uri);
        try {
            // the text goes to the parser as it is, not encoded to bytes and decoded again
            resource.load(new LazyStringInputStream(text, StandardCharsets.UTF_8.name()),
                    Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
        } catch (IOException e) {
            // an in-memory stream does not fail; the parser reports bad text as syntax errors
        }
        ChunkedResourceDescriptions index = ChunkedResourceDescriptions.findInEmfObject(resourceSet);
        if (index != null) {
            // the edited text's names too, as the other files see it: a file loaded to resolve a reference (or to
            // find references) links to the edited elements, not to their saved version
            IResourceDescription.Manager manager = TwinscopeUiPlugin.getDefault().injector()
                    .getInstance(IResourceDescription.Manager.class);
            index.setContainer(EDITED_CHUNK, new ResourceDescriptionsData(List.of(
                    manager.getResourceDescription(resource))));
        }
        return (XtextResource) resource;
    }

    private static final String PROJECT_CHUNK = "project";
    private static final String LIBRARY_CHUNK = "library";
    private static final String EDITED_CHUNK = "edited";

    /**
     * The built-in library's names in the resource set, indexed like the project's files, as the command line
     * indexes them: the cross-file name check then sees the same names in the editor as there.
     */
    private static ResourceDescriptionsData libraryNames(XtextResourceSet resourceSet) {
        IResourceDescription.Manager manager = TwinscopeUiPlugin.getDefault().injector()
                .getInstance(IResourceDescription.Manager.class);
        List<IResourceDescription> descriptions = new ArrayList<>();
        for (Resource library : TwinscopeUiPlugin.getDefault().injector().getInstance(BuiltInLibrary.class)
                .resources(resourceSet)) {
            descriptions.add(manager.getResourceDescription(library));
        }
        return new ResourceDescriptionsData(descriptions);
    }

    /**
     * Loads, as saved, the project's files that the parse of the file's text has not loaded yet: for questions about
     * the whole project (where an element is referenced), which the names alone do not answer.
     */
    public static void loadOtherFiles(XtextResource parse, IFile file) {
        if (file == null || file.getProject() == null) {
            return;
        }
        XtextResourceSet resourceSet = (XtextResourceSet) parse.getResourceSet();
        for (IFile other : of(file.getProject())) {
            URI uri = uri(other);
            if (!other.equals(file) && resourceSet.getResource(uri, false) == null) {
                load(resourceSet, uri, other);
            }
        }
    }

    public static URI uri(IFile file) {
        IPath location = file.getLocation();
        return location != null ? URI.createFileURI(location.toOSString())
                : URI.createPlatformResourceURI(file.getFullPath().toString(), true);
    }

    /** The .twin and .smm files of a project, outside build output and hidden folders. */
    public static List<IFile> of(IProject project) {
        List<IFile> files = new ArrayList<>();
        try {
            project.accept(resource -> {
                if (resource.getType() != IResource.PROJECT && ModelLoader.isOutsideTheModel(resource.getName())) {
                    return false;
                }
                if (resource instanceof IFile file && ModelLoader.isTwinscopeExtension(file.getFileExtension())) {
                    files.add(file);
                }
                return true;
            });
        } catch (CoreException e) {
            // a closed or vanished project has no files to offer
        }
        return files;
    }

    /** Whether the file is one of {@link #of(IProject) its project's Twinscope files}. */
    public static boolean isModelFile(IFile file) {
        if (!ModelLoader.isTwinscopeExtension(file.getFileExtension())) {
            return false;
        }
        for (String segment : file.getProjectRelativePath().segments()) {
            if (ModelLoader.isOutsideTheModel(segment)) {
                return false;
            }
        }
        return true;
    }

    private static void load(XtextResourceSet resourceSet, URI uri, IFile file) {
        Resource resource = resourceSet.createResource(uri);
        try (InputStream in = file.getContents(true)) {
            resource.load(in, Map.of());
        } catch (IOException | CoreException e) {
            resourceSet.getResources().remove(resource);
        }
    }
}
