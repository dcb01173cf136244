/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.naming;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.DefaultDeclarativeQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.twinscope.model.smm.CatalogElement;
import org.twinscope.model.smm.SmmModel;
import org.twinscope.model.twin.SystemElement;
import org.twinscope.model.twin.TwinSystem;

/**
 * Names that architects can write: an element of a system is System.Element whatever boundary it sits in (boundaries
 * are not namespaces, so moving an asset between zones breaks no reference), and a catalog element is
 * package.Element whatever domain or sub-domain holds it.
 */
public class TwinscopeQualifiedNameProvider extends DefaultDeclarativeQualifiedNameProvider {

    protected QualifiedName qualifiedName(SystemElement element) {
        if (element.getName() == null) {
            return null;
        }
        TwinSystem system = EcoreUtil2.getContainerOfType(element, TwinSystem.class);
        if (system == null || system.getName() == null) {
            return getConverter().toQualifiedName(element.getName());
        }
        return getConverter().toQualifiedName(system.getName()).append(element.getName());
    }

    protected QualifiedName qualifiedName(CatalogElement element) {
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
