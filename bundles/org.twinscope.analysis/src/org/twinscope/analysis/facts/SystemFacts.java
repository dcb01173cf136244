/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.facts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.twinscope.model.smm.Fact;
import org.twinscope.model.twin.AccessMode;
import org.twinscope.model.twin.Actor;
import org.twinscope.model.twin.Asset;
import org.twinscope.model.twin.AssetKind;
import org.twinscope.model.twin.Boundary;
import org.twinscope.model.twin.BoundaryKind;
import org.twinscope.model.twin.Criticality;
import org.twinscope.model.twin.DataClassification;
import org.twinscope.model.twin.DataFidelity;
import org.twinscope.model.twin.ElementContainer;
import org.twinscope.model.twin.Entity;
import org.twinscope.model.twin.Organization;
import org.twinscope.model.twin.Synchronization;
import org.twinscope.model.twin.SystemElement;
import org.twinscope.model.twin.Twin;
import org.twinscope.model.twin.TwinFidelity;
import org.twinscope.model.twin.TwinSystem;
import org.twinscope.model.util.ElementNames;

/**
 * The facts that hold for each element of one twin system, each with the reason in words. Computed once, in time
 * linear in the size of the system (each synchronization and access adds its facts to its endpoints and to the
 * boundaries around them). What each fact means for each kind of element is documented on {@link Fact} use in
 * README.md ("Facts") and summarized by {@link FactSubjects}.
 */
public final class SystemFacts {

    private final TwinSystem system;
    private final Thresholds thresholds;
    private final List<SystemElement> elements = new ArrayList<>();
    private final Map<SystemElement, Map<Fact, String>> facts = new LinkedHashMap<>();

    private SystemFacts(TwinSystem system, Thresholds thresholds) {
        this.system = system;
        this.thresholds = thresholds;
    }

    /** The facts of the system, high-frequency by the thresholds in force (see {@link Thresholds}). */
    public static SystemFacts of(TwinSystem system, Thresholds thresholds) {
        SystemFacts result = new SystemFacts(system, thresholds);
        result.collectElements();
        result.structuralFacts();
        result.synchronizationFacts();
        result.dataFacts();
        result.accessFacts();
        result.stakeFacts();
        return result;
    }

    public TwinSystem system() {
        return system;
    }

    /** Every element of the system: organizations, boundaries (outer first), assets, twins, synchronizations, actors. */
    public List<SystemElement> elements() {
        return List.copyOf(elements);
    }

    public Set<Fact> factsOf(SystemElement element) {
        return facts.getOrDefault(element, Map.of()).keySet();
    }

    public boolean holds(SystemElement element, Fact fact) {
        return facts.getOrDefault(element, Map.of()).containsKey(fact);
    }

    /** Why the fact holds for the element, or null when it does not. */
    public String reason(SystemElement element, Fact fact) {
        return facts.getOrDefault(element, Map.of()).get(fact);
    }

    private void collectElements() {
        elements.addAll(system.getOrganizations());
        collectContainer(system);
        elements.addAll(system.getSynchronizations());
        elements.addAll(system.getActors());
    }

    private void collectContainer(ElementContainer container) {
        // iterative, outer boundaries first; nesting depth is bounded by the language but need not be trusted here
        List<ElementContainer> pending = new ArrayList<>(List.of(container));
        for (int i = 0; i < pending.size(); i++) {
            ElementContainer current = pending.get(i);
            elements.addAll(current.getBoundaries());
            elements.addAll(current.getAssets());
            elements.addAll(current.getTwins());
            pending.addAll(current.getBoundaries());
        }
    }

    private void add(SystemElement element, Fact fact, String reason) {
        facts.computeIfAbsent(element, e -> new EnumMap<>(Fact.class)).putIfAbsent(fact, reason);
    }

    /** Adds the fact to every boundary around the element. */
    private void addToBoundaries(EObject element, Fact fact, String reason) {
        for (EObject current = element.eContainer(); current != null; current = current.eContainer()) {
            if (current instanceof Boundary boundary) {
                add(boundary, fact, reason);
            }
        }
    }

