/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.ide.symbols;

import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

/**
 * Symbols named as written ({@code Filler}, not {@code BottlingLine.Filler}): the container is given by nesting (the
 * symbol's children, or its container name in a flat list).
 */
public class TwinscopeSymbolNames extends DocumentSymbolNameProvider {

    @Override
    protected String getName(QualifiedName name) {
        return name == null ? null : name.getLastSegment();
    }
}
