/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.views;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.twinscope.analysis.gaps.PracticeGap;
import org.twinscope.analysis.gaps.Status;
import org.twinscope.model.smm.Domain;
import org.twinscope.model.smm.SubDomain;
import org.twinscope.model.util.ElementNames;

/**
 * The scorecard's rows: results grouped by domain and sub-domain in catalog order, sorted within a sub-domain by the
 * column the user chose, and counted by status for the summary line.
 */
final class ScorecardRows {

    /** The columns rows can be sorted by. */
    enum Sort {
        PRACTICE(Comparator.comparing(ScorecardRows::name)),
        TARGET(Comparator.comparingInt((PracticeGap g) -> g.target().level().getValue())),
        CURRENT(Comparator.comparingInt((PracticeGap g) -> g.current() == null ? -1 : g.current().getValue())),
        STATUS(Comparator.comparingInt((PracticeGap g) -> g.status().severity()).thenComparingInt(
                PracticeGap::size));

        private final Comparator<PracticeGap> order;

        Sort(Comparator<PracticeGap> order) {
            this.order = order;
        }
    }

    private ScorecardRows() {
    }

    /** Results by domain, then sub-domain (both in the order of the listed results, which is the catalog's). */
    static Map<Domain, Map<SubDomain, List<PracticeGap>>> grouped(List<PracticeGap> listed, Sort sort,
            boolean descending) {
        Map<Domain, Map<SubDomain, List<PracticeGap>>> groups = new LinkedHashMap<>();
        for (PracticeGap gap : listed) {
            SubDomain subDomain = gap.practice().getSubDomain();
            Domain domain = subDomain == null ? null : subDomain.getDomain();
            groups.computeIfAbsent(domain, d -> new LinkedHashMap<>())
                    .computeIfAbsent(subDomain, s -> new java.util.ArrayList<>()).add(gap);
        }
        if (sort != null) {
            Comparator<PracticeGap> order = descending ? sort.order.reversed() : sort.order;
            groups.values().forEach(subDomains -> subDomains.values().forEach(rows -> rows.sort(order)));
        }
        return groups;
    }

    /** The practice's full name, and the element for an element's own result. */
    static String name(PracticeGap gap) {
        return ElementNames.distinctTitleAtStart(gap.practice()) + (gap.element() == null ? "" : " on "
                + ElementNames.label(gap.element()));
    }

    /**
     * "2 met, 7 gap, 11 not assessed, 3 partially assessed" (and not applicable where there are such); without
     * {@code zeros}, only the statuses that occur.
     */
    static String summary(List<PracticeGap> results, boolean zeros) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        results.forEach(gap -> counts.merge(gap.status(), 1, Integer::sum));
        StringBuilder text = new StringBuilder();
        for (Status status : List.of(Status.MET, Status.GAP, Status.NOT_ASSESSED, Status.PARTIALLY_ASSESSED,
                Status.NOT_APPLICABLE)) {
            int count = counts.getOrDefault(status, 0);
            if (count > 0 || zeros && status != Status.NOT_APPLICABLE) {
                text.append(text.isEmpty() ? "" : ", ").append(count).append(' ').append(status.label());
            }
        }
        return text.toString();
    }
}
