/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.linking;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.util.CancelIndicator;

/** Twinscope has no code generator: no build needs to decide whether to run one (see the runtime module). */
public class NoGeneration implements IShouldGenerate {

    @Override
    public boolean shouldGenerate(Resource resource, CancelIndicator cancelIndicator) {
        return false;
    }
}
