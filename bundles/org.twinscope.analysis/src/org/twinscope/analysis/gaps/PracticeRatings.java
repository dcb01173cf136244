/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.gaps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.twinscope.model.smm.Assessment;
import org.twinscope.model.smm.Practice;
import org.twinscope.model.smm.Rating;
import org.twinscope.model.twin.SystemElement;

/**
 * An assessment's ratings of one practice, split by what they are about: the whole system (no {@code on}) or the
 * elements they name.
 */
record PracticeRatings(List<Rating> wholeSystem, List<Rating> onElements, Map<SystemElement, List<Rating>> own) {

    static PracticeRatings of(Assessment assessment, Practice practice) {
        List<Rating> all = assessment.getRatings().stream().filter(r -> r.getPractice() == practice).toList();
        List<Rating> onElements = all.stream().filter(r -> !r.getElements().isEmpty()).toList();
        Map<SystemElement, List<Rating>> own = new HashMap<>();
        for (Rating rating : onElements) {
            for (SystemElement element : rating.getElements()) {
                own.computeIfAbsent(element, e -> new ArrayList<>()).add(rating);
            }
        }
        return new PracticeRatings(all.stream().filter(r -> r.getElements().isEmpty()).toList(), onElements, own);
    }

    /** Whether the element has a rating of its own. */
    boolean ratesOwn(SystemElement element) {
        return own.containsKey(element);
    }

    /** The ratings that stand at the element: its own if it has any, else those of the whole system. */
    List<Rating> at(SystemElement element) {
        return own.getOrDefault(element, wholeSystem);
    }
}
