/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.validation;

import java.util.List;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.twinscope.analysis.facts.Actuation;
import org.twinscope.analysis.facts.Ownership;
import org.twinscope.dsl.IssueCodes;
import org.twinscope.model.twin.AccessMode;
import org.twinscope.model.twin.Actor;
import org.twinscope.model.twin.Asset;
import org.twinscope.model.twin.Organization;
import org.twinscope.model.twin.Synchronization;
import org.twinscope.model.twin.Twin;
import org.twinscope.model.twin.TwinPackage;
import org.twinscope.model.twin.TwinSystem;
import org.twinscope.model.util.ElementNames;

/**
 * A twin that commands an asset of another organization is the riskiest link of a twin system; the access behind it
 * must be declared so that Access Control can be scoped to it.
 */
public class ActuationChecks extends AbstractTwinscopeCheck {

    /**
     * Reported once per pair of organizations, on the first such link, naming all of them: a system with twelve
     * command links from one vendor twin platform gets one warning, not twelve.
     */
    @Check
    public void crossOrganizationActuationIsDeclared(Synchronization sync) {
        UncoveredCommand uncovered = UncoveredCommand.of(sync);
        TwinSystem system = EcoreUtil2.getContainerOfType(sync, TwinSystem.class);
        if (uncovered == null || system == null) {
            return;
        }
        List<UncoveredCommand> pair = system.getSynchronizations().stream().map(UncoveredCommand::of)
                .filter(u -> u != null && u.twinOrganization() == uncovered.twinOrganization()
                        && u.assetOrganization() == uncovered.assetOrganization())
                .toList();
        if (pair.get(0).sync() != sync) {
            return;
        }
        String declaration = "actor service " + uncovered.twin().getName() + "Control of "
                + uncovered.twinOrganization().getName() + " operates " + uncovered.asset().getName();
        String links = pair.size() == 1 ? "" : " (" + pair.size() + " command links: " + String.join(", ",
                pair.stream().map(u -> ElementNames.label(u.sync())).toList()) + ")";
        warning("Twin " + uncovered.twin().getName() + " (" + uncovered.twinOrganization().getName()
                + ") sends commands to asset " + uncovered.asset().getName() + " ("
                + uncovered.assetOrganization().getName() + ")" + links + ", but no actor of "
                + uncovered.twinOrganization().getName() + " is declared to operate the assets or the twins that "
                + "command them. Declare that access, e.g. '" + declaration + "', so that Access Control is scoped "
                + "to it.", TwinPackage.Literals.SYNCHRONIZATION__DIRECTION,
                IssueCodes.UNCOVERED_CROSS_ORGANIZATION_ACTUATION, declaration);
    }

    /** A command link from a twin of one organization to an asset of another, with no declared access behind it. */
    private record UncoveredCommand(Synchronization sync, Twin twin, Asset asset, Organization twinOrganization,
            Organization assetOrganization) {

        static UncoveredCommand of(Synchronization sync) {
            Actuation actuation = Actuation.of(sync);
            if (actuation == null || !(actuation.commander() instanceof Twin twin)
                    || !(actuation.commanded() instanceof Asset asset)) {
                return null;
            }
            Organization twinOrganization = Ownership.owner(twin);
            Organization assetOrganization = Ownership.owner(asset);
            if (!Ownership.differ(twinOrganization, assetOrganization)
                    || declaresAccess(sync, twinOrganization, twin, asset)) {
                return null;
            }
            return new UncoveredCommand(sync, twin, asset, twinOrganization, assetOrganization);
        }
    }

    /**
     * Whether an actor of the organization operates (or administers) the asset, or the twin that commands it:
     * operating the twin is operating the asset through it, which is access too.
     */
    private static boolean declaresAccess(Synchronization sync, Organization organization, Twin twin, Asset asset) {
        TwinSystem system = EcoreUtil2.getContainerOfType(sync, TwinSystem.class);
        if (system == null) {
            return false;
        }
        for (Actor actor : system.getActors()) {
            if (actor.getOrganization() == organization && actor.getAccessMode() != AccessMode.READ
                    && (actor.getAccesses().contains(asset) || actor.getAccesses().contains(twin))) {
                return true;
            }
        }
        return false;
    }
}
