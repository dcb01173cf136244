/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.load;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.twinscope.model.util.SourceLocation;
import org.twinscope.model.util.SourceLocator;

/** Finds where an element is written from the parser's node model, the language's own record of every position. */
final class NodeModelSourceLocator implements SourceLocator {

    private final Map<Resource, Path> files = new HashMap<>();
    private final Path base;

    NodeModelSourceLocator(Map<Path, Resource> userFiles, Path base) {
        userFiles.forEach((file, resource) -> files.put(resource, file));
        this.base = base.toAbsolutePath().normalize();
    }

    @Override
    public SourceLocation locate(EObject element) {
        Path file = element.eResource() == null ? null : files.get(element.eResource());
        ICompositeNode node = file == null ? null : NodeModelUtils.getNode(element);
        if (node == null) {
            return null;
        }
        var start = NodeModelUtils.getLineAndColumn(node, node.getOffset());
        var end = NodeModelUtils.getLineAndColumn(node, node.getEndOffset());
        return new SourceLocation(display(file), start.getLine(), start.getColumn(), end.getLine(), end.getColumn());
    }

    /** Relative to the base when below it, with forward slashes on every platform (SARIF wants URIs). */
    private String display(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
