/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.targets;

import org.twinscope.model.smm.Comprehensiveness;
import org.twinscope.model.smm.Practice;
import org.twinscope.model.smm.Profile;
import org.twinscope.model.smm.Scope;
import org.twinscope.model.smm.Target;

/**
 * The target that holds for a practice after inheritance and specificity are resolved, with where it came from.
 *
 * @param practice the practice the target holds for
 * @param target the winning target as written (its subject may be the practice's sub-domain or domain)
 * @param source the profile that declares the target
 * @param distance 0 when declared by the evaluated profile itself, 1 by a profile it extends, and so on
 */
public record EffectiveTarget(Practice practice, Target target, Profile source, int distance) {

    public Comprehensiveness level() {
        return target.getLevel();
    }

    public Scope scope() {
        return target.getScope();
    }

    public Specificity specificity() {
        return Specificity.of(target.getSubject());
    }

    /** Where the target comes from, in words, e.g. "sub-domain Data Protection in profile twinscope.Starter". */
    public String provenance() {
        String subject = switch (specificity()) {
            case PRACTICE -> "practice";
            case SUB_DOMAIN -> "sub-domain " + titleOf(target.getSubject().getTitle(), target.getSubject().getName());
            case DOMAIN -> "domain " + titleOf(target.getSubject().getTitle(), target.getSubject().getName());
        };
        String inherited = distance == 0 ? "" : " (inherited)";
        return subject + " target in profile " + source.getName() + inherited;
    }

    private static String titleOf(String title, String name) {
        return title != null ? title : name;
    }
}
