/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.naming;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.DefaultDeclarativeQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.twinscope.model.smm.CatalogElement;
import org.twinscope.model.smm.CriteriaSet;
import org.twinscope.model.smm.Criterion;
import org.twinscope.model.smm.Practice;
import org.twinscope.model.smm.SmmPackage;
import org.twinscope.model.smm.SmmModel;
import org.twinscope.model.twin.NamedElement;
import org.twinscope.model.twin.SystemElement;
import org.twinscope.model.twin.TwinSystem;

/**
 * Names that architects can write: an element of a system is System.Element whatever boundary it sits in (boundaries
 * are not namespaces, so moving an asset between zones breaks no reference), and a catalog element is
 * package.Element whatever domain or sub-domain holds it; other named elements (systems, profiles, assessments) are
 * named in their file's package, and objects without a name (ratings, frequencies) have none.
 */
public class TwinscopeQualifiedNameProvider extends DefaultDeclarativeQualifiedNameProvider {

    /**
     * Computed on every call, without the per-object cache and reflective dispatch of the default: a system or
     * catalog element's name takes one walk up to its system or package, cheaper than a cache entry for each of a
     * large model's objects.
     */
    @Override
    public QualifiedName getFullyQualifiedName(EObject object) {
        if (object instanceof SystemElement element) {
            return systemElementName(element);
        }
        if (object instanceof CatalogElement element) {
            return catalogElementName(element);
        }
        if (object instanceof Criterion criterion) {
            return criterionName(criterion);
        }
        if (!(object instanceof NamedElement)) {
            return null; // NamedElement declares the only name attribute of the metamodel
        }
        return super.getFullyQualifiedName(object);
    }

    private QualifiedName systemElementName(SystemElement element) {
        if (element.getName() == null) {
            return null;
        }
        TwinSystem system = EcoreUtil2.getContainerOfType(element, TwinSystem.class);
        if (system == null || system.getName() == null) {
            return getConverter().toQualifiedName(element.getName());
        }
        return getConverter().toQualifiedName(system.getName()).append(element.getName());
    }

    /**
     * A criterion is named after its practice, package.Practice.C1, so that the criteria of a practice can be found
     * by name; in a "criteria for" block the practice is taken from the reference's text (names are computed before
     * linking), in the block's package.
     */
    private QualifiedName criterionName(Criterion criterion) {
        if (criterion.getName() == null) {
            return null;
        }
        if (criterion.eContainer() instanceof Practice practice) {
            QualifiedName practiceName = catalogElementName(practice);
            return practiceName == null ? null : practiceName.append(criterion.getName());
        }
        if (criterion.eContainer() instanceof CriteriaSet set) {
            List<INode> nodes = NodeModelUtils.findNodesForFeature(set, SmmPackage.Literals.CRITERIA_SET__PRACTICE);
            String practice = nodes.isEmpty() ? null : NodeModelUtils.getTokenText(nodes.get(0)).replaceAll("\\s+", "");
            if (practice == null || practice.isEmpty()) {
                return null;
            }
            SmmModel model = EcoreUtil2.getContainerOfType(set, SmmModel.class);
            QualifiedName name = getConverter().toQualifiedName(practice).append(criterion.getName());
            return model == null || model.getName() == null ? name
                    : getConverter().toQualifiedName(model.getName()).append(name);
        }
        return null;
    }

    private QualifiedName catalogElementName(CatalogElement element) {
        if (element.getName() == null) {
            return null;
        }
        SmmModel model = EcoreUtil2.getContainerOfType(element, SmmModel.class);
        if (model == null || model.getName() == null) {
            return QualifiedName.create(element.getName());
        }
        return getConverter().toQualifiedName(model.getName()).append(element.getName());
    }
}