    private void structuralFacts() {
        for (SystemElement element : elements) {
            Boundary otZone = enclosingOfKind(element, BoundaryKind.OT_ZONE);
            Boundary cloud = enclosingOfKind(element, BoundaryKind.CLOUD);
            if (element instanceof Boundary boundary) {
                if (boundary.getKind() == BoundaryKind.OT_ZONE || otZone != null) {
                    add(boundary, Fact.IN_OT_ZONE, name(boundary) + " is an OT zone"
                            + (otZone != null && otZone != boundary ? " (inside " + name(otZone) + ")" : ""));
                }
                if (boundary.getKind() == BoundaryKind.CLOUD) {
                    add(boundary, Fact.CLOUD, name(boundary) + " is a cloud boundary");
                }
                if (Ownership.differ(boundary.getHostedBy(), Ownership.owner(boundary))) {
                    add(boundary, Fact.HOSTED_BY_OTHER_ORGANIZATION, name(boundary) + " is owned by "
                            + name(Ownership.owner(boundary)) + " and hosted by " + name(boundary.getHostedBy()));
                }
            } else if (element instanceof Entity entity) {
                if (otZone != null) {
                    add(entity, Fact.IN_OT_ZONE, name(entity) + " sits in OT zone " + name(otZone));
                }
                if (cloud != null) {
                    add(entity, Fact.CLOUD, name(entity) + " runs in cloud boundary " + name(cloud));
                }
            }
            if (element instanceof Asset asset) {
                assetFacts(asset);
            } else if (element instanceof Twin twin) {
                twinFacts(twin);
            } else if (element instanceof Organization organization) {
                for (SystemElement other : elements) {
                    if (other instanceof Boundary boundary && (boundary.getHostedBy() == organization
                            || boundary.getOwner() == organization) && boundary.getKind() == BoundaryKind.CLOUD) {
                        add(organization, Fact.CLOUD, name(organization) + " runs cloud boundary " + name(boundary));
                    }
                }
            }
        }
    }

    private void assetFacts(Asset asset) {
        if (!asset.isNoSoftware()) { // unless the model says otherwise: most assets in a twin system run software
            add(asset, Fact.RUNS_SOFTWARE, name(asset) + " runs software");
        }
        if (asset.isSafetyRelevant()) {
            add(asset, Fact.SAFETY_RELEVANT, name(asset) + " is safety-relevant");
        }
        if (asset.getCriticality() == Criticality.HIGH || asset.getCriticality() == Criticality.CRITICAL) {
            add(asset, Fact.HIGH_CRITICALITY, name(asset) + " has " + asset.getCriticality().getName()
                    + " criticality");
        }
        if ((asset.getKind() == AssetKind.SERVER || asset.getKind() == AssetKind.GATEWAY) && !asset.isNoSoftware()
                && asset.eContainer() instanceof ElementContainer container && !container.getTwins().isEmpty()) {
            add(asset, Fact.HOSTS_TWINS, name(asset) + " is a " + asset.getKind().getName() + " beside the twins "
                    + names(container.getTwins()) + " (taken as their platform)");
        }
        Organization owner = Ownership.owner(asset);
        Organization host = Ownership.host(asset);
        if (Ownership.differ(owner, host)) {
            add(asset, Fact.HOSTED_BY_OTHER_ORGANIZATION, name(asset) + " belongs to " + name(owner)
                    + " but sits on infrastructure of " + name(host));
        }
    }

    private void twinFacts(Twin twin) {
        add(twin, Fact.RUNS_SOFTWARE, name(twin) + " is software, wherever and by whomever it is run");
        if (DataFlows.isConfidential(twin.getClassification())) {
            classificationFacts(twin, twin.getClassification(), name(twin) + " holds");
        }
        if (twin.getFidelity() == TwinFidelity.HIGH) {
            add(twin, Fact.HIGH_FIDELITY, name(twin) + " is a high-fidelity twin");
        }
        if (!twin.getAggregatedTwins().isEmpty()) {
            add(twin, Fact.AGGREGATES_TWINS, name(twin) + " aggregates " + names(twin.getAggregatedTwins()));
        }
        Organization host = Ownership.host(twin);
        for (Asset asset : representedAssets(twin)) {
            if (Ownership.differ(host, Ownership.owner(asset))) {
                add(twin, Fact.HOSTED_BY_OTHER_ORGANIZATION, name(twin) + " runs at " + name(host)
                        + ", the asset " + name(asset) + " belongs to " + name(Ownership.owner(asset)));
            }
            if (asset.isSafetyRelevant()) {
                add(twin, Fact.SAFETY_RELEVANT, name(twin) + " represents safety-relevant " + name(asset));
            }
            if (asset.getCriticality() == Criticality.HIGH || asset.getCriticality() == Criticality.CRITICAL) {
                add(twin, Fact.HIGH_CRITICALITY, name(twin) + " represents " + asset.getCriticality().getName()
                        + "-criticality " + name(asset));
            }
        }
    }

