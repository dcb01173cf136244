/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.validation;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
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
        for (IEObjectDescription exported : own.getExportedObjects()) {
            if (exported.getEClass() == SmmPackage.Literals.SMM_MODEL) {
                continue; // a package spans many files
            }
            for (IEObjectDescription other : index.getExportedObjects(kindOf(exported.getEClass()),
                    exported.getName(), false)) {
                if (!other.getEObjectURI().trimFragment().equals(resource.getURI())
                        && sameKind(exported.getEClass(), other.getEClass())) {
                    EObject element = resource.getEObject(exported.getEObjectURI().fragment());
                    if (element instanceof NamedElement) {
                        error(exported.getName() + " is also defined in "
                                + other.getEObjectURI().trimFragment().lastSegment()
                                + "; qualified names must be unique across the project. Rename one of them.",
                                element, TwinPackage.Literals.NAMED_ELEMENT__NAME, IssueCodes.DUPLICATE_NAME);
                    }
                    break;
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
