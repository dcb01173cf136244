/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.diagram;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.twinscope.analysis.SystemAnalysis;
import org.twinscope.analysis.applicability.Applicability;
import org.twinscope.model.smm.Practice;
import org.twinscope.model.smm.SubDomain;
import org.twinscope.model.util.ElementNames;

/**
 * What a diagram is about: one practice, the practices of a sub-domain, or every practice that applies.
 *
 * @param title how the title names it ("Access Control", "sub-domain Data Protection", "all practices")
 * @param key a short stable key for file names and ids ("AccessControl", "DataProtection", "all")
 * @param practices the practices shown; empty means all
 */
public record DiagramScope(String title, String key, Set<Practice> practices) {

    public static DiagramScope all() {
        return new DiagramScope("all practices", "all", Set.of());
    }

    public static DiagramScope of(Practice practice) {
        return new DiagramScope(ElementNames.distinctTitle(practice), practice.getName(), Set.of(practice));
    }

    public static DiagramScope of(SubDomain subDomain) {
        return new DiagramScope("sub-domain " + ElementNames.title(subDomain), subDomain.getName(),
                new LinkedHashSet<>(subDomain.getPractices()));
    }

    public boolean includes(Practice practice) {
        return practices.isEmpty() || practices.contains(practice);
    }

    /** One scope per practice that applies somewhere in the system, in catalog order, after "all". */
    public static List<DiagramScope> perApplicablePractice(SystemAnalysis analysis) {
        Set<Practice> applicable = new LinkedHashSet<>();
        analysis.applicabilities().stream().map(Applicability::practice).forEach(applicable::add);
        List<Practice> sorted = applicable.stream()
                .sorted(org.twinscope.analysis.targets.CatalogOrder.COMPARATOR).toList();
        List<DiagramScope> scopes = new java.util.ArrayList<>();
        scopes.add(all());
        sorted.forEach(p -> scopes.add(of(p)));
        return scopes;
    }
}
