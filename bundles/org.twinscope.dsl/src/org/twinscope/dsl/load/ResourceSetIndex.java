/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.ChunkedResourceDescriptions;
import org.eclipse.xtext.resource.impl.ProjectDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;

import com.google.inject.Inject;

/**
 * The names that the files of a resource set export, in one table by name, attached to the resource set so that
 * linking and the cross-file name check find them there (Xtext's ResourceDescriptionsProvider returns an attached
 * index before anything else, as the language server's own index is found). Without it, Xtext asks every file of
 * the resource set for each name to look up: reading N files then takes time in proportion to N squared.
 * <p>
 * For a resource set whose files are all loaded and no longer change (the command line, a build): the table is made
 * once, from the names as parsed, which do not depend on linking.
 */
public class ResourceSetIndex {

    private static final String CHUNK = "twinscope.files";

    @Inject
    private IResourceDescription.Manager descriptions;

    /** Indexes the resource set's resources (the user's files and the built-in library) as they are now. */
    public void attach(ResourceSet resourceSet) {
        List<IResourceDescription> all = new ArrayList<>(resourceSet.getResources().size());
        for (Resource resource : List.copyOf(resourceSet.getResources())) {
            all.add(descriptions.getResourceDescription(resource));
        }
        ChunkedResourceDescriptions.removeFromEmfObject(resourceSet);
        new ChunkedResourceDescriptions(Map.of(CHUNK, new ResourceDescriptionsData(all)), resourceSet);
        attachProject(resourceSet, CHUNK, List.of());
    }

    /**
     * Says which chunk of an attached index holds the resource set's own files and which others it sees: Xtext's
     * container manager then looks names up in those chunks (as in the language server) instead of asking for a
     * resource-set-based index.
     */
    public static void attachProject(ResourceSet resourceSet, String chunk, List<String> visibleChunks) {
        ProjectDescription.removeFromEmfObject(resourceSet);
        ProjectDescription project = new ProjectDescription();
        project.setName(chunk);
        project.setDependencies(visibleChunks);
        project.attachToEmfObject(resourceSet);
    }
}
