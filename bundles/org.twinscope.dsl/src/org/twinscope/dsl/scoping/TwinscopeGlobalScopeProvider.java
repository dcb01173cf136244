/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.DefaultGlobalScopeProvider;
import org.eclipse.xtext.scoping.impl.SimpleScope;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;
import org.twinscope.dsl.library.BuiltInLibrary;

import com.google.common.base.Predicate;
import com.google.inject.Inject;

/**
 * The workspace (all files of the project or folder) first, then the built-in library, so that a user's own catalog
 * or rule can shadow a library one of the same qualified name.
 */
public class TwinscopeGlobalScopeProvider extends DefaultGlobalScopeProvider {

    @Inject
    private BuiltInLibrary library;

    @Inject
    private IResourceDescription.Manager descriptions;

    @Inject
    private IResourceScopeCache cache;

    private static final String LIBRARY_ELEMENTS = "twinscope.libraryElements";

    @Override
    protected IScope getScope(Resource resource, boolean ignoreCase, EClass type,
            Predicate<IEObjectDescription> filter) {
        IScope workspace = super.getScope(resource, ignoreCase, type, filter);
        if (resource.getResourceSet() == null) {
            return workspace;
        }
        List<Resource> libraryResources = library.resources(resource.getResourceSet());
        if (libraryResources.isEmpty()) {
            return workspace;
        }
        // asked once per reference to link: the library's elements of a type are collected once per resource set
        List<IEObjectDescription> libraryElements = cache.get(Tuples.create(LIBRARY_ELEMENTS, type),
                libraryResources.get(0), () -> libraryElements(libraryResources, type));
        if (filter != null) {
            libraryElements = libraryElements.stream().filter(filter::apply).toList();
        }
        return new LayeredScope(workspace, new SimpleScope(libraryElements, ignoreCase));
    }

    private List<IEObjectDescription> libraryElements(List<Resource> libraryResources, EClass type) {
        List<IEObjectDescription> elements = new ArrayList<>();
        for (Resource libraryResource : libraryResources) {
            descriptions.getResourceDescription(libraryResource).getExportedObjectsByType(type)
                    .forEach(elements::add);
        }
        return List.copyOf(elements);
    }
}
