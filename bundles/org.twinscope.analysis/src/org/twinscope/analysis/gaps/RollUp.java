/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.gaps;

import org.twinscope.model.smm.CatalogElement;
import org.twinscope.model.smm.Comprehensiveness;

/**
 * A sub-domain or domain summarized from its targeted practices. The rule: its target is the highest target among
 * those practices, its current level the lowest current level among the assessed ones (the weakest practice sets the
 * level; null when none is assessed), its level gap the sum of the practices' level gaps. Practices not assessed or not
 * applicable are counted, not averaged in.
 *
 * @param subject the sub-domain or domain
 * @param target highest target level of its targeted practices
 * @param current lowest current level of its assessed practices, or null
 * @param levelGap sum of the level gaps of its practices
 * @param practices number of targeted practices
 * @param withGap practices with a gap
 * @param notAssessed practices targeted but not assessed
 */
public record RollUp(CatalogElement subject, Comprehensiveness target, Comprehensiveness current, int levelGap,
        int practices, int withGap, int notAssessed) {

    /** The roll-up rule in words, for reports. */
    public static final String RULE = "target = highest practice target; current = lowest assessed practice level "
            + "(the weakest practice sets the level); gap = sum of practice level gaps; unassessed practices counted "
            + "separately";
}
