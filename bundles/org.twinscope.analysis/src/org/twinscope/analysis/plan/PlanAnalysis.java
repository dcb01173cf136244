/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;

import org.twinscope.model.util.Days;
import org.twinscope.analysis.gaps.AssessmentResult;
import org.twinscope.analysis.gaps.PracticeGap;
import org.twinscope.analysis.gaps.Status;
import org.twinscope.model.smm.AcceptedGap;
import org.twinscope.model.smm.Action;
import org.twinscope.model.smm.ActionStatus;
import org.twinscope.model.smm.Plan;
import org.twinscope.model.smm.Practice;
import org.twinscope.model.twin.SystemElement;

/**
 * Reads a system's plans against its latest assessment. An action or acceptance without {@code on} addresses the
 * practice everywhere (system-wide and at every element); with {@code on}, the results at those elements. The open
 * results are the listed ones (system-wide, and elements with their own target or rating) that are a gap, not assessed
 * or partially assessed. An acceptance holds up to and including its day; after it the gaps count again.
 */
public final class PlanAnalysis {

    private PlanAnalysis() {
    }

    public static PlanResult of(List<Plan> plans, AssessmentResult latest, LocalDate asOf) {
        List<PracticeGap> open = latest == null ? List.of() : latest.listed().stream().filter(PlanAnalysis::isOpen)
                .toList();
        List<ActionState> actions = new ArrayList<>();
        List<AcceptanceState> acceptances = new ArrayList<>();
        for (Plan plan : plans) {
            for (Action action : plan.getActions()) {
                if (!resolved(action.getPractice())) {
                    continue; // a half-written action (the file has an error) names no practice to link
                }
                List<PracticeGap> gaps = addressed(open, action.getPractice(), action.getElements());
                boolean done = action.getStatus() == ActionStatus.DONE;
                LocalDate due = day(action.getDue());
                actions.add(new ActionState(action, gaps, !done && due != null && due.isBefore(asOf),
                        done && !gaps.isEmpty()));
            }
            for (AcceptedGap acceptance : plan.getAcceptances()) {
                if (!resolved(acceptance.getPractice())) {
                    continue;
                }
                LocalDate until = day(acceptance.getUntil());
                acceptances.add(new AcceptanceState(acceptance, addressed(open, acceptance.getPractice(),
                        acceptance.getElements()), until != null && until.isBefore(asOf)));
            }
        }
        actions.sort(Comparator.comparing((ActionState a) -> !a.overdue())
                .thenComparing(a -> day(a.action().getDue()), Comparator.nullsLast(Comparator.naturalOrder())));
        // without any plan, "no action" would only repeat the list of gaps
        List<PracticeGap> withoutAction = plans.isEmpty() ? List.of() : open.stream()
                .filter(g -> actions.stream().noneMatch(a -> a.gaps().contains(g)))
                .filter(g -> acceptances.stream().noneMatch(a -> !a.expired() && a.covers(g))).toList();
        return new PlanResult(asOf, List.copyOf(actions), List.copyOf(acceptances), withoutAction);
    }

    private static boolean resolved(Practice practice) {
        return practice != null && !practice.eIsProxy();
    }

    private static boolean isOpen(PracticeGap gap) {
        return gap.status() == Status.GAP || gap.status() == Status.NOT_ASSESSED
                || gap.status() == Status.PARTIALLY_ASSESSED;
    }

    /** The open results of the practice that the elements name (all of the practice's when none is named). */
    private static List<PracticeGap> addressed(List<PracticeGap> open, Practice practice,
            List<SystemElement> elements) {
        Stream<PracticeGap> ofPractice = open.stream().filter(g -> g.practice() == practice);
        return (elements.isEmpty() ? ofPractice : ofPractice.filter(g -> elements.contains(g.element()))).toList();
    }

    static LocalDate day(Date date) {
        return Days.of(date);
    }
}
