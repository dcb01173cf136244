/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.validation;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Check;
import org.twinscope.analysis.targets.ProfileHierarchy;
import org.twinscope.dsl.IssueCodes;
import org.twinscope.model.smm.Profile;
import org.twinscope.model.smm.SmmPackage;

/** Checks of target profiles. */
public class ProfileChecks extends AbstractTwinscopeCheck {

    @Check
    public void inheritanceHasNoCycle(Profile profile) {
        List<Profile> cycle = ProfileHierarchy.findCycle(profile);
        if (!cycle.isEmpty()) {
            String chain = cycle.stream().map(Profile::getName).collect(Collectors.joining(" -> "));
            error("Profile " + profile.getName() + " extends itself (" + chain + "); its targets would have no "
                    + "defined precedence. Remove one of these 'extends'.", SmmPackage.Literals.PROFILE__EXTENDS,
                    IssueCodes.CYCLIC_PROFILE);
        }
    }
}
