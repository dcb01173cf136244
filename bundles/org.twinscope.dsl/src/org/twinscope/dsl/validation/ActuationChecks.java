/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.validation;

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

/**
 * A twin that commands an asset of another organization is the riskiest link of a twin system; the access behind it
 * must be declared so that Access Control can be scoped to it.
 */
public class ActuationChecks extends AbstractTwinscopeCheck {

    @Check
    public void crossOrganizationActuationIsDeclared(Synchronization sync) {
        Actuation actuation = Actuation.of(sync);
        if (actuation == null || !(actuation.commander() instanceof Twin twin)
                || !(actuation.commanded() instanceof Asset asset)) {
            return;
        }
        Organization twinOrganization = Ownership.owner(twin);
        Organization assetOrganization = Ownership.owner(asset);
        if (!Ownership.differ(twinOrganization, assetOrganization) || declaresAccess(sync, twinOrganization, asset)) {
            return;
        }
        String declaration = "actor service " + twin.getName() + "Control of " + twinOrganization.getName()
                + " operates " + asset.getName();
        warning("Twin " + twin.getName() + " (" + twinOrganization.getName() + ") sends commands to asset "
                + asset.getName() + " (" + assetOrganization.getName() + "), but no actor of "
                + twinOrganization.getName() + " is declared to operate " + asset.getName() + ". Declare that access, "
                + "e.g. '" + declaration + "', so that Access Control is scoped to it.",
                TwinPackage.Literals.SYNCHRONIZATION__DIRECTION, IssueCodes.UNCOVERED_CROSS_ORGANIZATION_ACTUATION,
                declaration);
    }

    private static boolean declaresAccess(Synchronization sync, Organization organization, Asset asset) {
        TwinSystem system = EcoreUtil2.getContainerOfType(sync, TwinSystem.class);
        if (system == null) {
            return false;
        }
        for (Actor actor : system.getActors()) {
            if (actor.getOrganization() == organization && actor.getAccessMode() != AccessMode.READ
                    && actor.getAccesses().contains(asset)) {
                return true;
            }
        }
        return false;
    }
}
