/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.targets;

import java.util.List;

import org.twinscope.model.smm.Practice;
import org.twinscope.model.smm.Profile;
import org.twinscope.model.smm.SmmPackage;
import org.twinscope.model.twin.SystemElement;
import org.twinscope.model.util.ElementNames;

/**
 * Two profiles a profile extends that set different targets for the same practice and elements, while the profile
 * itself sets none: which one holds is decided only by the order of {@code extends}.
 *
 * @param profile the profile that extends both
 * @param practice the practice
 * @param elements the elements both targets are on; empty for system-wide targets
 * @param firstParent the parent listed first after {@code extends}
 * @param first its target
 * @param secondParent the other parent
 * @param second its target
 * @param winner the target that holds for the profile today
 */
public record TargetConflict(Profile profile, Practice practice, List<SystemElement> elements, Profile firstParent,
        EffectiveTarget first, Profile secondParent, EffectiveTarget second,
        EffectiveTarget winner) {

    /** What is wrong and how to fix it, naming both parents and their levels. */
    public String message() {
        String where = elements.isEmpty() ? "the whole system"
                : String.join(", ", elements.stream().map(ElementNames::label).toList());
        return "Profile " + profile.getName() + " inherits two targets for " + ElementNames.title(practice) + " on "
                + where + ": " + describe(first, firstParent) + " and " + describe(second, secondParent)
                + ". The profile does not decide; today " + winner.level().getLiteral() + " from "
                + winner.source().getName() + " holds only by the order of inheritance. Add 'target "
                + practice.getName() + " <level>" + (elements.isEmpty() ? ""
                        : " on " + String.join(", ", elements.stream().map(ElementNames::name).toList()))
                + " \"why\"' to " + profile.getName() + " to decide.";
    }

    private static String describe(EffectiveTarget target, Profile parent) {
        String scope = target.target().eIsSet(SmmPackage.Literals.TARGET__SCOPE)
                ? " scope " + target.scope().getName() : "";
        String via = parent == target.source() ? "" : " (from " + target.source().getName() + ")";
        return target.level().getLiteral() + scope + " from " + parent.getName() + via;
    }
}
