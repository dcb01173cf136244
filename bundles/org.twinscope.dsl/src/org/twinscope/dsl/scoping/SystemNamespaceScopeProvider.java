/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.scoping;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.IScopeWrapper;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.twinscope.model.smm.Assessment;
import org.twinscope.model.smm.Plan;
import org.twinscope.model.smm.Profile;
import org.twinscope.model.smm.SmmModel;
import org.twinscope.model.smm.SmmPackage;

import com.google.common.base.Suppliers;
import com.google.inject.Inject;

/**
 * Inside a profile written "for" a system, or an assessment "of" one, that system's elements are visible by their
 * short names: "on LineTwin" instead of "on BottlingLine.LineTwin". The system is read from the text of the
 * reference, not resolved, so that scoping one reference never depends on linking another. Likewise what other files
 * declare in a file's own package is visible by short name.
 */
public class SystemNamespaceScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

    @Inject
    private IQualifiedNameConverter names;

    /** The built-in library's package: its practices and profiles are visible by short name everywhere. */
    public static final String LIBRARY_PACKAGE = "twinscope";

    /** What wraps global scopes right now: the linker's record of the names a file looks up, or null. */
    private IScopeWrapper wrapper;

    @Override
    public void setWrapper(IScopeWrapper wrapper) {
        this.wrapper = wrapper;
        super.setWrapper(wrapper);
    }

    /**
     * A scope made later than asked for (see {@link SystemShortNameScope}), under the wrapper set when it was asked
     * for: the linker sets its wrapper only while it asks, and the names the scope looks up must still be recorded as
     * the file's imported names, which decide whether a change of another file affects this one.
     */
    Supplier<IScope> later(Supplier<IScope> scope) {
        IScopeWrapper asked = wrapper;
        return Suppliers.memoize(() -> {
            IScopeWrapper current = wrapper;
            setWrapper(asked);
            try {
                return scope.get();
            } finally {
                setWrapper(current);
            }
        });
    }

    @Override
    protected List<ImportNormalizer> getImplicitImports(boolean ignoreCase) {
        List<ImportNormalizer> imports = new ArrayList<>(super.getImplicitImports(ignoreCase));
        imports.add(new ImportNormalizer(QualifiedName.create(LIBRARY_PACKAGE), true, ignoreCase));
        return imports;
    }

    @Override
    protected List<ImportNormalizer> internalGetImportedNamespaceResolvers(EObject context, boolean ignoreCase) {
        List<ImportNormalizer> resolvers = new ArrayList<>(super.internalGetImportedNamespaceResolvers(context,
                ignoreCase));
        if (context instanceof SmmModel model && model.getName() != null) {
            // a package spans files: what other files declare in it is visible by short name
            resolvers.add(new ImportNormalizer(names.toQualifiedName(model.getName()), true, ignoreCase));
        }
        String system = null;
        if (context instanceof Profile) {
            system = referenceText(context, SmmPackage.Literals.PROFILE__SYSTEM);
        } else if (context instanceof Assessment) {
            system = referenceText(context, SmmPackage.Literals.ASSESSMENT__SYSTEM);
        } else if (context instanceof Plan) {
            system = referenceText(context, SmmPackage.Literals.PLAN__SYSTEM);
        }
        if (system != null && !system.isBlank()) {
            QualifiedName namespace = names.toQualifiedName(system);
            resolvers.add(new ImportNormalizer(namespace, true, ignoreCase));
        }
        return resolvers;
    }

    private static String referenceText(EObject owner, EReference reference) {
        List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, reference);
        if (nodes.isEmpty()) {
            return null;
        }
        return NodeModelUtils.getTokenText(nodes.get(0)).replaceAll("\\s+", "");
    }
}
