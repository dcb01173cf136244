/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.history;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.twinscope.analysis.gaps.AssessmentResult;
import org.twinscope.analysis.gaps.PracticeGap;
import org.twinscope.analysis.targets.CatalogOrder;
import org.twinscope.model.smm.Comprehensiveness;
import org.twinscope.model.smm.Practice;
import org.twinscope.model.twin.SystemElement;

/**
 * The history of a system's assessments: for each two consecutive ones (by date), per practice, system-wide and at
 * every element with its own target or rating, whether the current level improved, regressed, stayed, was newly
 * assessed or no longer is. Levels are compared, not statuses: each assessment is judged against the profile it names,
 * and a raised target is not a regression of the practice.
 */
public final class Trend {

    private record Key(Practice practice, SystemElement element) {
    }

    private Trend() {
    }

    /** @param byDate the assessments of one system, oldest first */
    public static List<AssessmentStep> of(List<AssessmentResult> byDate) {
        List<AssessmentStep> steps = new ArrayList<>();
        for (int i = 1; i < byDate.size(); i++) {
            steps.add(step(byDate.get(i - 1), byDate.get(i)));
        }
        return List.copyOf(steps);
    }

    private static AssessmentStep step(AssessmentResult previous, AssessmentResult latest) {
        // what either assessment lists; each side then gives its result there, listed or not (an element without a
        // rating of its own still has the system's)
        Set<Key> keys = new LinkedHashSet<>();
        previous.listed().forEach(g -> keys.add(key(g)));
        latest.listed().forEach(g -> keys.add(key(g)));
        List<PracticeChange> changes = new ArrayList<>();
        for (Key key : keys) {
            PracticeGap before = previous.gapFor(key.practice(), key.element());
            PracticeGap after = latest.gapFor(key.practice(), key.element());
            Change change = change(level(before), level(after));
            if (change != null) {
                changes.add(new PracticeChange(key.practice(), key.element(), before, after, change));
            }
        }
        changes.sort(java.util.Comparator.comparing(PracticeChange::practice, CatalogOrder.COMPARATOR));
        return new AssessmentStep(previous, latest, List.copyOf(changes));
    }

    private static Key key(PracticeGap gap) {
        return new Key(gap.practice(), gap.element());
    }

    private static Comprehensiveness level(PracticeGap gap) {
        return gap == null ? null : gap.current();
    }

    /** Null when neither assessment rated it: nothing to compare. */
    private static Change change(Comprehensiveness before, Comprehensiveness after) {
        if (before == null) {
            return after == null ? null : Change.NEWLY_ASSESSED;
        }
        if (after == null) {
            return Change.NO_LONGER_ASSESSED;
        }
        int delta = after.getValue() - before.getValue();
        return delta > 0 ? Change.IMPROVED : delta < 0 ? Change.REGRESSED : Change.UNCHANGED;
    }
}
