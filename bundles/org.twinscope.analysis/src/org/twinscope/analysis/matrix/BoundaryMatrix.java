/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.matrix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * applicabilities at or inside the boundary, and the practice's results there in the chosen assessment. Next to the
 * maturity results, and never mixed with them, each boundary's IEC 62443 target security level as a zone and those of
 * the synchronizations (conduits) that reach into it.
 */
public final class BoundaryMatrix {

    private final List<Boundary> boundaries;
    private final List<Practice> practices;
    private final Map<Boundary, Map<Practice, List<Applicability>>> cells;
    private final AssessmentResult assessment;
    private final List<Synchronization> conduits;

    private BoundaryMatrix(List<Boundary> boundaries, List<Practice> practices,
            Map<Boundary, Map<Practice, List<Applicability>>> cells, AssessmentResult assessment,
            List<Synchronization> conduits) {
        this.conduits = conduits;
        this.boundaries = boundaries;
        this.practices = practices;
        this.cells = cells;
        this.assessment = assessment;
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
        List<Synchronization> conduits = facts.elements().stream().filter(Synchronization.class::isInstance)
                .map(Synchronization.class::cast).filter(Synchronization::isSetSecurityLevel).toList();
        return new BoundaryMatrix(boundaries, List.copyOf(practices), cells, assessment, conduits);
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

    /** The boundary's target security level as a zone (1 to 4), or null when it states none. */
    public static Integer securityLevel(Boundary boundary) {
        return boundary.isSetSecurityLevel() ? boundary.getSecurityLevel() : null;
    }

    /** The synchronization's target security level as a conduit (1 to 4), or null when it states none. */
    public static Integer securityLevel(Synchronization conduit) {
        return conduit.isSetSecurityLevel() ? conduit.getSecurityLevel() : null;
    }

    /** Every synchronization with a target security level (a conduit), in model order. */
    public List<Synchronization> conduits() {
        return conduits;
    }

    /** The innermost boundary (zone) around an end of a link, or null when it sits in no boundary. */
    public static Boundary zoneOf(EObject element) {
        for (EObject current = element == null ? null : element.eContainer(); current != null; current = current
                .eContainer()) {
            if (current instanceof Boundary boundary) {
                return boundary;
            }
        }
        return null;
    }

    /** The synchronizations with a target security level that reach into the boundary, in model order. */
    public List<Synchronization> conduits(Boundary boundary) {
        return conduits.stream().filter(c -> boundariesOf(c).contains(boundary)).toList();
    }

    /** The cell, with the practice's results at the boundary itself and at every element the cell's rules reach. */
    public MatrixCell cell(Boundary boundary, Practice practice) {
        List<Applicability> applicabilities = List.copyOf(cells.getOrDefault(boundary, Map.of())
                .getOrDefault(practice, List.of()));
        List<PracticeGap> results = new ArrayList<>();
        if (assessment != null) {
            Set<SystemElement> elements = new LinkedHashSet<>();
            elements.add(boundary);
            applicabilities.stream().filter(a -> !a.isOverridden()).forEach(a -> elements.add(a.element()));
            for (SystemElement element : elements) {
                PracticeGap result = assessment.gapFor(practice, element);
                if (result != null) {
                    results.add(result);
                }
            }
        }
        return new MatrixCell(applicabilities, List.copyOf(results));
    }
}
