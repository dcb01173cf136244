/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.twinscope.analysis.gaps.PracticeGap;
import org.twinscope.analysis.plan.PlanResult;
import org.twinscope.model.smm.Comprehensiveness;
import org.twinscope.model.smm.Criterion;
import org.twinscope.model.smm.SmmPackage;
import org.twinscope.model.util.ElementNames;

/** How every writer shows a result's target, current state and status in words, so that they all say the same. */
final class GapText {

    private GapText() {
    }

    /** "consistent / system", or just the level when the target asks for no particular scope. */
    static String target(PracticeGap gap) {
        String level = JsonReport.level(gap.target().level());
        return gap.target().target().eIsSet(SmmPackage.Literals.TARGET__SCOPE)
                ? level + " / " + gap.target().scope().getName() : level;
    }

    /** "ad-hoc / system", "ad-hoc / scope not stated", or "-" when there is no current level. */
    static String current(PracticeGap gap) {
        if (gap.current() == null) {
            return "-";
        }
        return JsonReport.level(gap.current()) + " / "
                + (gap.scopeStated() ? gap.currentScope().getName() : "scope not stated");
    }

    /** "gap (2)", "partially assessed (rated 1 of 3 ...)", "met", ... */
    static String status(PracticeGap gap) {
        String label = gap.status().label();
        if (gap.coverage() != null) {
            return label + " (" + gap.coverage().describe() + ")";
        }
        return gap.levelGap() > 0 ? label + " (" + gap.levelGap() + ")" : label;
    }

    /** ", accepted until 2027-06-30 by Plant manager" for a result a current acceptance covers, else "". */
    static String accepted(PlanResult plan, PracticeGap gap) {
        var accepted = plan == null ? null : plan.activeAcceptance(gap);
        return accepted == null ? "" : ", accepted until " + JsonReport.day(accepted.acceptance().getUntil()) + " by "
                + accepted.acceptance().getAcceptedBy();
    }

    /**
     * The criteria still open, by level: "To reach Ad hoc: A1 .... To reach Consistent: C1 .... C2 ....", or "" when
     * none are open (criteria are sentences, so a space separates them).
     */
    static String openCriteria(PracticeGap gap) {
        Map<Comprehensiveness, List<String>> byLevel = new LinkedHashMap<>();
        for (Criterion criterion : gap.openCriteria()) {
            byLevel.computeIfAbsent(criterion.getLevel(), l -> new ArrayList<>())
                    .add(criterion.getName() + " " + criterion.getText());
        }
        List<String> parts = new ArrayList<>();
        byLevel.forEach((level, criteria) -> parts.add("To reach " + level.getLiteral() + ": "
                + String.join(" ", criteria)));
        return String.join(" ", parts);
    }

    /**
     * The practice, with the element for an element's result: "Access Control on LineTwin"; "Practice Threat Modeling"
     * where a sub-domain has the same title. It starts rows and sentences, hence the capital.
     */
    static String subject(PracticeGap gap) {
        return ElementNames.distinctTitleAtStart(gap.practice())
                + (gap.element() == null ? "" : " on " + ElementNames.label(gap.element()));
    }
}
