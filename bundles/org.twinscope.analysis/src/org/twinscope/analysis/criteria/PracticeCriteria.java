/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.criteria;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.twinscope.model.smm.Comprehensiveness;
import org.twinscope.model.smm.CriteriaSet;
import org.twinscope.model.smm.Criterion;
import org.twinscope.model.smm.Practice;

/**
 * The criteria of each practice once a project's {@code criteria for} blocks are taken into account. One rule: a
 * practice has the criteria its catalog gives it; a criteria set's criterion with the id of one of those replaces it,
 * and one with a new id is added. Two criteria sets giving a practice the same id is an error the language reports;
 * should it happen anyway, the first one read stands.
 */
public final class PracticeCriteria {

    /** Orders criteria by level; within a level they keep the order they were written in. */
    private static final Comparator<Criterion> BY_LEVEL = Comparator
            .comparingInt(c -> c.getLevel() == null ? 0 : c.getLevel().getValue());

    private final Map<Practice, List<CriteriaSet>> setsByPractice = new LinkedHashMap<>();
    private final Map<Practice, List<Criterion>> cache = new LinkedHashMap<>();

    private PracticeCriteria() {
    }

    /** The criteria of every practice, with the given criteria sets (in the order they were read). */
    public static PracticeCriteria of(Collection<CriteriaSet> criteriaSets) {
        PracticeCriteria criteria = new PracticeCriteria();
        for (CriteriaSet set : criteriaSets) {
            if (set.getPractice() != null && !set.getPractice().eIsProxy()) {
                criteria.setsByPractice.computeIfAbsent(set.getPractice(), p -> new ArrayList<>()).add(set);
            }
        }
        return criteria;
    }

    /** The practice's criteria, by level (1 to 4), each level in the order written. */
    public synchronized List<Criterion> of(Practice practice) {
        return cache.computeIfAbsent(practice, this::compute);
    }

    private List<Criterion> compute(Practice practice) {
        Map<String, Criterion> byId = new LinkedHashMap<>();
        practice.getCriteria().forEach(c -> byId.putIfAbsent(c.getName(), c));
        Map<String, Criterion> replaced = new LinkedHashMap<>();
        for (CriteriaSet set : setsByPractice.getOrDefault(practice, List.of())) {
            for (Criterion criterion : set.getCriteria()) {
                if (criterion.getName() != null && replaced.putIfAbsent(criterion.getName(), criterion) == null) {
                    byId.put(criterion.getName(), criterion);
                }
            }
        }
        List<Criterion> criteria = new ArrayList<>(byId.values());
        criteria.removeIf(c -> c.getName() == null);
        criteria.sort(BY_LEVEL);
        return List.copyOf(criteria);
    }

    /**
     * The criteria still open on the way from the current level to the target: those of every level above the
     * current one up to the target that the assessor did not name as met. Nothing is open once the target is reached.
     *
     * @param current the current level, null when not assessed (then every level up to the target counts)
     * @param met the ids of the criteria named as met
     */
    public List<Criterion> open(Practice practice, Comprehensiveness current, Comprehensiveness target,
            Set<String> met) {
        int from = current == null ? 0 : current.getValue();
        int to = target == null ? 0 : target.getValue();
        if (from >= to) {
            return List.of();
        }
        return of(practice).stream().filter(c -> c.getLevel() != null && c.getLevel().getValue() > from
                && c.getLevel().getValue() <= to && !met.contains(c.getName())).toList();
    }

    /** The practice's criterion with the id, or null. */
    public Criterion find(Practice practice, String id) {
        return of(practice).stream().filter(c -> c.getName() != null && c.getName().equals(id)).findFirst()
                .orElse(null);
    }
}
