/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.twinscope.analysis.SystemAnalysis;
import org.twinscope.diagram.ElementState.Mark;
import org.twinscope.diagram.ElementState.PracticeMark;
import org.twinscope.diagram.LaidOutDiagram.Box;
import org.twinscope.diagram.LaidOutDiagram.Kind;
import org.twinscope.diagram.LaidOutDiagram.Link;
import org.twinscope.model.smm.Practice;
import org.twinscope.model.twin.Boundary;
import org.twinscope.model.twin.Entity;
import org.twinscope.model.twin.Synchronization;
import org.twinscope.model.twin.SystemElement;
import org.twinscope.model.util.ElementNames;

/**
 * One diagram of a system for all practices whose elements also carry their state for each practice as classes, so
 * that a page can show any practice's view with CSS alone (no scripts, and no second copy of the drawing per
 * practice): {@code p3-gap} on an element means that practice 3 of {@link #practices()} applies there with a gap;
 * badges carry {@code b3}, and the title has one variant {@code t3} per practice, hidden until picked. Elements
 * without a class for the picked practice are where it does not apply. Tooltips name each practice's status without
 * the rules' reasons, which a report lists once.
 *
 * @param svg the drawing, as {@link SvgRenderer#render(LaidOutDiagram)} draws it for all practices, plus the classes
 * @param practices the practices that apply somewhere in the system, in catalog order: index i is class {@code pi}
 * @param titles the diagram's title for each practice, by the same index
 */
public record SwitchableDiagram(String svg, List<Practice> practices, List<String> titles) {

    /**
     * Longest description in a tooltip: shorter than a report's table cell, so that a description the report shows
     * shortened is never whole in a tooltip.
     */
    static final int DESCRIPTION = 300;

    /** The statuses an element can have for one practice, as its class suffix (the legend's keys). */
    public static final List<String> STATUSES = List.of("gap", "not-assessed", "untargeted", "met", "not-applicable",
            "overridden");

    /** The class of an element where practice {@code index} has the status. */
    public static String stateClass(int index, String status) {
        return "p" + index + "-" + status;
    }

    /** The class of a badge of practice {@code index}. */
    public static String badgeClass(int index) {
        return "b" + index;
    }

    /** The class of the title shown when practice {@code index} is picked. */
    public static String titleClass(int index) {
        return "t" + index;
    }

    /** The system's diagram (its overview when large, as {@link BoundaryDiagram#auto}) with per-practice states. */
    public static SwitchableDiagram of(SystemAnalysis analysis) {
        List<Practice> practices = DiagramScope.perApplicablePractice(analysis).stream().skip(1)
                .map(scope -> scope.practices().iterator().next()).toList();
        LaidOutDiagram diagram = BoundaryDiagram.auto(analysis, DiagramScope.all());
        Map<Practice, Integer> index = new HashMap<>();
        for (int i = 0; i < practices.size(); i++) {
            index.put(practices.get(i), i);
        }
        Map<SystemElement, ElementState> states = ElementState.of(analysis, DiagramScope.all());
        Map<String, SystemElement> byName = new HashMap<>();
        analysis.facts().elements().forEach(e -> byName.put(ElementNames.qualified(e), e));

        Map<String, String> classes = new HashMap<>();
        Map<String, String> tooltips = new HashMap<>();
        for (Box box : diagram.boxes()) {
            Map<Practice, Mark> marks = new LinkedHashMap<>();
            SystemElement element = byName.get(box.source());
            if (element != null) {
                if (box.kind() != Kind.ORGANIZATION) {
                    // a boundary, folded or not, stands as its boundary-matrix cells (see ElementState)
                    merge(marks, states.get(element));
                }
                String tooltip = tooltip(analysis, element, box.label(), states.get(element));
                if (box.kind() == Kind.COLLAPSED_BOUNDARY && element instanceof Boundary boundary) {
                    List<SystemElement> inside = new ArrayList<>();
                    BoundaryDiagram.collectInside(boundary, inside);
                    tooltip += BoundaryDiagram.gapsInside(inside, states);
                }
                tooltips.put(box.id(), tooltip);
            }
            put(classes, box.id(), marks, index);
        }
        Map<String, List<Synchronization>> bundles = bundles(analysis, diagram);
        for (Link link : diagram.links()) {
            Map<Practice, Mark> marks = new LinkedHashMap<>();
            if (link.isAccess()) {
                continue; // an actor's access has no state of its own
            }
            if (link.source() != null) {
                SystemElement sync = byName.get(link.source());
                merge(marks, states.get(sync));
                if (sync != null) {
                    tooltips.put(link.id(), tooltip(analysis, sync, ElementNames.label(sync) + ": " + link.label(),
                            states.get(sync)));
                }
            } else {
                bundles.getOrDefault(link.from() + "\u0000" + link.to(), List.of())
                        .forEach(sync -> merge(marks, states.get(sync)));
            }
            put(classes, link.id(), marks, index);
        }
        List<String> titles = practices.stream().map(p -> diagram.title().replaceFirst(
                java.util.regex.Pattern.quote(DiagramScope.all().title()) + "$",
                java.util.regex.Matcher.quoteReplacement(ElementNames.distinctTitle(p)))).toList();
        Map<String, String> badgeClasses = new HashMap<>();
        index.forEach((practice, i) -> badgeClasses.put(practice.getName(), badgeClass(i)));
        String svg = SvgRenderer.render(diagram, new SvgRenderer.Layers(classes, tooltips, badgeClasses, titles));
        return new SwitchableDiagram(svg, practices, titles);
    }

