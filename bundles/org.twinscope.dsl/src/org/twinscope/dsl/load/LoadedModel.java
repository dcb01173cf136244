/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * Twinscope files read into one resource set (references resolve across them and into the built-in library), with
 * every problem found on the way.
 *
 * @param resourceSet the resource set holding the user's files and the built-in library
 * @param files the user's resources by the file they were read from, in a stable order
 * @param libraryResources the built-in library's resources (catalog, default rules, starter profile, mappings)
 * @param problems every problem, sorted by file and position
 */
public record LoadedModel(ResourceSet resourceSet, Map<Path, Resource> files, List<Resource> libraryResources,
        List<Problem> problems) {

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    }

    public long count(Problem.Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).count();
    }

    /** The user's resources, then the built-in library's: everything the analysis reads. */
    public List<Resource> resources() {
        List<Resource> resources = new ArrayList<>(files.values());
        resources.addAll(libraryResources);
        return resources;
    }
}
