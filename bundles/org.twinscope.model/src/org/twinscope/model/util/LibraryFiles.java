/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.model.util;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;

/**
 * Which files are Twinscope's built-in library. Asked by the language (the library is read-only) and by the analysis
 * (a user's declaration replaces the library's, such as a threshold), so it lives beside the model.
 */
public final class LibraryFiles {

    /** The library files, in the order they are loaded. */
    public static final List<String> FILES = List.of("smm-catalog.smm", "default-rules.smm",
            "digital-twin-starter.smm", "nist-csf-2.0-starter-mapping.smm", "iec-62443-starter-mapping.smm");

    private LibraryFiles() {
    }

    /** Whether the URI names one of the library's files (they are read from the bundle's library/ folder). */
    public static boolean isLibrary(URI uri) {
        if (uri == null) {
            return false;
        }
        for (String file : FILES) {
            if (file.equals(uri.lastSegment()) && uri.toString().contains("/library/")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the object was read from one of the library's files. */
    public static boolean isLibrary(EObject object) {
        return object.eResource() != null && isLibrary(object.eResource().getURI());
    }
}
