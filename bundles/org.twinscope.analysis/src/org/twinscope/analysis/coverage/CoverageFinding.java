/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.coverage;

import org.twinscope.analysis.targets.EffectiveTarget;
import org.twinscope.model.smm.Practice;
import org.twinscope.model.smm.Rating;
import org.twinscope.model.twin.Asset;
import org.twinscope.model.twin.Synchronization;
import org.twinscope.model.twin.Twin;
import org.twinscope.model.util.ElementNames;

/**
 * A practice targeted Consistent or higher whose ratings cover a twin but not the asset it represents, or not the
 * synchronization between them: a gap in scope in the sense of the Digital Twin Profile.
 *
 * @param practice the practice
 * @param target its effective target for the twin
 * @param rating the rating that covers the twin
 * @param twin the twin that is covered
 * @param asset the represented asset
 * @param assetCovered whether some rating of the practice covers the asset
 * @param uncoveredLinks the synchronizations between twin and asset that no rating covers (empty when one is covered
 *            or there is none)
 */
public record CoverageFinding(Practice practice, EffectiveTarget target, Rating rating, Twin twin, Asset asset,
        boolean assetCovered, java.util.List<Synchronization> uncoveredLinks) {

    /** What is missing and how to fix it, for messages. */
    public String message() {
        String title = ElementNames.distinctTitleAtStart(practice);
        String missing = !assetCovered ? "the asset " + asset.getName() + " it represents"
                : "the synchronization between them";
        String fix;
        if (!assetCovered) {
            fix = "add " + asset.getName() + " to 'on'";
        } else {
            fix = uncoveredLinks.stream().filter(l -> l.getName() != null).findFirst()
                    .map(l -> "add " + l.getName() + " to 'on'")
                    .orElse("name the synchronization ('sync Name: ...') and add it to 'on'");
        }
        return title + " is targeted " + target.level().getLiteral() + ", but its ratings cover twin "
                + twin.getName() + " and not " + missing + ". At this level twin, asset and their synchronization "
                + "are assessed as one system: " + fix + ".";
    }
}
