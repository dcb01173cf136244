/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.validation;

import org.eclipse.xtext.validation.Check;
import org.twinscope.dsl.IssueCodes;
import org.twinscope.model.twin.Asset;
import org.twinscope.model.twin.Frequency;
import org.twinscope.model.twin.FrequencyMode;
import org.twinscope.model.twin.Synchronization;
import org.twinscope.model.twin.Twin;
import org.twinscope.model.twin.TwinPackage;
import org.twinscope.model.util.ElementNames;

/** Checks of the twin system itself: what twins represent and how they synchronize. */
public class SystemChecks extends AbstractTwinscopeCheck {

    private static final TwinPackage TWIN = TwinPackage.eINSTANCE;

    @Check
    public void twinRepresentsSomething(Twin twin) {
        if (twin.getRepresentedAssets().isEmpty() && twin.getAggregatedTwins().isEmpty()) {
            warning("Twin " + twin.getName() + " represents nothing: a digital twin is the virtual side of real "
                    + "assets or of other twins. Add 'represents <asset>' or 'aggregates <twin>'.",
                    TWIN.getNamedElement_Name(), IssueCodes.TWIN_REPRESENTS_NOTHING);
        }
    }

    @Check
    public void synchronizationHasFrequency(Synchronization sync) {
        if (sync.getFrequency() == null) {
            warning(capitalized(ElementNames.label(sync)) + " has no frequency. Say how often it happens: 'every 100 ms', "
                    + "'continuous', 'on-change', 'on-demand' or 'batch every 1 d'.",
                    TWIN.getSynchronization_Target(), IssueCodes.MISSING_FREQUENCY);
        }
    }

    @Check
    public void periodIsPositive(Frequency frequency) {
        if (frequency.getPeriod() != null && frequency.getPeriod().getAmount() <= 0) {
            error("A period of " + frequency.getPeriod().getAmount() + " never elapses; write a positive amount, "
                    + "or 'continuous' for a stream.", frequency.getPeriod(), TWIN.getDuration_Amount(),
                    IssueCodes.ZERO_PERIOD);
        }
        if (frequency.getPeriod() != null && (frequency.getMode() == FrequencyMode.ON_CHANGE
                || frequency.getMode() == FrequencyMode.ON_DEMAND || frequency.getMode() == FrequencyMode.CONTINUOUS)) {
            warning("'" + Keywords.of(frequency.getMode()) + "' has no period; remove 'every ...' or use "
                    + "'batch every ...' for periodic batches.", TWIN.getFrequency_Period(), IssueCodes.ZERO_PERIOD);
        }
    }

    @Check
    public void synchronizationLinksATwin(Synchronization sync) {
        if (sync.getSource() == null || sync.getTarget() == null || sync.getSource().eIsProxy()
                || sync.getTarget().eIsProxy()) {
            return;
        }
        if (sync.getSource() == sync.getTarget()) {
            error(capitalized(ElementNames.label(sync)) + " links " + sync.getSource().getName()
                    + " with itself; a synchronization links a twin with an asset or with another twin.",
                    TWIN.getSynchronization_Target(), IssueCodes.INVALID_SYNC_ENDPOINTS);
        } else if (sync.getSource() instanceof Asset && sync.getTarget() instanceof Asset) {
            error(capitalized(ElementNames.label(sync)) + " links two assets; a synchronization keeps a twin in step with "
                    + "an asset or another twin. Model the twin in between.", TWIN.getSynchronization_Target(),
                    IssueCodes.INVALID_SYNC_ENDPOINTS);
        }
    }

    static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
