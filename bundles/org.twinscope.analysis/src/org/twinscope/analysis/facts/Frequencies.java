/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.facts;

import org.twinscope.model.twin.Duration;
import org.twinscope.model.twin.Frequency;

/** Reading synchronization frequencies. */
public final class Frequencies {

    private Frequencies() {
    }

    /** The period in milliseconds, or -1 when there is none (on change, on demand, continuous, unknown). */
    public static long periodMillis(Frequency frequency) {
        return frequency == null ? -1 : millis(frequency.getPeriod());
    }

    /** The duration in milliseconds, or -1 when there is none; throws ArithmeticException beyond a long. */
    public static long millis(Duration period) {
        if (period == null || period.getUnit() == null) {
            return -1;
        }
        long factor = switch (period.getUnit()) {
            case MS -> 1;
            case S -> 1_000;
            case MIN -> 60_000;
            case H -> 3_600_000;
            case D -> 86_400_000;
        };
        return Math.multiplyExact(period.getAmount(), factor);
    }

    /** "1 s", "100 ms" as written, or "" without a duration. */
    public static String describe(Duration period) {
        return period == null || period.getUnit() == null ? ""
                : period.getAmount() + " " + period.getUnit().getName();
    }

    /** "every 100 ms", "on-change", ... as written. */
    public static String describe(Frequency frequency) {
        if (frequency == null) {
            return "no frequency";
        }
        String period = frequency.getPeriod() == null ? "" : "every " + describe(frequency.getPeriod());
        return switch (frequency.getMode()) {
            case PERIODIC -> period;
            case BATCH -> period.isEmpty() ? "batch" : "batch " + period;
            case CONTINUOUS -> "continuous";
            case ON_CHANGE -> "on-change";
            case ON_DEMAND -> "on-demand";
        };
    }
}
