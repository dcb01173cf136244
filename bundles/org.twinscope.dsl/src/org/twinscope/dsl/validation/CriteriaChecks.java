/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.validation;

import java.util.List;

import org.eclipse.xtext.validation.Check;
import org.twinscope.dsl.IssueCodes;
import org.twinscope.dsl.scoping.VisibleCriteria;
import org.twinscope.model.smm.Comprehensiveness;
import org.twinscope.model.smm.CriteriaSet;
import org.twinscope.model.smm.Criterion;
import org.twinscope.model.smm.Rating;
import org.twinscope.model.smm.SmmPackage;
import org.twinscope.model.twin.TwinPackage;
import org.twinscope.model.util.ElementNames;

import com.google.inject.Inject;

/**
 * Checks of per-level criteria: what they describe, what ratings claim of them, and that criteria sets replace the
 * catalog's criteria without contradicting each other. (An unknown criterion id is a linking error, with a
 * did-you-mean suggestion.)
 */
public class CriteriaChecks extends AbstractTwinscopeCheck {

    private static final SmmPackage SMM = SmmPackage.eINSTANCE;

    @Inject
    private VisibleCriteria visibleCriteria;

    @Check
    public void criterionDescribesALevel(Criterion criterion) {
        if (criterion.getLevel() == Comprehensiveness.NONE) {
            error("Criterion " + criterion.getName() + " is for level none; criteria say what a practice looks like "
                    + "at minimum (1), ad-hoc (2), consistent (3) or formalized (4). Choose one of those.",
                    SMM.getCriterion_Level(), IssueCodes.INVALID_CRITERION_LEVEL);
        }
    }

    /** A criterion of a higher level than the rating: either the rating is too low or the criterion misnamed. */
    @Check
    public void metCriteriaAreWithinTheRatedLevel(Rating rating) {
        if (rating.isNotApplicable() || rating.getLevel() == null) {
            return;
        }
        List<Criterion> met = rating.getMetCriteria();
        for (int i = 0; i < met.size(); i++) {
            Criterion criterion = met.get(i);
            if (!criterion.eIsProxy() && criterion.getLevel() != null
                    && criterion.getLevel().getValue() > rating.getLevel().getValue()) {
                warning("Criterion " + criterion.getName() + " belongs to " + criterion.getLevel().getLiteral()
                        + ", above the rated level " + rating.getLevel().getLiteral() + " of "
                        + ElementNames.title(rating.getPractice()) + ". Raise the rating if the practice is there, "
                        + "or keep the criterion for the next assessment; it counts as met on the way either way.",
                        SMM.getRating_MetCriteria(), i, IssueCodes.CRITERION_ABOVE_RATED_LEVEL);
            }
        }
    }

    /** One rule for criteria sets: a set replaces the catalog's criterion of the same id; two sets may not. */
    @Check
    public void criteriaSetsDoNotContradictEachOther(CriteriaSet set) {
        if (set.getPractice() == null || set.getPractice().eIsProxy()) {
            return;
        }
        for (CriteriaSet other : visibleCriteria.setsFor(set.getPractice(), set.eResource())) {
            if (other == set) {
                continue;
            }
            for (Criterion criterion : set.getCriteria()) {
                boolean clash = other.getCriteria().stream()
                        .anyMatch(c -> c.getName() != null && c.getName().equals(criterion.getName()));
                if (clash) {
                    String where = other.eResource() == set.eResource() ? "in this file"
                            : "in " + other.eResource().getURI().lastSegment();
                    error("Another 'criteria for " + set.getPractice().getName() + "' block " + where + " also "
                            + "defines " + criterion.getName() + "; which one holds would be a guess. Rename one "
                            + "of them or merge the blocks.", criterion, TwinPackage.Literals.NAMED_ELEMENT__NAME,
                            IssueCodes.DUPLICATE_CRITERION);
                }
            }
        }
    }
}