    /** The assets a twin stands for, directly or through the twins it aggregates (cycles are cut). */
    private static List<Asset> representedAssets(Twin twin) {
        List<Asset> assets = new ArrayList<>();
        List<Twin> pending = new ArrayList<>(List.of(twin));
        for (int i = 0; i < pending.size(); i++) {
            Twin current = pending.get(i);
            for (Asset asset : current.getRepresentedAssets()) {
                if (!asset.eIsProxy() && !assets.contains(asset)) {
                    assets.add(asset);
                }
            }
            for (Twin aggregated : current.getAggregatedTwins()) {
                if (!aggregated.eIsProxy() && !pending.contains(aggregated)) {
                    pending.add(aggregated);
                }
            }
        }
        return assets;
    }

    private void synchronizationFacts() {
        for (Synchronization sync : system.getSynchronizations()) {
            Entity source = sync.getSource();
            Entity target = sync.getTarget();
            if (source == null || target == null || source.eIsProxy() || target.eIsProxy()) {
                continue;
            }
            String label = ElementNames.label(sync);
            Organization sourceOwner = Ownership.owner(source);
            Organization targetOwner = Ownership.owner(target);
            Organization sourceHost = Ownership.host(source);
            Organization targetHost = Ownership.host(target);
            // the hosting organization counts too: a link into a tenant another organization runs leaves its owner
            if (Ownership.differ(sourceOwner, targetOwner) || Ownership.differ(sourceHost, targetHost)) {
                String reason = label + " links " + organizationsOf(source) + " and " + organizationsOf(target);
                addAround(sync, Fact.CROSSES_ORGANIZATIONS, reason);
                for (Organization organization : List.of(sourceOwner, targetOwner, sourceHost, targetHost)) {
                    if (organization != null) {
                        add(organization, Fact.CROSSES_ORGANIZATIONS, reason);
                    }
                }
            }
            Boundary sourceBoundary = Ownership.enclosingBoundary(source);
            Boundary targetBoundary = Ownership.enclosingBoundary(target);
            if (sourceBoundary != targetBoundary) {
                String reason = label + " crosses from " + nameOrSystem(sourceBoundary) + " to "
                        + nameOrSystem(targetBoundary);
                add(sync, Fact.CROSSES_BOUNDARY, reason);
                crossedBoundaries(source, target).forEach(b -> add(b, Fact.CROSSES_BOUNDARY, reason));
            }
            Actuation actuation = Actuation.of(sync);
            if (actuation != null) {
                String reason = name(actuation.commander()) + " sends commands to " + name(actuation.commanded())
                        + " over " + label;
                add(sync, Fact.ACTUATION, reason);
                add(actuation.commander(), Fact.ACTUATION, reason);
                add(actuation.commanded(), Fact.ACTUATION, reason);
                addToBoundaries(actuation.commanded(), Fact.ACTUATION, reason);
                Organization commanderOwner = Ownership.owner(actuation.commander());
                if (commanderOwner != null) {
                    add(commanderOwner, Fact.ACTUATION, reason);
                }
            }
            if (thresholds.isHighFrequency(sync.getFrequency())) {
                String reason = label + " runs " + Frequencies.describe(sync.getFrequency()) + " (threshold: "
                        + thresholds.describeHighFrequency() + ")";
                add(sync, Fact.HIGH_FREQUENCY, reason);
                add(source, Fact.HIGH_FREQUENCY, reason);
                add(target, Fact.HIGH_FREQUENCY, reason);
            }
            if (sync.getFidelity() == DataFidelity.RAW) {
                String reason = label + " carries raw data";
                add(sync, Fact.HIGH_FIDELITY, reason);
                if (source instanceof Asset) {
                    add(source, Fact.HIGH_FIDELITY, reason);
                }
            }
            for (Entity endpoint : List.of(source, target)) {
                if (holds(endpoint, Fact.CLOUD)) {
                    add(sync, Fact.CLOUD, label + " reaches " + name(endpoint) + " in the cloud");
                }
                if (endpoint instanceof Asset asset && asset.isSafetyRelevant()) {
                    add(sync, Fact.SAFETY_RELEVANT, label + " reaches safety-relevant " + name(asset));
                }
                if (endpoint instanceof Asset asset && (asset.getCriticality() == Criticality.HIGH
                        || asset.getCriticality() == Criticality.CRITICAL)) {
                    add(sync, Fact.HIGH_CRITICALITY, label + " reaches " + asset.getCriticality().getName()
                            + "-criticality " + name(asset));
                }
            }
        }
    }

