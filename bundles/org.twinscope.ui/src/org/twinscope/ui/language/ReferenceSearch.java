/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.language;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature.Setting;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.twinscope.ui.TwinscopeUiPlugin;

/** Finds the places in a project's Twinscope files that refer to the element at an offset (or named there). */
public final class ReferenceSearch {

    /**
     * One reference.
     *
     * @param file the file it is in (null when outside the workspace)
     * @param line 1-based line
     * @param offset where the reference text starts
     * @param length its length
     * @param text the line, trimmed
     */
    public record Reference(IFile file, int line, int offset, int length, String text) {
        public String label() {
            return (file == null ? "?" : file.getName()) + ":" + line + ": " + text;
        }
    }

    private ReferenceSearch() {
    }

    /**
     * The referenced or declared element at an offset of a document, and every reference to it in the project; on
     * the parse the editor's services share (parsing only if needed).
     */
    public static List<Reference> find(IDocument document, int offset) {
        IFile file = ProjectFiles.fileOf(document);
        return DocumentParses.withParse(document, document.get(), resource -> find(resource, file, offset));
    }

    private static List<Reference> find(XtextResource resource, IFile file, int offset) {
        EObjectAtOffsetHelper helper = TwinscopeUiPlugin.getDefault().injector()
                .getInstance(EObjectAtOffsetHelper.class);
        EObject target = helper.resolveElementAt(resource, offset);
        if (target == null) {
            return List.of();
        }
        // every file may reference the target: the parse holds only those its own references needed
        ProjectFiles.loadOtherFiles(resource, file);
        EcoreUtil.resolveAll(resource.getResourceSet());
        Collection<Setting> usages = EcoreUtil.UsageCrossReferencer.find(target, resource.getResourceSet());
        List<Reference> references = new ArrayList<>();
        for (Naming naming : namings(target, usages)) {
            references.add(reference(naming.node(), naming.source()));
        }
        references.sort(Comparator.comparing((Reference r) -> r.file() == null ? "" : r.file().getName())
                .thenComparingInt(Reference::offset));
        return references;
    }

    /** Where an element is named by a reference: the text node and the object whose reference it is. */
    public record Naming(INode node, EObject source) {
    }

    /** The places where the usages (from EMF's usage cross-referencer) name the target. */
    public static List<Naming> namings(EObject target, Collection<Setting> usages) {
        List<Naming> namings = new ArrayList<>();
        for (Setting usage : usages) {
            if (!(usage.getEStructuralFeature() instanceof EReference reference) || reference.isContainment()
                    || reference.isContainer()) {
                continue;
            }
            EObject source = usage.getEObject();
            List<INode> nodes = NodeModelUtils.findNodesForFeature(source, reference);
            List<?> values = reference.isMany() ? (List<?>) source.eGet(reference) : List.of(source.eGet(reference));
            for (int i = 0; i < nodes.size() && i < values.size(); i++) {
                if (values.get(i) == target) {
                    namings.add(new Naming(nodes.get(i), source));
                }
            }
        }
        return namings;
    }

    private static Reference reference(INode node, EObject source) {
        IFile file = null;
        if (source.eResource() != null && source.eResource().getURI().isFile()) {
            IFile[] files = org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot()
                    .findFilesForLocationURI(java.net.URI.create(source.eResource().getURI().toString()));
            file = files.length > 0 ? files[0] : null;
        }
        String lineText = lineOf(node);
        return new Reference(file, node.getStartLine(), node.getOffset(), node.getLength(), lineText);
    }

    private static String lineOf(INode node) {
        String all = node.getRootNode().getText();
        int start = all.lastIndexOf('\n', Math.max(0, node.getOffset() - 1)) + 1;
        int end = all.indexOf('\n', node.getOffset());
        return all.substring(start, end < 0 ? all.length() : end).strip();
    }
}
