/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.naming;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.linking.impl.ImportedNamesAdapter;
import org.eclipse.xtext.naming.QualifiedName;

/**
 * That a file looked up the criteria of a practice, as a name among those it imports. Criteria ids ({@code met C9})
 * are found by practice across the files of a project, not by a name the file could import; without this, a builder
 * that re-validates a file only when names it imports change (Xtext's, in the language server) would keep a rating's
 * diagnostics when another file adds or removes the criterion it names.
 */
public final class CriteriaDependency {

    private static final String SEGMENT = "twinscope-criteria-of";

    private CriteriaDependency() {
    }

    /** The name that stands for the criteria of the practice (lower case, as imported names are kept). */
    public static QualifiedName of(String practice) {
        return QualifiedName.create(SEGMENT, practice).toLowerCase();
    }

    /** Records that the resource looked up the practice's criteria, where its imported names are recorded. */
    public static void record(Resource resource, String practice) {
        ImportedNamesAdapter adapter = resource == null || practice == null ? null
                : ImportedNamesAdapter.find(resource);
        if (adapter != null) {
            adapter.getImportedNames().add(of(practice));
        }
    }
}
