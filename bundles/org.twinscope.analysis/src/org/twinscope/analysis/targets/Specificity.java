/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.targets;

import org.twinscope.model.smm.CatalogElement;
import org.twinscope.model.smm.Domain;
import org.twinscope.model.smm.SubDomain;

/** How specific a target's subject is; a more specific target wins over a broader one. */
public enum Specificity {
    PRACTICE, SUB_DOMAIN, DOMAIN;

    public static Specificity of(CatalogElement subject) {
        if (subject instanceof Domain) {
            return DOMAIN;
        }
        if (subject instanceof SubDomain) {
            return SUB_DOMAIN;
        }
        return PRACTICE;
    }
}
