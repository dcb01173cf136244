/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.validation;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.twinscope.dsl.IssueCodes;
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
        URI own = resource.getURI();
        Set<EObject> reported = Collections.newSetFromMap(new IdentityHashMap<>());
        // one index lookup per name of this file: the index keeps every file's names by name, so checking all files
        // of a project costs time in proportion to their names, not to the number of files times their names
        for (IEObjectDescription mine : descriptionManager.getResourceDescription(resource).getExportedObjects()) {
            // a package spans many files; criteria of a "criteria for" block replace others by design
            if (mine.getEClass() == SmmPackage.Literals.SMM_MODEL
                    || mine.getEClass() == SmmPackage.Literals.CRITERION) {
                continue;
            }
            URI other = otherFileDeclaring(index, kindOf(mine.getEClass()), mine.getName(), own);
            if (other == null) {
                continue;
            }
            EObject element = EcoreUtil.resolve(mine.getEObjectOrProxy(), resource);
            if (element instanceof NamedElement && reported.add(element)) {
                error(mine.getName() + " is also defined in " + other.lastSegment()
                        + "; qualified names must be unique across the project. Rename one of them.", element,
                        TwinPackage.Literals.NAMED_ELEMENT__NAME, IssueCodes.DUPLICATE_NAME);
            }
        }
    }

    /** The first other file that declares an element of this kind and qualified name, or null. */
    private static URI otherFileDeclaring(IResourceDescriptions index, EClass kind, QualifiedName name, URI own) {
        for (IEObjectDescription theirs : index.getExportedObjects(kind, name, false)) {
            URI file = theirs.getEObjectURI().trimFragment();
            if (!file.equals(own) && kindOf(theirs.getEClass()) == kind) {
                return file;
            }
        }
        return null;
    }

    /** A qualified name within a kind of element: names of different kinds never collide. */
    private record Name(EClass kind, QualifiedName name) {
    }

    /** References are typed by these kinds, so only names within one kind can collide. */
    private static final List<EClass> KINDS = List.of(TwinPackage.Literals.SYSTEM_ELEMENT,
            SmmPackage.Literals.CATALOG_ELEMENT);

    private static EClass kindOf(EClass type) {
        for (EClass kind : KINDS) {
            if (kind.isSuperTypeOf(type)) {
                return kind;
            }
        }
        return type;
    }
}
