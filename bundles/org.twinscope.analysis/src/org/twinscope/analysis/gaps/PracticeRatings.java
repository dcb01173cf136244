/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.gaps;

import java.util.List;

import org.twinscope.model.smm.Assessment;
import org.twinscope.model.smm.Practice;
import org.twinscope.model.smm.Rating;
import org.twinscope.model.twin.SystemElement;

/**
 * An assessment's ratings of one practice, split by what they are about: the whole system (no {@code on}) or the
 * elements they name.
 */
record PracticeRatings(List<Rating> wholeSystem, List<Rating> onElements) {

    static PracticeRatings of(Assessment assessment, Practice practice) {
        List<Rating> all = assessment.getRatings().stream().filter(r -> r.getPractice() == practice).toList();
        return new PracticeRatings(all.stream().filter(r -> r.getElements().isEmpty()).toList(),
                all.stream().filter(r -> !r.getElements().isEmpty()).toList());
    }

    /** Whether the element has a rating of its own. */
    boolean ratesOwn(SystemElement element) {
        return onElements.stream().anyMatch(r -> r.getElements().contains(element));
    }

    /** The ratings that stand at the element: its own if it has any, else those of the whole system. */
    List<Rating> at(SystemElement element) {
        List<Rating> own = onElements.stream().filter(r -> r.getElements().contains(element)).toList();
        return own.isEmpty() ? wholeSystem : own;
    }
}
