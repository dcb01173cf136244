/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.validation;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Check;
import org.twinscope.analysis.targets.ProfileConflicts;
import org.twinscope.analysis.targets.ProfileHierarchy;
import org.twinscope.analysis.targets.TargetConflict;
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

    /** Two parents that disagree leave the decision to the order of 'extends': ask the profile to decide. */
    @Check
    public void inheritedTargetsAgree(Profile profile) {
        for (TargetConflict conflict : ProfileConflicts.of(profile)) {
            warning(conflict.message(), SmmPackage.Literals.PROFILE__EXTENDS,
                    profile.getExtends().indexOf(conflict.secondParent()), IssueCodes.CONFLICTING_INHERITED_TARGETS);
        }
    }
}
