/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.language;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.AbstractResourceDescription;

/**
 * What a file exports, by name, detached from the parsed file: each element stands as a proxy to its URI, so that
 * the parse is left to the collector and a reference to the element loads its file only when it is resolved. Unlike
 * Xtext's serializable copy it keeps no references and imported names, whose computation would link the file.
 */
final class ExportedNames extends AbstractResourceDescription {

    private final URI uri;
    private final List<IEObjectDescription> exported;

    ExportedNames(IResourceDescription original) {
        uri = original.getURI();
        exported = new ArrayList<>();
        for (IEObjectDescription description : original.getExportedObjects()) {
            EObject proxy = EcoreUtil.create(description.getEClass());
            ((InternalEObject) proxy).eSetProxyURI(description.getEObjectURI());
            QualifiedName name = description.getName();
            exported.add(EObjectDescription.create(name, proxy));
        }
    }

    @Override
    protected List<IEObjectDescription> computeExportedObjects() {
        return exported;
    }

    @Override
    public Iterable<QualifiedName> getImportedNames() {
        return List.of();
    }

    @Override
    public Iterable<IReferenceDescription> getReferenceDescriptions() {
        return List.of();
    }

    @Override
    public URI getURI() {
        return uri;
    }
}
