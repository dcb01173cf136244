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

    @Override
    protected IScope getScope(Resource resource, boolean ignoreCase, EClass type,
            Predicate<IEObjectDescription> filter) {
        IScope workspace = super.getScope(resource, ignoreCase, type, filter);
        if (resource.getResourceSet() == null) {
            return workspace;
        }
        List<IEObjectDescription> libraryElements = new ArrayList<>();
        for (Resource libraryResource : library.resources(resource.getResourceSet())) {
            IResourceDescription description = descriptions.getResourceDescription(libraryResource);
            for (IEObjectDescription element : description.getExportedObjectsByType(type)) {
                if (filter == null || filter.apply(element)) {
                    libraryElements.add(element);
                }
            }
        }
        return new LayeredScope(workspace, new SimpleScope(libraryElements, ignoreCase));
    }
}
