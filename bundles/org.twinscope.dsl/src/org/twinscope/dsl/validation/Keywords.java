/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.validation;

import org.eclipse.emf.common.util.Enumerator;
import org.twinscope.model.smm.RuleSubject;

/** The keyword a user writes for an enumeration value (ot-zone for otZone), for messages and quick fixes. */
public final class Keywords {

    private Keywords() {
    }

    public static String of(Enumerator value) {
        if (value == RuleSubject.SYNCHRONIZATION) {
            return "sync";
        }
        return value.getName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
