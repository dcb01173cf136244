/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.facts;

import org.twinscope.model.twin.Entity;
import org.twinscope.model.twin.Synchronization;

/**
 * Commands that a synchronization carries: who sends them and who receives them. "commands" flow from source to
 * target; "bidirectional" carries telemetry from source to target and commands back from target to source.
 *
 * @param commander the element that sends commands (normally a twin)
 * @param commanded the element that receives and carries out commands (normally an asset)
 */
public record Actuation(Entity commander, Entity commanded) {

    /** The commands a synchronization carries, or null when it carries telemetry only. */
    public static Actuation of(Synchronization sync) {
        return switch (sync.getDirection()) {
            case COMMANDS -> new Actuation(sync.getSource(), sync.getTarget());
            case BIDIRECTIONAL -> new Actuation(sync.getTarget(), sync.getSource());
            case TELEMETRY -> null;
        };
    }
}
