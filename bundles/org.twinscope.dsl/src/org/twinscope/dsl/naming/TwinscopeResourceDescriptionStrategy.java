/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.naming;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;
import org.twinscope.model.smm.CatalogElement;

/**
 * Exports a catalog element also under each of its former names ({@code formerly OldId}), so that profiles written
 * before a rename still link; those descriptions carry {@link #FORMER_NAME} so that content assist can leave them out
 * and validation can warn.
 */
public class TwinscopeResourceDescriptionStrategy extends DefaultResourceDescriptionStrategy {

    /** User data key of a description made from a former name. */
    public static final String FORMER_NAME = "formerName";

    @Override
    public boolean createEObjectDescriptions(EObject object, IAcceptor<IEObjectDescription> acceptor) {
        boolean children = super.createEObjectDescriptions(object, acceptor);
        if (object instanceof CatalogElement element && !element.getFormerNames().isEmpty()) {
            QualifiedName name = getQualifiedNameProvider().getFullyQualifiedName(element);
            if (name != null) {
                QualifiedName namespace = name.skipLast(1);
                for (String former : element.getFormerNames()) {
                    acceptor.accept(EObjectDescription.create(namespace.append(former), element,
                            Map.of(FORMER_NAME, "true")));
                }
            }
        }
        return children;
    }

    /** Whether the description was made from a former name. */
    public static boolean isFormerName(IEObjectDescription description) {
        return "true".equals(description.getUserData(FORMER_NAME));
    }
}
