/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.facts;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.twinscope.analysis.AnalysisWarning;
import org.twinscope.model.twin.Actor;
import org.twinscope.model.twin.Entity;
import org.twinscope.model.twin.Synchronization;
import org.twinscope.model.twin.TwinSystem;
import org.twinscope.model.util.ElementNames;

/**
 * Linked elements whose owner cannot be decided: no "owner" on them nor on a boundary around them. A link to such an
 * element never counts as crossing organizations, and an actor reaching it never as external access; in a system of
 * several organizations that is most likely an omission, so one warning per system names them all.
 */
public final class UndecidedOwners {

    /** The stable code of the warning. */
    public static final String CODE = "twinscope.undecided-owner";

    private UndecidedOwners() {
    }

    /** The warning for the system, or none when every linked element has an owner or fewer than two organizations. */
    public static List<AnalysisWarning> of(TwinSystem system) {
        if (system.getOrganizations().size() < 2) {
            return List.of(); // with one organization (or none) nothing can cross organizations anyway
        }
        Set<Entity> undecided = new LinkedHashSet<>();
        for (Synchronization sync : system.getSynchronizations()) {
            collect(sync.getSource(), undecided);
            collect(sync.getTarget(), undecided);
        }
        for (Actor actor : system.getActors()) {
            actor.getAccesses().forEach(entity -> collect(entity, undecided));
        }
        if (undecided.isEmpty()) {
            return List.of();
        }
        List<String> names = undecided.stream().map(ElementNames::name).toList();
        return List.of(new AnalysisWarning(system, CODE, "System " + system.getName() + " has "
                + system.getOrganizations().size() + " organizations, but no owner is known for "
                + String.join(", ", names) + ": their links never count as crossing organizations, and actors "
                + "reaching them never as external. Give their boundary an 'owner' (or the asset an 'owner')."));
    }

    private static void collect(Entity entity, Set<Entity> undecided) {
        if (entity != null && !entity.eIsProxy() && Ownership.owner(entity) == null) {
            undecided.add(entity);
        }
    }
}
