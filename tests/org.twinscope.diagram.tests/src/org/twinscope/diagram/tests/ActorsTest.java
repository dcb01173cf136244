/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.twinscope.analysis.SystemAnalysis;
import org.twinscope.diagram.BoundaryDiagram;
import org.twinscope.diagram.DiagramScope;
import org.twinscope.diagram.LaidOutDiagram;
import org.twinscope.diagram.LaidOutDiagram.Box;
import org.twinscope.diagram.LaidOutDiagram.Kind;
import org.twinscope.diagram.LaidOutDiagram.Link;
import org.twinscope.diagram.SvgRenderer;
import org.twinscope.model.twin.Actor;
import org.twinscope.model.twin.Entity;
import org.twinscope.model.util.ElementNames;

/**
 * Actors are drawn, as rules scope practices to them: each beside (inside) its organization, with one dotted access
 * edge, labeled reads, operates or administers, to each element it reaches; in the full view and, towards the
 * collapsed boundaries, in the overview.
 */
class ActorsTest {

    static List<String> examples() {
        return ExampleAnalyses.names();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyActorIsInItsOrganizationWithItsAccesses(String example) {
        SystemAnalysis analysis = ExampleAnalyses.analyze(example);
        LaidOutDiagram diagram = BoundaryDiagram.full(analysis, DiagramScope.all());
        assertTrue(!analysis.system().getActors().isEmpty(), example + " has actors");
        for (Actor actor : analysis.system().getActors()) {
            Box box = diagram.boxes().stream().filter(b -> ElementNames.qualified(actor).equals(b.source()))
                    .findFirst().orElse(null);
            assertNotNull(box, ElementNames.qualified(actor) + " is drawn");
            assertEquals(Kind.ACTOR, box.kind());
            Box organization = diagram.box(box.parent());
            assertNotNull(organization, actor.getName() + " is inside a container");
            assertEquals(ElementNames.qualified(actor.getOrganization()), organization.source());
            Set<String> reached = new TreeSet<>();
            for (Entity entity : actor.getAccesses()) {
                reached.add(diagram.boxes().stream().filter(b -> ElementNames.qualified(entity).equals(b.source()))
                        .findFirst().orElseThrow().id());
            }
            Set<String> drawn = new TreeSet<>();
            for (Link link : diagram.links()) {
                if (link.isAccess() && link.from().equals(box.id())) {
                    drawn.add(link.to());
                    assertEquals(actor.getAccessMode().getName() + "s", link.label());
                    assertTrue(link.points().size() >= 2, link.id() + " is routed");
                }
            }
            assertEquals(reached, drawn, actor.getName() + " reaches");
        }
        String svg = SvgRenderer.render(diagram);
        assertTrue(svg.contains("class=\"link  access\"") || svg.contains(" access\""), "access edges are styled");
        assertTrue(svg.contains("stroke-dasharray=\"2 4\""), "access edges are dotted");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void anActorReachingOnlyOutsideItsOrganizationSitsOnTheSideFacingWhatItReaches(String example) {
        // left where ELK puts an unconnected node, such an actor sat at the far side of its organization and its
        // edges crossed all of it (the vehicle fleet's FleetApiClient)
        LaidOutDiagram diagram = BoundaryDiagram.full(ExampleAnalyses.analyze(example), DiagramScope.all());
        for (Box actor : diagram.boxes().stream().filter(b -> b.kind() == Kind.ACTOR).toList()) {
            Box organization = diagram.box(actor.parent());
            List<Box> reached = diagram.links().stream().filter(l -> l.isAccess() && l.from().equals(actor.id()))
                    .map(l -> diagram.box(l.to())).toList();
            if (reached.isEmpty() || reached.stream().anyMatch(organization::contains)) {
                continue;
            }
            double actorCenter = actor.x() + actor.width() / 2;
            double reachedCenter = reached.stream().mapToDouble(b -> b.x() + b.width() / 2).average().orElseThrow();
            boolean right = reachedCenter > actorCenter;
            // the gap between the organization's border facing them and the actor's side facing them
            double gap = right ? organization.x() + organization.width() - (actor.x() + actor.width())
                    : actor.x() - organization.x();
            assertTrue(gap <= organization.width() / 2,
                    actor.id() + " sits on the far side of " + organization.id() + " from what it reaches");
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theOverviewDrawsActorsTowardsCollapsedBoundaries(String example) {
        SystemAnalysis analysis = ExampleAnalyses.analyze(example);
        LaidOutDiagram overview = BoundaryDiagram.overview(analysis, DiagramScope.all());
        for (Actor actor : analysis.system().getActors()) {
            Box box = overview.boxes().stream().filter(b -> ElementNames.qualified(actor).equals(b.source()))
                    .findFirst().orElseThrow(() -> new AssertionError(actor.getName() + " in the overview"));
            long edges = overview.links().stream().filter(l -> l.isAccess() && l.from().equals(box.id())).count();
            assertTrue(edges >= 1 && edges <= actor.getAccesses().size(), actor.getName() + ": " + edges);
            overview.links().stream().filter(l -> l.isAccess() && l.from().equals(box.id()))
                    .forEach(l -> assertTrue(overview.box(l.to()) != null, l.to() + " is drawn"));
        }
    }
}
