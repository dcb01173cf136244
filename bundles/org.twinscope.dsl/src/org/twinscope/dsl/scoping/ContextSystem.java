/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.twinscope.model.smm.Assessment;
import org.twinscope.model.smm.Plan;
import org.twinscope.model.smm.Profile;
import org.twinscope.model.smm.SmmPackage;
import org.twinscope.model.twin.ElementContainer;
import org.twinscope.model.twin.SystemElement;
import org.twinscope.model.twin.TwinSystem;

import com.google.inject.Inject;

/**
 * The system whose elements a reference names by their simple names: the system it is written in, or the system
 * its profile, assessment or plan is for. Content assist offers that system's elements, and a misspelled element is
 * compared with them, instead of with every element of every system of the project (tens of thousands in a
 * portfolio). Like the scope provider, it reads the profile's system from the text of its reference and looks it up
 * by name, so that it never links another reference.
 */
public class ContextSystem {

    @Inject
    private IScopeProvider scopeProvider;

    @Inject
    private IQualifiedNameConverter names;

    /** The system, or null when there is none or it cannot be found. */
    public TwinSystem of(EObject context) {
        TwinSystem inside = EcoreUtil2.getContainerOfType(context, TwinSystem.class);
        if (inside != null) {
            return inside;
        }
        for (EObject owner = context; owner != null; owner = owner.eContainer()) {
            if (owner instanceof Profile) {
                return named(owner, SmmPackage.Literals.PROFILE__SYSTEM);
            }
            if (owner instanceof Assessment) {
                return named(owner, SmmPackage.Literals.ASSESSMENT__SYSTEM);
            }
            if (owner instanceof Plan) {
                return named(owner, SmmPackage.Literals.PLAN__SYSTEM);
            }
        }
        return null;
    }

    /** The system's elements that are instances of the type, wherever they sit in its boundaries, in text order. */
    public static List<SystemElement> elements(TwinSystem system, EClass type) {
        List<SystemElement> elements = new ArrayList<>();
        collect(system, type, elements);
        return elements;
    }

    private static void collect(EObject container, EClass type, List<SystemElement> elements) {
        for (EObject child : container.eContents()) {
            if (child instanceof SystemElement element && element.getName() != null && type.isInstance(element)) {
                elements.add(element);
            }
            if (child instanceof ElementContainer) {
                collect(child, type, elements);
            }
        }
    }

    private TwinSystem named(EObject owner, EReference reference) {
        List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, reference);
        if (nodes.isEmpty()) {
            return null;
        }
        String text = NodeModelUtils.getTokenText(nodes.get(0)).replaceAll("\\s+", "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            IEObjectDescription found = scopeProvider.getScope(owner, reference)
                    .getSingleElement(names.toQualifiedName(text));
            if (found == null) {
                return null;
            }
            EObject system = EcoreUtil.resolve(found.getEObjectOrProxy(), owner);
            return system instanceof TwinSystem twinSystem && !system.eIsProxy() ? twinSystem : null;
        } catch (RuntimeException e) {
            return null; // a name that is no qualified name, or a file that cannot be loaded: no system to offer
        }
    }
}
