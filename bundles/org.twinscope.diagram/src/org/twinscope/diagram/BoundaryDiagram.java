/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.diagram;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.emf.ecore.EObject;
import org.twinscope.analysis.SystemAnalysis;
import org.twinscope.analysis.facts.Frequencies;
import org.twinscope.analysis.facts.Ownership;
import org.twinscope.analysis.facts.SystemFacts;
import org.twinscope.diagram.ElementState.Mark;
import org.twinscope.diagram.ElementState.PracticeMark;
import org.twinscope.diagram.LaidOutDiagram.Badge;
import org.twinscope.diagram.LaidOutDiagram.Box;
import org.twinscope.diagram.LaidOutDiagram.Kind;
import org.twinscope.diagram.LaidOutDiagram.Link;
import org.twinscope.diagram.LaidOutDiagram.Point;
import org.twinscope.model.smm.Fact;
import org.twinscope.model.twin.Actor;
import org.twinscope.model.twin.Asset;
import org.twinscope.model.twin.Boundary;
import org.twinscope.model.twin.DataFidelity;
import org.twinscope.model.twin.ElementContainer;
import org.twinscope.model.twin.Entity;
import org.twinscope.model.twin.Organization;
import org.twinscope.model.twin.SyncDirection;
import org.twinscope.model.twin.Synchronization;
import org.twinscope.model.twin.SystemElement;
import org.twinscope.model.twin.Twin;
import org.twinscope.model.twin.TwinSystem;
import org.twinscope.model.util.ElementNames;

/**
 * The boundary diagram of a system: organizations and boundaries as nested containers, assets and twins as nodes,
 * synchronizations as edges, actors beside their organization with dotted edges to what they reach, laid out by ELK Layered container by container in the order of the source. Large
 * systems get an overview in which each top-level boundary is one node with counts, and one detail diagram per
 * boundary.
 */
public final class BoundaryDiagram {

    /** Above this many assets and twins, {@link #auto} draws the overview instead of everything. */
    public static final int OVERVIEW_THRESHOLD = 150;

