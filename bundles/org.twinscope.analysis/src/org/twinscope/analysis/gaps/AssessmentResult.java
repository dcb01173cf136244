/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.gaps;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.twinscope.analysis.coverage.CoverageFinding;
import org.twinscope.model.smm.Assessment;
import org.twinscope.model.smm.Practice;
import org.twinscope.model.smm.Profile;
import org.twinscope.model.twin.SystemElement;

/**
 * An assessment compared with its profile (see {@link GapAnalysis} for the rules): {@link #practices()} holds the
 * system-wide result of every practice with a system-wide target, in catalog order; {@link #gapFor} and
 * {@link #elements()} the result at every element where a targeted practice applies or that a target names; roll-ups
 * per sub-domain and domain follow {@link RollUp#RULE}.
 */
public final class AssessmentResult {

    private record Key(Practice practice, SystemElement element) {
    }

    /**
     * The result that the elements of a practice without a target or rating of their own share: the system's target
     * against the system's rating. Kept once per practice instead of once per element: a large system has hundreds of
     * thousands of them.
     *
     * @param template the comparison, made at the first such element
     * @param applies the elements where the practice applies (those with results of their own are looked up first)
     */
    record Inherited(PracticeGap template, java.util.Set<SystemElement> applies) {
    }

    private final Assessment assessment;
    private final Profile profile;
    private final List<PracticeGap> practices;
    /** Results of elements with a target or a rating of their own. */
    private final List<PracticeGap> specific;
    private final Map<Practice, Inherited> inherited = new HashMap<>();
    private List<PracticeGap> elements;
    private final List<RollUp> subDomains;
    private final List<RollUp> domains;
    private final List<CoverageFinding> coverage;
    /** Lookups by practice and element, made once: views ask for every element of a diagram. */
    private final Map<Key, PracticeGap> index;
    /** What reports list (made once: plans, history and every writer ask for it). */
    private final List<PracticeGap> listed;

    private AssessmentResult(Assessment assessment, Profile profile, List<PracticeGap> practices,
            List<PracticeGap> specific, List<Inherited> inherited, List<CoverageFinding> coverage) {
        this.assessment = assessment;
        this.profile = profile;
        this.practices = List.copyOf(practices);
        this.specific = List.copyOf(specific);
        inherited.forEach(i -> this.inherited.put(i.template().practice(), i));
        List<PracticeGap> templates = inherited.stream().map(Inherited::template).toList();
        List<RollUp.PracticeSummary> summaries = RollUp.summaries(practices,
                Stream.concat(specific.stream(), templates.stream()).toList());
        this.subDomains = RollUp.of(summaries, false);
        this.domains = RollUp.of(summaries, true);
        this.coverage = List.copyOf(coverage);
        this.listed = listed(this.practices, this.specific);
        this.index = HashMap.newHashMap(practices.size() + specific.size());
        practices.forEach(g -> index.putIfAbsent(new Key(g.practice(), g.element()), g));
        specific.forEach(g -> index.putIfAbsent(new Key(g.practice(), g.element()), g));
    }

    static AssessmentResult of(Assessment assessment, Profile profile, List<PracticeGap> practices,
            List<PracticeGap> specific, List<Inherited> inherited, List<CoverageFinding> coverage) {
        return new AssessmentResult(assessment, profile, practices, specific, inherited, coverage);
    }

    public Assessment assessment() {
        return assessment;
    }

    public Profile profile() {
        return profile;
    }

    public List<PracticeGap> practices() {
        return practices;
    }

    /**
     * The result at every element where a targeted practice applies or that a target names, by practice in catalog
     * order; made on first request (views and reports look results up with {@link #gapFor}).
     */
    public synchronized List<PracticeGap> elements() {
        if (elements == null) {
            java.util.Set<Practice> ofPractices = new java.util.LinkedHashSet<>(inherited.keySet());
            specific.forEach(g -> ofPractices.add(g.practice()));
            List<Practice> ordered = new ArrayList<>(ofPractices);
            ordered.sort(org.twinscope.analysis.targets.CatalogOrder.COMPARATOR);
            List<PracticeGap> all = new ArrayList<>();
            for (Practice practice : ordered) {
                addElements(practice, all);
            }
            elements = List.copyOf(all);
        }
        return elements;
    }

    private void addElements(Practice practice, List<PracticeGap> all) {
        Inherited shared = inherited.get(practice);
        if (shared == null) {
            specific.stream().filter(g -> g.practice() == practice).forEach(all::add);
            return;
        }
        for (SystemElement element : shared.applies()) {
            PracticeGap gap = gapFor(practice, element);
            if (gap != null) {
                all.add(gap);
            }
        }
    }

    public List<RollUp> subDomains() {
        return subDomains;
    }

    public List<RollUp> domains() {
        return domains;
    }

    public List<CoverageFinding> coverage() {
        return coverage;
    }

    /**
     * What reports list: the system-wide results and the element results that say something of their own (an
     * element's own target or rating), practice by practice.
     */
    public List<PracticeGap> listed() {
        return listed;
    }

    private static List<PracticeGap> listed(List<PracticeGap> practices, List<PracticeGap> elements) {
        List<PracticeGap> listed = new ArrayList<>(practices);
        elements.stream().filter(PracticeGap::elementSpecific).forEach(listed::add);
        listed.sort(Comparator.comparing((PracticeGap g) -> g.practice(),
                org.twinscope.analysis.targets.CatalogOrder.COMPARATOR));
        return List.copyOf(listed);
    }

    /** Gaps, partially assessed and unassessed practices among the listed results, largest first. */
    public List<PracticeGap> gapsBySize() {
        return listed().stream().filter(p -> p.status() != Status.MET && p.status() != Status.NOT_APPLICABLE)
                .sorted(Comparator.comparingInt(PracticeGap::size).reversed()).toList();
    }

    /**
     * How the practice stands at an element: the element's result (its own or the system's target, against its own
     * or the system's rating); with a null element, the system-wide result. Null when the practice has no target
     * there.
     */
    public PracticeGap gapFor(Practice practice, SystemElement element) {
        PracticeGap own = index.get(new Key(practice, element));
        if (own != null || element == null) {
            return own;
        }
        Inherited shared = inherited.get(practice);
        if (shared == null || !shared.applies().contains(element)) {
            return null;
        }
        PracticeGap template = shared.template();
        return template.at(element);
    }

    /** The largest level gap anywhere, system-wide or at an element, for CI gates. */
    public int largestLevelGap() {
        return Stream.concat(Stream.concat(practices.stream(), specific.stream()),
                inherited.values().stream().map(Inherited::template)).mapToInt(PracticeGap::levelGap).max().orElse(0);
    }
}
