/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.language;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.twinscope.ui.TwinscopeUiPlugin;

/**
 * The names that the saved Twinscope files of a project export, kept per file with the modification stamp it was
 * read at: the editor's parse of a document links against these names instead of parsing every other file of the
 * project on each change, and only the files that referenced elements live in are loaded, when a reference is
 * resolved. A file is read again only when its stamp changed; a project's files are listed again only when
 * {@link TwinscopeFileChanges} counted a change.
 */
final class ProjectNameIndex {

    // a plain map: project handles are made anew by each caller, so weak keys would drop the table at any collection
    private static final Map<IProject, ProjectNameIndex> PROJECTS = new HashMap<>();

    private final IProject project;
    private final Map<IFile, Indexed> files = new HashMap<>();
    /** The table without one file (the one being edited), by that file; emptied when any file changes. */
    private final Map<IFile, ResourceDescriptionsData> withoutFile = new HashMap<>();
    private long listedAt = -1;

    /** A file's exported names as read at a modification stamp. */
    private record Indexed(long stamp, IResourceDescription description) {
    }

    private ProjectNameIndex(IProject project) {
        this.project = project;
    }

    /**
     * The names of the project's saved Twinscope files other than the given one (whose text the caller parses), up
     * to date with the workspace.
     */
    static ResourceDescriptionsData ofOtherFiles(IFile file) {
        ProjectNameIndex index;
        synchronized (PROJECTS) {
            index = PROJECTS.computeIfAbsent(file.getProject(), ProjectNameIndex::new);
        }
        return index.without(file);
    }

    private synchronized ResourceDescriptionsData without(IFile file) {
        refresh();
        return withoutFile.computeIfAbsent(file, excluded -> {
            List<IResourceDescription> descriptions = new ArrayList<>(files.size());
            files.forEach((other, indexed) -> {
                if (!other.equals(excluded)) {
                    descriptions.add(indexed.description());
                }
            });
            return new ResourceDescriptionsData(descriptions);
        });
    }

    /** Reads the files added or saved since the last call and forgets the removed ones. */
    private void refresh() {
        long changes = TwinscopeFileChanges.ofProject(project);
        if (changes == listedAt) {
            return;
        }
        listedAt = changes;
        Set<IFile> present = new HashSet<>();
        boolean changed = false;
        for (IFile file : ProjectFiles.of(project)) {
            present.add(file);
            long stamp = file.getModificationStamp();
            Indexed indexed = files.get(file);
            if (indexed == null || indexed.stamp() != stamp) {
                files.put(file, new Indexed(stamp, read(file)));
                changed = true;
            }
        }
        changed |= files.keySet().retainAll(present);
        if (changed) {
            withoutFile.clear();
        }
    }

    /** Parses a file (without linking: names do not depend on references) and keeps a copy of its names alone. */
    private static IResourceDescription read(IFile file) {
        XtextResourceSet resourceSet = TwinscopeUiPlugin.getDefault().injector().getInstance(XtextResourceSet.class);
        URI uri = ProjectFiles.uri(file);
        Resource resource = resourceSet.createResource(uri);
        try (InputStream in = file.getContents(true)) {
            resource.load(in, Map.of());
        } catch (IOException | CoreException e) {
            // unreadable now: no names until it is saved again, as if it were empty
        }
        IResourceDescription.Manager manager = TwinscopeUiPlugin.getDefault().injector()
                .getInstance(IResourceDescription.Manager.class);
        return new ExportedNames(manager.getResourceDescription(resource));
    }
}
