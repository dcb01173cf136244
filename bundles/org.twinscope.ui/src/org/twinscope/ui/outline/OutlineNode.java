/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.twinscope.model.twin.NamedElement;

/**
 * A named element of a file for the outline, detached from the model (built in a job, shown on the UI thread).
 *
 * @param kind the element's kind in words, e.g. "asset", "synchronization", "twin system"
 * @param label kind and name, e.g. "asset Filler"
 * @param offset where the element starts in the text
 * @param length how long its text is
 * @param children the named elements inside it
 */
public record OutlineNode(String kind, String label, int offset, int length, List<OutlineNode> children) {

    /** The outline of the named elements below a root, in text order. */
    public static List<OutlineNode> of(EObject root) {
        List<OutlineNode> nodes = new ArrayList<>();
        for (EObject child : root.eContents()) {
            List<OutlineNode> grandChildren = of(child);
            if (child instanceof NamedElement named && named.getName() != null) {
                ICompositeNode node = NodeModelUtils.getNode(child);
                String kind = child.eClass().getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
                nodes.add(new OutlineNode(kind, kind + " " + named.getName(), node == null ? 0 : node.getOffset(),
                        node == null ? 0 : node.getLength(), grandChildren));
            } else {
                nodes.addAll(grandChildren);
            }
        }
        return nodes;
    }
}
