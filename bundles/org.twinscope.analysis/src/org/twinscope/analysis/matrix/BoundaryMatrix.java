/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.matrix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.twinscope.analysis.applicability.Applicability;
import org.twinscope.analysis.facts.SystemFacts;
import org.twinscope.analysis.gaps.AssessmentResult;
import org.twinscope.analysis.gaps.PracticeGap;
import org.twinscope.analysis.targets.CatalogOrder;
import org.twinscope.model.smm.Practice;
import org.twinscope.model.twin.Boundary;
import org.twinscope.model.twin.Synchronization;
import org.twinscope.model.twin.SystemElement;

/**
 * The boundary x practice matrix: for every boundary (outer first) and every practice that applies somewhere, the
 * applicabilities at or inside the boundary, and the practice's status in the chosen assessment.
 */
public final class BoundaryMatrix {

    private final List<Boundary> boundaries;
    private final List<Practice> practices;
    private final Map<Boundary, Map<Practice, List<Applicability>>> cells;
    private final Map<Practice, PracticeGap> gaps;

    private BoundaryMatrix(List<Boundary> boundaries, List<Practice> practices,
            Map<Boundary, Map<Practice, List<Applicability>>> cells, Map<Practice, PracticeGap> gaps) {
        this.boundaries = boundaries;
        this.practices = practices;
        this.cells = cells;
        this.gaps = gaps;
    }

    /** Builds the matrix; the assessment result may be null. */
    public static BoundaryMatrix of(SystemFacts facts, List<Applicability> applicabilities,
            AssessmentResult assessment) {
        List<Boundary> boundaries = facts.elements().stream().filter(Boundary.class::isInstance)
                .map(Boundary.class::cast).toList();
        Map<Boundary, Map<Practice, List<Applicability>>> cells = new LinkedHashMap<>();
        List<Practice> practices = new ArrayList<>();
        for (Applicability applicability : applicabilities) {
            if (!practices.contains(applicability.practice())) {
                practices.add(applicability.practice());
            }
            for (Boundary boundary : boundariesOf(applicability.element())) {
                cells.computeIfAbsent(boundary, b -> new LinkedHashMap<>())
                        .computeIfAbsent(applicability.practice(), p -> new ArrayList<>()).add(applicability);
            }
        }
        practices.sort(CatalogOrder.COMPARATOR);
        Map<Practice, PracticeGap> gaps = new LinkedHashMap<>();
        if (assessment != null) {
            assessment.practices().stream().filter(g -> g.element() == null)
                    .forEach(g -> gaps.put(g.practice(), g));
        }
        return new BoundaryMatrix(boundaries, List.copyOf(practices), cells, gaps);
    }

    /** The boundary itself and every boundary around it, or for a link those around either end. */
    private static List<Boundary> boundariesOf(SystemElement element) {
        List<Boundary> result = new ArrayList<>();
        if (element instanceof Synchronization sync) {
            addAround(sync.getSource(), result);
            addAround(sync.getTarget(), result);
        } else {
            if (element instanceof Boundary boundary) {
                result.add(boundary);
            }
            addAround(element, result);
        }
        return result;
    }

    private static void addAround(EObject element, List<Boundary> result) {
        if (element == null) {
            return;
        }
        for (EObject current = element.eContainer(); current != null; current = current.eContainer()) {
            if (current instanceof Boundary boundary && !result.contains(boundary)) {
                result.add(boundary);
            }
        }
    }

    public List<Boundary> boundaries() {
        return boundaries;
    }

    public List<Practice> practices() {
        return practices;
    }

    public MatrixCell cell(Boundary boundary, Practice practice) {
        return new MatrixCell(List.copyOf(cells.getOrDefault(boundary, Map.of()).getOrDefault(practice, List.of())),
                gaps.get(practice));
    }
}
