/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.twinscope.model.util.LibraryFiles;

import com.google.inject.Singleton;

/**
 * The files every Twinscope project sees without copying them: the SMM catalog, the default applicability rules and
 * the digital twin starter profile. They ship in this bundle's {@code library/} folder and are loaded, once per
 * resource set, next to the user's files.
 */
@Singleton
public class BuiltInLibrary {

    /** The library files, in the order they are loaded. */
    public static final List<String> FILES = LibraryFiles.FILES;

    /** The library resources of the resource set, loading them on first use. */
    public List<Resource> resources(ResourceSet resourceSet) {
        synchronized (resourceSet) {
            LoadedLibrary loaded = (LoadedLibrary) EcoreUtil.getExistingAdapter(resourceSet, LoadedLibrary.class);
            if (loaded == null) {
                loaded = new LoadedLibrary(load(resourceSet));
                resourceSet.eAdapters().add(loaded);
            }
            return loaded.resources;
        }
    }

    /** Whether a resource is one of the library's own (read-only, not the user's to validate or change). */
    public boolean isLibrary(Resource resource) {
        return resource != null && resource.getURI() != null && isLibrary(resource.getURI());
    }

    public boolean isLibrary(URI uri) {
        return LibraryFiles.isLibrary(uri);
    }

    private List<Resource> load(ResourceSet resourceSet) {
        List<Resource> resources = new ArrayList<>();
        for (String file : FILES) {
            URL url = BuiltInLibrary.class.getResource("/library/" + file);
            if (url == null) {
                throw new IllegalStateException("The Twinscope library file library/" + file
                        + " is missing from the org.twinscope.dsl bundle; the installation is damaged.");
            }
            URI uri = URI.createURI(url.toString());
            Resource existing = resourceSet.getResource(uri, false);
            if (existing != null) {
                resources.add(existing);
                continue;
            }
            Resource resource = resourceSet.createResource(uri);
            try (InputStream in = url.openStream()) {
                resource.load(in, resourceSet.getLoadOptions());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the Twinscope library file " + url, e);
            }
            resources.add(resource);
        }
        return List.copyOf(resources);
    }

    /** Marks a resource set whose library is loaded, and remembers the resources. */
    private static final class LoadedLibrary extends AdapterImpl {
        private final List<Resource> resources;

        LoadedLibrary(List<Resource> resources) {
            this.resources = resources;
        }

        @Override
        public boolean isAdapterForType(Object type) {
            return type == LoadedLibrary.class;
        }
    }
}