    /** "Press (Operator)", or "LineTwin (Brewer, hosted by Vendor)" when another organization runs it. */
    private static String organizationsOf(Entity entity) {
        Organization owner = Ownership.owner(entity);
        Organization host = Ownership.host(entity);
        return name(entity) + " (" + name(owner) + (Ownership.differ(owner, host) ? ", hosted by " + name(host) : "")
                + ")";
    }

    /**
     * Data sensitivity: a synchronization's own classification, passed on to the twins its data lands at (see
     * {@link DataFlows}); twins that several organizations feed; the boundaries around twins with sensitive data.
     */
    private void dataFacts() {
        Map<Twin, Map<Organization, Entity>> feeders = new LinkedHashMap<>();
        for (Synchronization sync : system.getSynchronizations()) {
            Entity source = sync.getSource();
            Entity target = sync.getTarget();
            if (source == null || target == null || source.eIsProxy() || target.eIsProxy()) {
                continue;
            }
            if (DataFlows.isConfidential(sync.getClassification())) { // labels only where there is something to say
                String label = ElementNames.label(sync);
                classificationFacts(sync, sync.getClassification(), label + " carries");
                for (Entity end : List.of(source, target)) {
                    if (end instanceof Twin twin && DataFlows.landsAt(sync, twin)) {
                        classificationFacts(twin, sync.getClassification(), name(twin) + " receives over " + label);
                    }
                }
            }
            if (target instanceof Twin twin && DataFlows.feedsState(sync) && Ownership.owner(source) != null) {
                feeders.computeIfAbsent(twin, t -> new LinkedHashMap<>()).putIfAbsent(Ownership.owner(source), source);
            }
        }
        for (SystemElement element : elements) {
            if (element instanceof Twin twin) {
                for (Twin part : twin.getAggregatedTwins()) {
                    if (!part.eIsProxy() && Ownership.owner(part) != null) {
                        feeders.computeIfAbsent(twin, t -> new LinkedHashMap<>())
                                .putIfAbsent(Ownership.owner(part), part);
                    }
                }
                for (Fact fact : List.of(Fact.CONFIDENTIAL_DATA, Fact.PERSONAL_DATA)) {
                    if (holds(twin, fact)) {
                        addToBoundaries(twin, fact, reason(twin, fact));
                    }
                }
            }
        }
        feeders.forEach((twin, byOrganization) -> {
            if (byOrganization.size() > 1) {
                List<String> fed = new ArrayList<>();
                byOrganization.forEach((organization, feeder) -> fed.add(name(feeder) + " (" + name(organization)
                        + ")"));
                add(twin, Fact.FED_BY_SEVERAL_ORGANIZATIONS, name(twin) + " is fed by " + String.join(", ", fed));
            }
        });
    }

    private void classificationFacts(SystemElement element, DataClassification classification, String holds) {
        if (DataFlows.isConfidential(classification)) {
            add(element, Fact.CONFIDENTIAL_DATA, holds + " " + classification.getName() + " data");
        }
        if (DataFlows.isPersonal(classification)) {
            add(element, Fact.PERSONAL_DATA, holds + " personal data");
        }
    }

    /**
     * Organizations with a stake in the system: they own boundaries or assets (and so the twins in them), take part
     * as operator, vendor or integrator, or have actors that operate or administer something. The others (a provider
     * that only hosts) are dependencies of the system, not parties that govern it.
     */
    private void stakeFacts() {
        for (Organization organization : system.getOrganizations()) {
            switch (organization.getRole()) {
                case OPERATOR, VENDOR, INTEGRATOR -> add(organization, Fact.HAS_STAKE, name(organization)
                        + " takes part as " + organization.getRole().getName());
                default -> {
                }
            }
        }
        for (SystemElement element : elements) {
            Organization owner = element instanceof Boundary boundary ? boundary.getOwner()
                    : element instanceof Asset asset ? asset.getOwner() : null;
            if (owner != null) {
                add(owner, Fact.HAS_STAKE, name(owner) + " owns " + name(element));
            }
        }
        for (Actor actor : system.getActors()) {
            if (actor.getOrganization() != null && actor.getAccessMode() != AccessMode.READ
                    && !actor.getAccesses().isEmpty()) {
                add(actor.getOrganization(), Fact.HAS_STAKE, name(actor) + " of " + name(actor.getOrganization())
                        + " " + accessVerb(actor) + " " + names(actor.getAccesses()));
            }
        }
    }

