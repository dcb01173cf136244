/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.scoping;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.twinscope.analysis.criteria.PracticeCriteria;
import org.twinscope.dsl.library.BuiltInLibrary;
import org.twinscope.dsl.naming.CriteriaDependency;
import org.twinscope.model.smm.CriteriaSet;
import org.twinscope.model.smm.Criterion;
import org.twinscope.model.smm.Practice;
import org.twinscope.model.smm.SmmModel;
import org.twinscope.model.smm.SmmPackage;

import com.google.inject.Inject;

/**
 * The criteria of a practice as a file sees them: the catalog's, with the {@code criteria for} blocks of the project
 * and the built-in library applied by the analysis' one rule ({@link PracticeCriteria}). Linking of {@code met},
 * validation and hover ask here, so that they agree with the analysis.
 */
public class VisibleCriteria {

    @Inject
    private ResourceDescriptionsProvider indexProvider;

    @Inject
    private BuiltInLibrary library;

    /** The practice's criteria, by level, as seen from the resource. */
    public List<Criterion> of(Practice practice, Resource from) {
        return PracticeCriteria.of(setsFor(practice, from)).of(practice);
    }

    /**
     * The criteria sets for the practice: those of the resource itself, of the built-in library, and of the other
     * files of the project (found through the index by the practice's name, the second-last segment of a criterion's
     * qualified name).
     */
    public List<CriteriaSet> setsFor(Practice practice, Resource from) {
        Set<CriteriaSet> sets = new LinkedHashSet<>();
        if (from == null || practice == null || practice.eIsProxy()) {
            return List.of();
        }
        collect(from, practice, sets);
        CriteriaDependency.record(from, practice.getName());
        ResourceSet resourceSet = from.getResourceSet();
        if (resourceSet == null) {
            return List.copyOf(sets);
        }
        library.resources(resourceSet).forEach(r -> collect(r, practice, sets));
        for (IEObjectDescription description : indexProvider.getResourceDescriptions(resourceSet)
                .getExportedObjectsByType(SmmPackage.Literals.CRITERION)) {
            QualifiedName name = description.getName();
            if (name.getSegmentCount() < 2 || !name.getSegment(name.getSegmentCount() - 2).equals(practice.getName())
                    || description.getEObjectURI().trimFragment().equals(from.getURI())
                    || library.isLibrary(description.getEObjectURI())) {
                continue;
            }
            EObject resolved = EcoreUtil.resolve(description.getEObjectOrProxy(), resourceSet);
            if (resolved.eContainer() instanceof CriteriaSet set && set.getPractice() == practice) {
                sets.add(set);
            }
        }
        return new ArrayList<>(sets);
    }

    private static void collect(Resource resource, Practice practice, Set<CriteriaSet> sets) {
        for (EObject root : resource.getContents()) {
            if (root instanceof SmmModel model) {
                model.getCriteriaSets().stream().filter(s -> s.getPractice() == practice).forEach(sets::add);
            }
        }
    }
}
