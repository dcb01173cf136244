/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.validation;

import java.util.List;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.twinscope.dsl.IssueCodes;
import org.twinscope.model.smm.CatalogElement;
import org.twinscope.model.smm.SmmPackage;
import org.twinscope.model.smm.Target;

/**
 * References by a catalog element's former name ({@code formerly OldId}) still link, with a deprecation warning whose
 * issue data is the reference written with the current name (see {@link IssueCodes#SUGGESTION}).
 */
public class FormerNameChecks extends AbstractTwinscopeCheck {

    @Check
    public void targetByFormerName(Target target) {
        if (!(target.getSubject() instanceof CatalogElement subject) || subject.eIsProxy()
                || subject.getFormerNames().isEmpty()) {
            return;
        }
        List<INode> nodes = NodeModelUtils.findNodesForFeature(target, SmmPackage.Literals.TARGET__SUBJECT);
        if (nodes.isEmpty()) {
            return;
        }
        String written = NodeModelUtils.getTokenText(nodes.get(0));
        int dot = written.lastIndexOf('.');
        String last = written.substring(dot + 1);
        if (subject.getFormerNames().contains(last)) {
            String current = written.substring(0, dot + 1) + subject.getName();
            warning("'" + last + "' is the former id of " + subject.getTitle() + " (now '" + subject.getName()
                    + "'); it still works but will be removed. Write '" + current + "'.",
                    SmmPackage.Literals.TARGET__SUBJECT, IssueCodes.DEPRECATED_NAME, current);
        }
    }
}