    /** The fact for the synchronization, its endpoints and every boundary around either endpoint. */
    private void addAround(Synchronization sync, Fact fact, String reason) {
        add(sync, fact, reason);
        add(sync.getSource(), fact, reason);
        add(sync.getTarget(), fact, reason);
        addToBoundaries(sync.getSource(), fact, reason);
        addToBoundaries(sync.getTarget(), fact, reason);
    }

    /** Boundaries that contain exactly one of the two endpoints: those the link passes through. */
    private static List<Boundary> crossedBoundaries(Entity source, Entity target) {
        List<Boundary> aroundSource = boundariesAround(source);
        List<Boundary> aroundTarget = boundariesAround(target);
        List<Boundary> crossed = new ArrayList<>();
        aroundSource.stream().filter(b -> !aroundTarget.contains(b)).forEach(crossed::add);
        aroundTarget.stream().filter(b -> !aroundSource.contains(b)).forEach(crossed::add);
        return crossed;
    }

    private static List<Boundary> boundariesAround(EObject element) {
        List<Boundary> boundaries = new ArrayList<>();
        for (EObject current = element.eContainer(); current != null; current = current.eContainer()) {
            if (current instanceof Boundary boundary) {
                boundaries.add(boundary);
            }
        }
        return boundaries;
    }

    private void accessFacts() {
        for (Actor actor : system.getActors()) {
            Organization organization = actor.getOrganization();
            if (actor.getAccessMode() != AccessMode.READ && !actor.getAccesses().isEmpty()) {
                add(actor, Fact.ACTUATION, name(actor) + " " + accessVerb(actor) + " " + names(actor.getAccesses()));
                for (Entity entity : actor.getAccesses()) {
                    // an asset, or a twin that commands one: a twin that sends no commands acts on nothing
                    boolean acts = entity instanceof Asset || holds(entity, Fact.ACTUATION);
                    for (Fact fact : List.of(Fact.HIGH_CRITICALITY, Fact.SAFETY_RELEVANT)) {
                        if (acts && !entity.eIsProxy() && holds(entity, fact)) {
                            add(actor, fact, name(actor) + " " + accessVerb(actor) + " " + name(entity) + " ("
                                    + reason(entity, fact) + ")");
                        }
                    }
                }
            }
            for (Entity entity : actor.getAccesses()) {
                if (entity.eIsProxy() || !Ownership.differ(organization, Ownership.owner(entity))) {
                    continue;
                }
                String reason = name(actor) + " of " + name(organization) + " " + accessVerb(actor) + " "
                        + name(entity) + " of " + name(Ownership.owner(entity));
                add(actor, Fact.EXTERNAL_ACCESS, reason);
                add(entity, Fact.EXTERNAL_ACCESS, reason);
                addToBoundaries(entity, Fact.EXTERNAL_ACCESS, reason);
                add(organization, Fact.EXTERNAL_ACCESS, reason);
            }
        }
    }

    private static String accessVerb(Actor actor) {
        return switch (actor.getAccessMode()) {
            case READ -> "reads";
            case OPERATE -> "operates";
            case ADMINISTER -> "administers";
        };
    }

    private static Boundary enclosingOfKind(EObject element, BoundaryKind kind) {
        for (EObject current = element; current != null; current = current.eContainer()) {
            if (current instanceof Boundary boundary && boundary.getKind() == kind) {
                return boundary;
            }
        }
        return null;
    }

    private static String name(SystemElement element) {
        return ElementNames.name(element);
    }

    private static String nameOrSystem(Boundary boundary) {
        return boundary == null ? "system level" : boundary.getName();
    }

    private static String names(List<? extends SystemElement> elements) {
        return String.join(", ", elements.stream().map(SystemFacts::name).toList());
    }
}
