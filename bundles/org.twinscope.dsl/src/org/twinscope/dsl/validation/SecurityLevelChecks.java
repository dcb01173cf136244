/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.validation;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.twinscope.dsl.IssueCodes;
import org.twinscope.model.twin.Boundary;
import org.twinscope.model.twin.Synchronization;
import org.twinscope.model.twin.TwinPackage;

/** IEC 62443 target security levels of zones (boundaries) and conduits (synchronizations) are 1 to 4. */
public class SecurityLevelChecks extends AbstractTwinscopeCheck {

    @Check
    public void zoneLevelInRange(Boundary boundary) {
        check(boundary, boundary.isSetSecurityLevel(), boundary.getSecurityLevel(),
                TwinPackage.Literals.BOUNDARY__SECURITY_LEVEL);
    }

    @Check
    public void conduitLevelInRange(Synchronization sync) {
        check(sync, sync.isSetSecurityLevel(), sync.getSecurityLevel(),
                TwinPackage.Literals.SYNCHRONIZATION__SECURITY_LEVEL);
    }

    private void check(EObject element, boolean set, int level, EAttribute feature) {
        if (set && (level < 1 || level > 4)) {
            error("Security level " + level + " does not exist: IEC 62443 target security levels go from 1 to 4. "
                    + "Write 'security-level 1' to 'security-level 4', or leave it out.", element, feature,
                    IssueCodes.INVALID_SECURITY_LEVEL);
        }
    }
}