    private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z])([A-Z])");
    private static final Pattern NOT_IN_ID = Pattern.compile("[^A-Za-z0-9_.-]");

    private static final double NODE_HEIGHT = 52;
    private static final double BADGE_ROW = 16;

    private final SystemAnalysis analysis;
    /** Laid out as one graph (ELK's hierarchical layout) rather than container by container. */
    private final boolean whole;
    private final DiagramScope scope;
    private final Map<SystemElement, ElementState> states;
    private final SystemFacts facts;
    private final Map<EObject, ElkNode> nodes = new IdentityHashMap<>();
    private final Map<ElkNode, Box> boxInfo = new IdentityHashMap<>();
    private final Map<ElkEdge, Link> linkInfo = new LinkedHashMap<>();
    private final java.util.Set<ElkEdge> reversed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    private BoundaryDiagram(SystemAnalysis analysis, DiagramScope scope, boolean whole) {
        this.whole = whole;
        this.analysis = analysis;
        this.scope = scope;
        this.states = ElementState.of(analysis, scope);
        this.facts = analysis.facts();
    }

    /** Everything, or the overview when the system is large. */
    public static LaidOutDiagram auto(SystemAnalysis analysis, DiagramScope scope) {
        long entities = analysis.facts().elements().stream().filter(Entity.class::isInstance).count();
        return entities > OVERVIEW_THRESHOLD ? overview(analysis, scope) : full(analysis, scope);
    }

    /** Every organization, boundary, asset, twin and synchronization. */
    public static LaidOutDiagram full(SystemAnalysis analysis, DiagramScope scope) {
        return fewerCrossings(whole -> full(analysis, scope, whole));
    }

    private static LaidOutDiagram full(SystemAnalysis analysis, DiagramScope scope, boolean whole) {
        BoundaryDiagram diagram = new BoundaryDiagram(analysis, scope, whole);
        ElkNode root = diagram.root();
        TwinSystem system = analysis.system();
        Map<Organization, ElkNode> organizations = diagram.organizationContainers(root, system);
        for (Boundary boundary : system.getBoundaries()) {
            Organization owner = Ownership.owner(boundary);
            diagram.addBoundary(owner != null && organizations.containsKey(owner) ? organizations.get(owner) : root,
                    boundary);
        }
        diagram.addEntities(root, system);
        for (Synchronization sync : system.getSynchronizations()) {
            diagram.addSync(root, sync);
        }
        diagram.addActors(root, system, organizations, entity -> diagram.nodes.get(entity));
        return diagram.layout(root, "System " + nameOf(system) + ": " + scope.title());
    }

    /** One node per top-level boundary with counts; links between boundaries bundled with their number. */
    public static LaidOutDiagram overview(SystemAnalysis analysis, DiagramScope scope) {
        return fewerCrossings(whole -> overview(analysis, scope, whole));
    }

    private static LaidOutDiagram overview(SystemAnalysis analysis, DiagramScope scope, boolean whole) {
        BoundaryDiagram diagram = new BoundaryDiagram(analysis, scope, whole);
        ElkNode root = diagram.root();
        TwinSystem system = analysis.system();
        Map<Organization, ElkNode> organizations = diagram.organizationContainers(root, system);
        Map<Boundary, ElkNode> collapsed = new LinkedHashMap<>();
        for (Boundary boundary : system.getBoundaries()) {
            Organization owner = Ownership.owner(boundary);
            ElkNode parent = owner != null && organizations.containsKey(owner) ? organizations.get(owner) : root;
            collapsed.put(boundary, diagram.addCollapsed(parent, boundary));
        }
        diagram.addEntities(root, system);
        Map<String, List<Synchronization>> bundles = new LinkedHashMap<>();
        for (Synchronization sync : system.getSynchronizations()) {
            ElkNode from = diagram.collapsedOrNode(sync.getSource(), collapsed);
            ElkNode to = diagram.collapsedOrNode(sync.getTarget(), collapsed);
            if (from != null && to != null && from != to) {
                bundles.computeIfAbsent(diagram.boxInfo.get(from).id() + "\u0000" + diagram.boxInfo.get(to).id(),
                        k -> new ArrayList<>()).add(sync);
            }
        }
        for (List<Synchronization> bundle : bundles.values()) {
            diagram.addBundle(root, bundle, collapsed);
        }
        diagram.addActors(root, system, organizations, entity -> diagram.collapsedOrNode(entity, collapsed));
        return diagram.layout(root, "System " + nameOf(system) + " (overview): " + scope.title());
    }

    /** One boundary with everything inside it, and the elements outside that its links reach. */
    public static LaidOutDiagram detail(SystemAnalysis analysis, DiagramScope scope, Boundary boundary) {
        return fewerCrossings(whole -> detail(analysis, scope, boundary, whole));
    }

    private static LaidOutDiagram detail(SystemAnalysis analysis, DiagramScope scope, Boundary boundary,
            boolean whole) {
        BoundaryDiagram diagram = new BoundaryDiagram(analysis, scope, whole);
        ElkNode root = diagram.root();
        diagram.addBoundary(root, boundary);
        for (Synchronization sync : analysis.system().getSynchronizations()) {
            boolean sourceInside = diagram.nodes.containsKey(sync.getSource());
            boolean targetInside = diagram.nodes.containsKey(sync.getTarget());
            if (sourceInside || targetInside) {
                for (Entity end : List.of(sync.getSource(), sync.getTarget())) {
                    if (end != null && !diagram.nodes.containsKey(end)) {
                        diagram.addExternal(root, end);
                    }
                }
                diagram.addSync(root, sync);
            }
        }
        // the actors that reach inside the boundary, beside it
        List<Actor> reaching = analysis.system().getActors().stream()
                .filter(a -> a.getAccesses().stream().anyMatch(diagram.nodes::containsKey)).toList();
        diagram.addActors(root, reaching, new LinkedHashMap<>(), entity -> diagram.nodes.get(entity));
        return diagram.layout(root, "Boundary " + nameOf(boundary) + ": " + scope.title());
    }

    /**
     * Up to this many boxes, a diagram is laid out both container by container and as one graph, and the drawing
     * with fewer crossings is kept: each takes milliseconds at this size. Above, container by container only, which
     * stays fast (see tests/org.twinscope.benchmarks, LayoutQualityBenchmark).
     */
    static final int BOTH_LAYOUTS_LIMIT = 200;

    /**
     * Container by container (the default, fast at any size, in the order of the source file), or for small
     * diagrams whichever of that and ELK's layout of the whole hierarchy crosses fewer links, of those in which no
     * link runs outside all boxes (around the diagram). The two fail in
     * different places: the first fixes the order of ports on a container's border before it knows where their
     * other ends are, so links between containers cross where those orders disagree; the second orders all nodes
     * together but cannot keep the order of the source, which keeps regular systems (many alike cells) uncrossed.
     */
    private static LaidOutDiagram fewerCrossings(Function<Boolean, LaidOutDiagram> layout) {
        LaidOutDiagram byContainer = layout.apply(false);
        if (byContainer.boxes().size() > BOTH_LAYOUTS_LIMIT) {
            return byContainer;
        }
        boolean byContainerOutside = Crossings.runsOutsideAllBoxes(byContainer);
        long byContainerCrossings = Crossings.count(byContainer);
        if (!byContainerOutside && byContainerCrossings == 0) {
            return byContainer; // nothing to gain
        }
        LaidOutDiagram whole = layout.apply(true);
        // ELK's whole layout sometimes routes a link through the channel below or above all boxes
        if (Crossings.runsOutsideAllBoxes(whole)) {
            return byContainer;
        }
        return byContainerOutside || Crossings.count(whole) < byContainerCrossings ? whole : byContainer;
    }

    // ------------------------------------------------------------------------------------------------ graph

    private ElkNode root() {
        if (LayoutMetaDataService.getInstance().getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
            LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
        }
        ElkNode root = ElkGraphUtil.createGraph();
        layoutOptions(root);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(70, 20, 20, 20));
        return root;
    }

    /**
     * The layout options of the diagram and of each container in it: containers are laid out one at a time, each
     * with its own options.
     */
    private void layoutOptions(ElkNode graph) {
        graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        if (!whole) {
            // the order of the source file: a diagram that reads like the text, and matching port orders on the
            // borders of neighbouring containers (see ContainerByContainerLayout). Not for the whole hierarchy at
            // once: ELK 0.12 fails there with model order (a NullPointerException in ModelOrderNodeComparator).
            graph.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
            graph.setProperty(LayeredOptions.CROSSING_MINIMIZATION_FORCE_NODE_MODEL_ORDER, true);
        }
        graph.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        graph.setProperty(CoreOptions.SPACING_NODE_NODE, 28.0);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 56.0);
        graph.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 20.0);
        graph.setProperty(CoreOptions.SPACING_EDGE_LABEL, 4.0);
    }

    private Map<Organization, ElkNode> organizationContainers(ElkNode root, TwinSystem system) {
        Map<Organization, ElkNode> containers = new LinkedHashMap<>();
        for (Boundary boundary : system.getBoundaries()) {
            Organization owner = Ownership.owner(boundary);
            if (owner != null && !containers.containsKey(owner)) {
                ElkNode node = container(root, owner, Kind.ORGANIZATION, "Organization " + nameOf(owner),
                        owner.getRole().getValue() == 0 ? ""
                                : words(owner.getRole().getName()));
                containers.put(owner, node);
            }
        }
        return containers;
    }

    private void addActors(ElkNode root, TwinSystem system, Map<Organization, ElkNode> organizations,
            Function<Entity, ElkNode> target) {
        addActors(root, system.getActors(), organizations, target);
    }

    /**
     * Actors beside their organization (in its container, made for them when the organization owns no boundary),
     * each with a dotted edge to every element it reaches, labeled with how: reads, operates or administers.
     *
     * @param target the node an accessed element is drawn as (itself, or the collapsed boundary it is inside)
     */
    private void addActors(ElkNode root, List<Actor> actors, Map<Organization, ElkNode> organizations,
            Function<Entity, ElkNode> target) {
        for (Actor actor : actors) {
            Organization organization = actor.getOrganization();
            ElkNode parent = root;
            if (organization != null && !organization.eIsProxy()) {
                parent = organizations.computeIfAbsent(organization, o -> container(root, o, Kind.ORGANIZATION,
                        "Organization " + nameOf(o), o.getRole().getValue() == 0 ? "" : words(o.getRole().getName())));
            }
            ElkNode node = leaf(parent, actor, Kind.ACTOR, nameOf(actor), words(actor.getKind().getName())
                    + (organization == null ? "" : " of " + nameOf(organization)));
            java.util.Set<ElkNode> reached = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            for (Entity entity : actor.getAccesses()) {
                ElkNode to = target.apply(entity);
                if (to != null && to != node && reached.add(to)) {
                    addAccess(actor, node, to, entity);
                }
            }
        }
    }

    private void addAccess(Actor actor, ElkNode from, ElkNode to, Entity entity) {
        // laid out from the element to the actor, as data flows from assets through twins to people: actors end
        // up right of what they reach, in the same direction as telemetry (and as commands, which are laid out
        // asset to twin), instead of pulling their organization to the other side of the diagram
        ElkEdge edge = ElkGraphUtil.createSimpleEdge(to, from);
        ElkGraphUtil.updateContainment(edge);
        reversed.add(edge);
        String mode = actor.getAccessMode().getName() + "s"; // reads, operates, administers, as written
        ElkLabel elkLabel = ElkGraphUtil.createLabel(mode, edge);
        elkLabel.setDimensions(TextMetrics.width(mode, TextMetrics.SMALL_FONT_SIZE) + 6, 14);
        elkLabel.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
        boolean external = facts.holds(actor, Fact.EXTERNAL_ACCESS);
        String tooltip = ElementNames.label(actor) + " " + mode + " " + ElementNames.label(entity)
                + (external ? "\n" + facts.reason(actor, Fact.EXTERNAL_ACCESS) : "");
        linkInfo.put(edge, new Link(id(actor) + "--" + boxInfo.get(to).id(), ElementNames.qualified(actor),
                boxInfo.get(from).id(), boxInfo.get(to).id(), List.of(), mode, 0, 0, 0, 0, false, false, external, "",
                tooltip, mode));
    }

    private void addBoundary(ElkNode parent, Boundary boundary) {
        String subtitle = words(boundary.getKind().getName())
                + (boundary.getHostedBy() != null ? ", hosted by " + nameOf(boundary.getHostedBy()) : "");
        ElkNode node = container(parent, boundary, Kind.BOUNDARY, nameOf(boundary), subtitle);
        // nested boundaries iteratively would lose the tree; the language bounds nesting depth
        for (Boundary inner : boundary.getBoundaries()) {
            addBoundary(node, inner);
        }
        addEntities(node, boundary);
    }

    private void addEntities(ElkNode parent, ElementContainer container) {
        for (Asset asset : container.getAssets()) {
            leaf(parent, asset, Kind.ASSET, nameOf(asset), "asset, " + words(asset.getKind().getName()));
        }
        for (Twin twin : container.getTwins()) {
            leaf(parent, twin, Kind.TWIN, nameOf(twin), "twin" + (twin.getFidelity().getValue() > 0
                    ? ", " + twin.getFidelity().getName() + " fidelity" : ""));
        }
    }

    private ElkNode addCollapsed(ElkNode parent, Boundary boundary) {
        int[] counts = new int[2];
        List<SystemElement> inside = new ArrayList<>();
        collectInside(boundary, inside);
        for (SystemElement element : inside) {
            if (element instanceof Asset) {
                counts[0]++;
            } else if (element instanceof Twin) {
                counts[1]++;
            }
        }
        ElkNode node = leaf(parent, boundary, Kind.COLLAPSED_BOUNDARY, nameOf(boundary),
                counts[0] + " assets, " + counts[1] + " twins");
        // as its row of the boundary matrix: what is at it, inside it and on the links that reach into it (the worst
        // of the elements inside alone missed the links, and differed from the matrix)
        ElementState own = states.get(boundary);
        Mark worst = own == null ? Mark.NONE : own.worst();
        Box box = boxInfo.get(node);
        boxInfo.put(node, withStatus(box, worst, box.tooltip() + gapsInside(inside, states)));
        return node;
    }

    /** The tooltip line of a folded boundary that counts the elements inside it with a gap. */
    static String gapsInside(List<SystemElement> inside, Map<SystemElement, ElementState> states) {
        long gaps = inside.stream().filter(e -> states.containsKey(e) && states.get(e).worst() == Mark.GAP).count();
        return "\n" + gaps + " elements with a gap inside";
    }

    /** The assets, twins and boundaries inside the boundary, at any depth. */
    static void collectInside(Boundary boundary, List<SystemElement> inside) {
        List<ElementContainer> pending = new ArrayList<>(List.of(boundary));
        for (int i = 0; i < pending.size(); i++) {
            ElementContainer current = pending.get(i);
            inside.addAll(current.getAssets());
            inside.addAll(current.getTwins());
            inside.addAll(current.getBoundaries());
            pending.addAll(current.getBoundaries());
        }
    }

    private ElkNode collapsedOrNode(Entity entity, Map<Boundary, ElkNode> collapsed) {
        if (entity == null) {
            return null;
        }
        ElkNode direct = nodes.get(entity);
        if (direct != null) {
            return direct;
        }
        EObject top = entity;
        while (top.eContainer() != null && !(top.eContainer() instanceof TwinSystem)) {
            top = top.eContainer();
        }
        return top instanceof Boundary boundary ? collapsed.get(boundary) : null;
    }

    private void addExternal(ElkNode root, Entity entity) {
        leaf(root, entity, Kind.EXTERNAL, nameOf(entity), "outside this boundary");
    }

    private ElkNode container(ElkNode parent, SystemElement element, Kind kind, String label, String subtitle) {
        ElkNode node = ElkGraphUtil.createNode(parent);
        String id = id(element);
        node.setIdentifier(id);
        double titleWidth = Math.max(TextMetrics.boldWidth(label, TextMetrics.FONT_SIZE),
                TextMetrics.width(subtitle, TextMetrics.SMALL_FONT_SIZE));
        layoutOptions(node);
        node.setProperty(CoreOptions.PADDING, new ElkPadding(44, 16, 16, 16));
        node.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new org.eclipse.elk.core.math.KVector(titleWidth + 32, 70));
        node.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS,
                java.util.EnumSet.of(org.eclipse.elk.core.options.SizeConstraint.MINIMUM_SIZE));
        nodes.put(element, node);
        ElementState state = states.get(element);
        boxInfo.put(node, box(id, element, kind, label, subtitle, parentId(parent), state));
        return node;
    }

    private ElkNode leaf(ElkNode parent, SystemElement element, Kind kind, String label, String subtitle) {
        ElkNode node = ElkGraphUtil.createNode(parent);
        String id = id(element);
        node.setIdentifier(id);
        ElementState state = states.get(element);
        List<Badge> badges = badges(state);
        double badgesWidth = badges.stream().mapToDouble(b -> TextMetrics.width(b.text(), 9) + 10).sum();
        double width = Math.max(Math.max(TextMetrics.boldWidth(label, TextMetrics.FONT_SIZE),
                TextMetrics.width(subtitle, TextMetrics.SMALL_FONT_SIZE)), Math.min(badgesWidth, 260)) + 24;
        int badgeRows = badges.isEmpty() ? 0 : (int) Math.ceil(badgesWidth / Math.max(width - 16, 1));
        node.setDimensions(Math.max(width, 90), NODE_HEIGHT + badgeRows * BADGE_ROW);
        nodes.put(element, node);
        Box box = box(id, element, kind, label, subtitle, parentId(parent), state);
        boxInfo.put(node, new Box(box.id(), box.source(), kind, label, subtitle, 0, 0, 0, 0, box.parent(),
                box.status(), box.gap(), badges, box.tooltip()));
        return node;
    }

    private void addSync(ElkNode root, Synchronization sync) {
        ElkNode from = nodes.get(sync.getSource());
        ElkNode to = nodes.get(sync.getTarget());
        if (from == null || to == null || from == to) {
            return;
        }
        // commands flow against the telemetry (twin to asset); laying them out asset-to-twin like the telemetry
        // keeps assets left of their twins and routes commands straight instead of around the whole diagram
        boolean commands = sync.getDirection() == SyncDirection.COMMANDS;
        ElkEdge edge = commands ? ElkGraphUtil.createSimpleEdge(to, from) : ElkGraphUtil.createSimpleEdge(from, to);
        ElkGraphUtil.updateContainment(edge);
        if (commands) {
            reversed.add(edge);
        }
        String label = syncLabel(sync);
        ElkLabel elkLabel = ElkGraphUtil.createLabel(label, edge);
        elkLabel.setDimensions(TextMetrics.width(label, TextMetrics.SMALL_FONT_SIZE) + 6, 14);
        elkLabel.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
        ElementState state = states.get(sync);
        Mark mark = state == null ? Mark.NONE : state.worst();
        boolean crosses = facts.holds(sync, Fact.CROSSES_ORGANIZATIONS);
        StringBuilder tooltip = new StringBuilder(ElementNames.label(sync)).append(": ").append(label);
        if (crosses) {
            tooltip.append("\n").append(facts.reason(sync, Fact.CROSSES_ORGANIZATIONS));
        }
        appendMarks(tooltip, state);
        linkInfo.put(edge, new Link(id(sync), ElementNames.qualified(sync), boxInfo.get(from).id(),
                boxInfo.get(to).id(), List.of(), label, 0, 0, 0, 0, sync.getDirection() != SyncDirection.TELEMETRY,
                sync.getDirection() == SyncDirection.BIDIRECTIONAL, crosses, status(mark, state),
                tooltip.toString(), ""));
    }

    private void addBundle(ElkNode root, List<Synchronization> bundle, Map<Boundary, ElkNode> collapsed) {
        Synchronization first = bundle.get(0);
        ElkNode from = collapsedOrNode(first.getSource(), collapsed);
        ElkNode to = collapsedOrNode(first.getTarget(), collapsed);
        ElkEdge edge = ElkGraphUtil.createSimpleEdge(from, to);
        ElkGraphUtil.updateContainment(edge);
        String label = bundle.size() == 1 ? syncLabel(first) : bundle.size() + " synchronizations";
        ElkLabel elkLabel = ElkGraphUtil.createLabel(label, edge);
        elkLabel.setDimensions(TextMetrics.width(label, TextMetrics.SMALL_FONT_SIZE) + 6, 14);
        Mark worst = Mark.NONE;
        boolean commands = false;
        boolean crosses = false;
        for (Synchronization sync : bundle) {
            ElementState state = states.get(sync);
            if (state != null && state.worst().compareTo(worst) > 0) {
                worst = state.worst();
            }
            commands |= sync.getDirection() != SyncDirection.TELEMETRY;
            crosses |= facts.holds(sync, Fact.CROSSES_ORGANIZATIONS);
        }
        String tooltip = String.join("\n", bundle.stream().limit(12).map(s -> ElementNames.label(s) + ": "
                + syncLabel(s)).toList()) + (bundle.size() > 12 ? "\n(" + (bundle.size() - 12) + " more)" : "");
        linkInfo.put(edge, new Link("ts-bundle-" + boxInfo.get(from).id() + "-" + boxInfo.get(to).id(), null,
                boxInfo.get(from).id(), boxInfo.get(to).id(), List.of(), label, 0, 0, 0, 0, commands, false, crosses,
                worst == Mark.NONE ? "" : worst.name().toLowerCase(Locale.ROOT).replace('_', '-'), tooltip, ""));
    }

    private static String syncLabel(Synchronization sync) {
        StringBuilder label = new StringBuilder(Frequencies.describe(sync.getFrequency()));
        if (sync.getFidelity() != DataFidelity.UNSPECIFIED) {
            label.append(", ").append(sync.getFidelity().getName());
        }
        if (sync.getDirection() != SyncDirection.TELEMETRY) {
            label.insert(0, sync.getDirection() == SyncDirection.COMMANDS ? "commands " : "both ways ");
        }
        return label.toString();
    }

    // ------------------------------------------------------------------------------------------------ boxes

    private Box box(String id, SystemElement element, Kind kind, String label, String subtitle, String parent,
            ElementState state) {
        StringBuilder tooltip = new StringBuilder(label);
        if (element.getDescription() != null) {
            tooltip.append(": ").append(element.getDescription());
        }
        for (Fact fact : facts.factsOf(element)) {
            tooltip.append("\n- ").append(facts.reason(element, fact));
        }
        appendMarks(tooltip, state);
        Mark mark = state == null ? Mark.NONE : state.worst();
        return new Box(id, ElementNames.qualified(element), kind, label, subtitle, 0, 0, 0, 0, parent,
                status(mark, state), state == null ? 0 : state.largestGap(), List.of(), tooltip.toString());
    }

    private static void appendMarks(StringBuilder tooltip, ElementState state) {
        if (state == null) {
            return;
        }
        for (PracticeMark mark : state.marks()) {
            tooltip.append("\n").append(ElementNames.title(mark.practice())).append(": ").append(mark.mark().label);
            if (mark.levelGap() > 0) {
                tooltip.append(" (").append(mark.levelGap()).append(" level").append(mark.levelGap() > 1 ? "s" : "")
                        .append(')');
            }
            tooltip.append(" - ").append(mark.reasons().get(0));
        }
    }

    private static String status(Mark mark, ElementState state) {
        return mark == Mark.NONE || state == null ? "" : mark.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Box withStatus(Box box, Mark mark, String tooltip) {
        return new Box(box.id(), box.source(), box.kind(), box.label(), box.subtitle(), box.x(), box.y(),
                box.width(), box.height(), box.parent(), mark == Mark.NONE ? ""
                        : mark.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                box.gap(), box.badges(), tooltip);
    }

    private static List<Badge> badges(ElementState state) {
        if (state == null) {
            return List.of();
        }
        return state.marks().stream().map(m -> new Badge(Abbreviations.of(m.practice()), m.practice().getName(),
                m.mark().name().toLowerCase(Locale.ROOT).replace('_', '-'))).toList();
    }

    private String parentId(ElkNode parent) {
        Box box = boxInfo.get(parent);
        return box == null ? null : box.id();
    }

    /** "otZone" as "ot zone": enumeration names as words. */
    private static String words(String camelCase) {
        return CAMEL_HUMP.matcher(camelCase).replaceAll("$1 $2").toLowerCase(Locale.ROOT);
    }

    /** Names for people; a broken model may lack one. */
    private static String nameOf(org.twinscope.model.twin.NamedElement element) {
        return element == null || element.getName() == null ? "(unnamed)" : element.getName();
    }

    /** "ts-" and the qualified name with characters outside [A-Za-z0-9_.-] replaced: stable across runs. */
    static String id(SystemElement element) {
        String qualified = ElementNames.qualified(element);
        return "ts-" + (qualified == null ? "unnamed" : NOT_IN_ID.matcher(qualified).replaceAll("_"));
    }

    // ------------------------------------------------------------------------------------------------ layout

    private LaidOutDiagram layout(ElkNode root, String title) {
        ContainerByContainerLayout engine = new ContainerByContainerLayout();
        // an edge turned around for the layout is drawn back from its source to its target
        for (ElkEdge turned : engine.orient(linkInfo.keySet())) {
            if (!reversed.remove(turned)) {
                reversed.add(turned);
            }
        }
        if (whole) {
            engine.layoutWhole(root);
        } else {
            engine.split(linkInfo.keySet());
            for (Map.Entry<ElkNode, Box> node : boxInfo.entrySet()) {
                if (node.getValue().kind() == Kind.ACTOR) {
                    engine.placeBesideBorder(node.getKey());
                }
            }
            engine.layout(root);
        }
        List<Box> boxes = new ArrayList<>();
        Map<ElkNode, double[]> absolute = new IdentityHashMap<>();
        absolute.put(root, new double[] { 0, 0 });
        List<ElkNode> pending = new ArrayList<>(root.getChildren());
        for (int i = 0; i < pending.size(); i++) {
            ElkNode node = pending.get(i);
            double[] parent = absolute.get(node.getParent());
            double x = parent[0] + node.getX();
            double y = parent[1] + node.getY();
            absolute.put(node, new double[] { x, y });
            Box info = boxInfo.get(node);
            boxes.add(new Box(info.id(), info.source(), info.kind(), info.label(), info.subtitle(), x, y,
                    node.getWidth(), node.getHeight(), info.parent(), info.status(), info.gap(), info.badges(),
                    info.tooltip()));
            pending.addAll(node.getChildren());
        }
        List<Link> links = new ArrayList<>();
        for (Map.Entry<ElkEdge, Link> entry : linkInfo.entrySet()) {
            ElkEdge edge = entry.getKey();
            Link info = entry.getValue();
            List<Point> points = engine.route(edge, absolute);
            if (reversed.contains(edge)) {
                java.util.Collections.reverse(points);
            }
            double[] label = engine.labelBounds(edge, absolute);
            links.add(new Link(info.id(), info.source(), info.from(), info.to(), List.copyOf(points), info.label(),
                    label[0], label[1], label[2], label[3], info.commands(), info.bidirectional(),
                    info.crossesOrganizations(), info.status(), info.tooltip(), info.access()));
        }
        double width = Math.max(Math.max(root.getWidth(), Legend.WIDTH), TextMetrics.width(title, 18) + 40);
        double height = root.getHeight() + Legend.HEIGHT;
        return new LaidOutDiagram(title, List.copyOf(boxes), List.copyOf(links), width, height);
    }
}
