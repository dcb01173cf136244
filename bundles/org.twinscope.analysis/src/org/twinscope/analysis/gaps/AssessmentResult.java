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
 * system-wide result of every practice with a system-wide target, in catalog order; {@link #elements()} the result at
 * every element where a targeted practice applies or that a target names, by practice, then in the order of the
 * system; roll-ups per sub-domain and domain follow {@link RollUp#RULE}.
 */
public final class AssessmentResult {

    private record Key(Practice practice, SystemElement element) {
    }

    private final Assessment assessment;
    private final Profile profile;
    private final List<PracticeGap> practices;
    private final List<PracticeGap> elements;
    private final List<RollUp> subDomains;
    private final List<RollUp> domains;
    private final List<CoverageFinding> coverage;
    /** Lookups by practice and element, made once: views ask for every element of a diagram. */
    private final Map<Key, PracticeGap> index;
    /** What reports list (made once: plans, history and every writer ask for it). */
    private final List<PracticeGap> listed;

    private AssessmentResult(Assessment assessment, Profile profile, List<PracticeGap> practices,
            List<PracticeGap> elements, List<CoverageFinding> coverage) {
        this.assessment = assessment;
        this.profile = profile;
        this.practices = List.copyOf(practices);
        this.elements = List.copyOf(elements);
        List<RollUp.PracticeSummary> summaries = RollUp.summaries(practices, elements);
        this.subDomains = RollUp.of(summaries, false);
        this.domains = RollUp.of(summaries, true);
        this.coverage = List.copyOf(coverage);
        this.listed = listed(this.practices, this.elements);
        this.index = HashMap.newHashMap(practices.size() + elements.size());
        practices.forEach(g -> index.putIfAbsent(new Key(g.practice(), g.element()), g));
        elements.forEach(g -> index.putIfAbsent(new Key(g.practice(), g.element()), g));
    }

    static AssessmentResult of(Assessment assessment, Profile profile, List<PracticeGap> practices,
            List<PracticeGap> elements, List<CoverageFinding> coverage) {
        return new AssessmentResult(assessment, profile, practices, elements, coverage);
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

    public List<PracticeGap> elements() {
        return elements;
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
        return index.get(new Key(practice, element));
    }

    /** The largest level gap anywhere, system-wide or at an element, for CI gates. */
    public int largestLevelGap() {
        return Stream.concat(practices.stream(), elements.stream()).mapToInt(PracticeGap::levelGap).max().orElse(0);
    }
}
