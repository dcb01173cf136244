/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.naming;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionManager;
import org.twinscope.model.smm.SmmPackage;

/**
 * Xtext's resource description manager, for which a change to the criteria a file exports also changes the
 * {@link CriteriaDependency} name of their practice: every file that looked up that practice's criteria is then
 * affected and validated again.
 */
public class TwinscopeResourceDescriptionManager extends DefaultResourceDescriptionManager {

    @Override
    protected void addExportedNames(Set<QualifiedName> names, IResourceDescription description) {
        super.addExportedNames(names, description);
        names.addAll(criteriaDependencies(description));
    }

    /** Whether a file importing these names depends on the description: also when it looked up its criteria. */
    @Override
    protected boolean isAffected(Collection<QualifiedName> importedNames, IResourceDescription description) {
        return super.isAffected(importedNames, description)
                || criteriaDependencies(description).stream().anyMatch(importedNames::contains);
    }

    /** The {@link CriteriaDependency} names of the practices whose criteria the description exports. */
    private static Set<QualifiedName> criteriaDependencies(IResourceDescription description) {
        if (description == null) {
            return Set.of();
        }
        Set<QualifiedName> names = new HashSet<>();
        for (IEObjectDescription criterion : description.getExportedObjectsByType(SmmPackage.Literals.CRITERION)) {
            QualifiedName name = criterion.getName();
            if (name.getSegmentCount() >= 2) {
                // a criterion's qualified name ends with its practice and its id (see the qualified name provider)
                names.add(CriteriaDependency.of(name.getSegment(name.getSegmentCount() - 2)));
            }
        }
        return names;
    }
}
