/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.gaps;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.twinscope.analysis.targets.CatalogOrder;
import org.twinscope.model.smm.CatalogElement;
import org.twinscope.model.smm.Comprehensiveness;
import org.twinscope.model.smm.Practice;
import org.twinscope.model.smm.SubDomain;

/**
 * A sub-domain or domain summarized from its targeted practices, by {@link #RULE}. Each practice counts once, by its
 * worst result (system-wide or at any element), so that the summary never says more than its practices: it is met
 * only when every practice is met (or declared not applicable), and targets and current levels that differ between
 * practices show as ranges instead of a highest target next to a lowest level of another practice.
 *
 * @param subject the sub-domain or domain
 * @param lowestTarget the lowest target level among its practices' results (system-wide and at elements)
 * @param highestTarget the highest target level among them
 * @param lowestCurrent the lowest current level among those results, or null when none is assessed
 * @param highestCurrent the highest current level among them, or null
 * @param status met when every practice is met or not applicable; otherwise the worst practice status
 * @param levelGap the sum of its practices' level gaps
 * @param practices number of targeted practices
 * @param withGap practices with a gap
 * @param notAssessed practices targeted but not assessed
 * @param partiallyAssessed practices rated only on some elements
 */
public record RollUp(CatalogElement subject, Comprehensiveness lowestTarget, Comprehensiveness highestTarget,
        Comprehensiveness lowestCurrent, Comprehensiveness highestCurrent, Status status, int levelGap, int practices,
        int withGap, int notAssessed, int partiallyAssessed) {

    /** The roll-up rule in words, for reports. */
    public static final String RULE = "met only when every practice is met or not applicable; each practice counts "
            + "once, by its worst result (system-wide or at any element), for the status, the gap (the sum of the "
            + "practices' level gaps) and the counts; target and current are ranges over all results; unassessed and "
            + "partially assessed practices are counted, not averaged in";

    /** "Consistent", or "Minimum to Consistent" when the practices' targets differ. */
    public String targetRange() {
        return range(lowestTarget, highestTarget);
    }

    /** The current levels as a range, or "-" when no practice is assessed. */
    public String currentRange() {
        return lowestCurrent == null ? "-" : range(lowestCurrent, highestCurrent);
    }

    private static String range(Comprehensiveness low, Comprehensiveness high) {
        return low == high ? low.getLiteral() : low.getLiteral() + " to " + high.getLiteral();
    }

    /**
     * What a roll-up needs of one practice, gathered in one pass over its results (a large system has hundreds of
     * thousands of element results; sub-domains and domains are then made from these summaries).
     */
    static final class PracticeSummary {
        private final Practice practice;
        private PracticeGap worst;
        private Comprehensiveness lowestTarget;
        private Comprehensiveness highestTarget;
        private Comprehensiveness lowestCurrent;
        private Comprehensiveness highestCurrent;

        private PracticeSummary(Practice practice) {
            this.practice = practice;
        }

        private void add(PracticeGap gap) {
            worst = worst == null ? gap : worse(worst, gap);
            lowestTarget = lower(lowestTarget, gap.target().level());
            highestTarget = higher(highestTarget, gap.target().level());
            if (gap.current() != null) {
                lowestCurrent = lower(lowestCurrent, gap.current());
                highestCurrent = higher(highestCurrent, gap.current());
            }
        }
    }

    /** One summary per practice, in the order the results come (system-wide first). */
    static List<PracticeSummary> summaries(List<PracticeGap> systemWide, List<PracticeGap> atElements) {
        Map<Practice, PracticeSummary> summaries = new LinkedHashMap<>();
        for (List<PracticeGap> results : List.of(systemWide, atElements)) {
            for (PracticeGap gap : results) {
                summaries.computeIfAbsent(gap.practice(), PracticeSummary::new).add(gap);
            }
        }
        return List.copyOf(summaries.values());
    }

    static List<RollUp> of(List<PracticeSummary> summaries, boolean domains) {
        Map<CatalogElement, List<PracticeSummary>> groups = new LinkedHashMap<>();
        for (PracticeSummary summary : summaries) {
            SubDomain subDomain = summary.practice.getSubDomain();
            CatalogElement group = subDomain == null ? null : domains ? subDomain.getDomain() : subDomain;
            if (group != null) {
                groups.computeIfAbsent(group, g -> new ArrayList<>()).add(summary);
            }
        }
        List<RollUp> rollUps = new ArrayList<>();
        groups.entrySet().stream().sorted(Map.Entry.comparingByKey(CatalogOrder.COMPARATOR))
                .forEach(e -> rollUps.add(of(e.getKey(), e.getValue())));
        return List.copyOf(rollUps);
    }

    /** Ranges over every result of the group; status, gap and counts over each practice's worst result. */
    private static RollUp of(CatalogElement subject, List<PracticeSummary> summaries) {
        List<PracticeGap> gaps = summaries.stream().map(s -> s.worst).toList();
        Comprehensiveness lowestTarget = null;
        Comprehensiveness highestTarget = null;
        Comprehensiveness lowestCurrent = null;
        Comprehensiveness highestCurrent = null;
        for (PracticeSummary summary : summaries) {
            lowestTarget = lower(lowestTarget, summary.lowestTarget);
            highestTarget = higher(highestTarget, summary.highestTarget);
            lowestCurrent = lower(lowestCurrent, summary.lowestCurrent);
            highestCurrent = higher(highestCurrent, summary.highestCurrent);
        }
        Status status = gaps.stream().map(PracticeGap::status).max(Comparator.comparingInt(Status::severity))
                .orElse(Status.MET);
        if (status.severity() == 0) {
            status = Status.MET;
        }
        return new RollUp(subject, lowestTarget, highestTarget, lowestCurrent, highestCurrent, status,
                gaps.stream().mapToInt(PracticeGap::levelGap).sum(), gaps.size(), count(gaps, Status.GAP),
                count(gaps, Status.NOT_ASSESSED), count(gaps, Status.PARTIALLY_ASSESSED));
    }

    private static Comprehensiveness lower(Comprehensiveness a, Comprehensiveness b) {
        return a == null ? b : b == null || a.getValue() <= b.getValue() ? a : b;
    }

    private static Comprehensiveness higher(Comprehensiveness a, Comprehensiveness b) {
        return a == null ? b : b == null || a.getValue() >= b.getValue() ? a : b;
    }

    private static int count(List<PracticeGap> gaps, Status status) {
        return (int) gaps.stream().filter(g -> g.status() == status).count();
    }

    /**
     * The worse of two results of one practice. A partially assessed system-wide result already stands for its
     * unrated elements: their "not assessed" does not replace it (else no practice would ever count as partially
     * assessed), while a gap measured at an element does.
     */
    private static PracticeGap worse(PracticeGap a, PracticeGap b) {
        if (partOfPartial(a, b)) {
            return a;
        }
        if (partOfPartial(b, a)) {
            return b;
        }
        return rank(b) > rank(a) ? b : a;
    }

    private static boolean partOfPartial(PracticeGap systemWide, PracticeGap atElement) {
        return systemWide.element() == null && systemWide.status() == Status.PARTIALLY_ASSESSED
                && atElement.element() != null && atElement.status() == Status.NOT_ASSESSED;
    }

    /** Orders results of one practice from best to worst: by status, then by the size of the gap. */
    private static int rank(PracticeGap gap) {
        return gap.status().severity() * 1000 + gap.levelGap() * 10 + gap.scopeGap();
    }
}
