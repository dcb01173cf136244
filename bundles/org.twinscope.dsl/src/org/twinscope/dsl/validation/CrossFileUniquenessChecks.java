/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.validation;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.twinscope.model.smm.SmmPackage;
import org.twinscope.model.twin.NamedElement;
import org.twinscope.model.twin.TwinPackage;

import com.google.inject.Inject;

/**
 * Qualified names are unique across all files of a project, not only within one file (which the composed
 * NamesAreUniqueValidator checks): two files that both define BottlingLine.Filler make every reference ambiguous.
 */
public class CrossFileUniquenessChecks extends AbstractTwinscopeCheck {

    @Inject
    private ResourceDescriptionsProvider indexProvider;

    @Inject
    private IResourceDescription.Manager descriptionManager;

    @Check(CheckType.NORMAL)
    public void uniqueAcrossFiles(EObject root) {
        if (root.eContainer() != null) {
            return;
        }
        Resource resource = root.eResource();
        IResourceDescriptions index = indexProvider.getResourceDescriptions(resource);
        IResourceDescription own = descriptionManager.getResourceDescription(resource);
        Set<EObject> reported = Collections.newSetFromMap(new IdentityHashMap<>());
        // the other files' names are looked up in this file, not this file's in all files: one file of 50,000
        // elements next to a small library makes a few hundred lookups instead of 50,000 times the files
        for (IResourceDescription other : index.getAllResourceDescriptions()) {
            if (other.getURI().equals(resource.getURI())) {
                continue;
            }
            for (IEObjectDescription theirs : other.getExportedObjects()) {
                if (theirs.getEClass() == SmmPackage.Literals.SMM_MODEL) {
                    continue; // a package spans many files
                }
                for (IEObjectDescription mine : own.getExportedObjects(kindOf(theirs.getEClass()), theirs.getName(),
                        false)) {
                    EObject element = EcoreUtil.resolve(mine.getEObjectOrProxy(), resource);
                    if (element instanceof NamedElement && sameKind(mine.getEClass(), theirs.getEClass())
                            && reported.add(element)) {
                        error(mine.getName() + " is also defined in " + other.getURI().lastSegment()
                                + "; qualified names must be unique across the project. Rename one of them.",
                                element, TwinPackage.Literals.NAMED_ELEMENT__NAME, IssueCodes.DUPLICATE_NAME);
                    }
                }
            }
        }
    }

    private static boolean sameKind(EClass a, EClass b) {
        return kindOf(a) == kindOf(b);
    }

    /** References are typed by these kinds, so only names within one kind can collide. */
    private static EClass kindOf(EClass type) {
        for (EClass kind : new EClass[] { TwinPackage.Literals.SYSTEM_ELEMENT, SmmPackage.Literals.CATALOG_ELEMENT }) {
            if (kind.isSuperTypeOf(type)) {
                return kind;
            }
        }
        return type;
    }
}