    /**
     * The element's tooltip in a report: its name and description (shortened), its facts, and each practice's
     * status there; the rules' reasons are in the report's "Why practices apply", not repeated per element.
     */
    private static String tooltip(SystemAnalysis analysis, SystemElement element, String label, ElementState state) {
        StringBuilder tooltip = new StringBuilder(label);
        if (element.getDescription() != null) {
            tooltip.append(": ").append(Markup.shorten(element.getDescription(), DESCRIPTION));
        }
        for (org.twinscope.model.smm.Fact fact : analysis.facts().factsOf(element)) {
            tooltip.append("\n- ").append(analysis.facts().reason(element, fact));
        }
        if (state != null) {
            for (PracticeMark mark : state.marks()) {
                tooltip.append("\n").append(ElementNames.title(mark.practice())).append(": ")
                        .append(mark.mark().label);
                if (mark.levelGap() > 0) {
                    tooltip.append(" (").append(mark.levelGap()).append(" level")
                            .append(mark.levelGap() > 1 ? "s" : "").append(')');
                }
            }
        }
        return tooltip.toString();
    }

    private static void merge(Map<Practice, Mark> marks, ElementState state) {
        if (state == null) {
            return;
        }
        for (PracticeMark mark : state.marks()) {
            marks.merge(mark.practice(), mark.mark(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
    }

    private static void put(Map<String, String> classes, String id, Map<Practice, Mark> marks,
            Map<Practice, Integer> index) {
        StringBuilder names = new StringBuilder();
        marks.forEach((practice, mark) -> {
            Integer i = index.get(practice);
            if (i != null && mark != Mark.NONE) {
                names.append(names.length() == 0 ? "" : " ")
                        .append(stateClass(i, mark.name().toLowerCase(Locale.ROOT).replace('_', '-')));
            }
        });
        if (!names.isEmpty()) {
            classes.put(id, names.toString());
        }
    }

    /**
     * The synchronizations behind each link of an overview, by its ends' box ids: an end is drawn as itself where the
     * diagram has a box for it, else as the collapsed top-level boundary it is inside.
     */
    private static Map<String, List<Synchronization>> bundles(SystemAnalysis analysis, LaidOutDiagram diagram) {
        Map<String, List<Synchronization>> bundles = new HashMap<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        diagram.boxes().forEach(b -> ids.add(b.id()));
        for (Synchronization sync : analysis.system().getSynchronizations()) {
            String from = drawnAs(sync.getSource(), ids);
            String to = drawnAs(sync.getTarget(), ids);
            if (from != null && to != null) {
                bundles.computeIfAbsent(from + "\u0000" + to, k -> new ArrayList<>()).add(sync);
            }
        }
        return bundles;
    }

    private static String drawnAs(Entity entity, java.util.Set<String> ids) {
        if (entity == null) {
            return null;
        }
        String own = BoundaryDiagram.id(entity);
        if (ids.contains(own)) {
            return own;
        }
        org.eclipse.emf.ecore.EObject top = entity;
        while (top.eContainer() instanceof Boundary) {
            top = top.eContainer();
        }
        return top instanceof Boundary boundary && ids.contains(BoundaryDiagram.id(boundary))
                ? BoundaryDiagram.id(boundary) : null;
    }
}
