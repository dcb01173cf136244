/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.facts;

import org.twinscope.model.twin.DataClassification;
import org.twinscope.model.twin.Entity;
import org.twinscope.model.twin.SyncDirection;
import org.twinscope.model.twin.Synchronization;

/**
 * Where the data of a synchronization lands, and how sensitive data is. A twin holds what flows into it: the data of
 * every synchronization that ends at it, and for a bidirectional one also of the one that starts at it (data flows both
 * ways). A synchronization that states no classification passes none on: a twin's sensitivity is never guessed from
 * the twin a link starts at, which may send on only aggregates.
 */
public final class DataFlows {

    private DataFlows() {
    }

    /** Whether the synchronization's data lands at the element. */
    public static boolean landsAt(Synchronization sync, Entity element) {
        return sync.getTarget() == element
                || sync.getDirection() == SyncDirection.BIDIRECTIONAL && sync.getSource() == element;
    }

    /** Whether the synchronization feeds state into its target (telemetry, or the telemetry half of bidirectional). */
    public static boolean feedsState(Synchronization sync) {
        return sync.getDirection() != SyncDirection.COMMANDS;
    }

    /** Confidential or personal: data whose disclosure harms its owner or the people it is about. */
    public static boolean isConfidential(DataClassification classification) {
        return classification == DataClassification.CONFIDENTIAL || classification == DataClassification.PERSONAL;
    }

    public static boolean isPersonal(DataClassification classification) {
        return classification == DataClassification.PERSONAL;
    }
}
