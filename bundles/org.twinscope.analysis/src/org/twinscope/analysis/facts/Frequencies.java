/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.facts;

import org.twinscope.model.twin.Duration;
import org.twinscope.model.twin.Frequency;
import org.twinscope.model.twin.FrequencyMode;

/** Reading synchronization frequencies. */
public final class Frequencies {

    /** A synchronization this often or more often mirrors the asset in near real time. */
    public static final long HIGH_FREQUENCY_PERIOD_MS = 1_000;

    private Frequencies() {
    }

    /** The period in milliseconds, or -1 when there is none (on change, on demand, continuous, unknown). */
    public static long periodMillis(Frequency frequency) {
        if (frequency == null || frequency.getPeriod() == null) {
            return -1;
        }
        Duration period = frequency.getPeriod();
        long factor = switch (period.getUnit()) {
            case MS -> 1;
            case S -> 1_000;
            case MIN -> 60_000;
            case H -> 3_600_000;
            case D -> 86_400_000;
        };
        return Math.multiplyExact(period.getAmount(), factor);
    }

    /** Continuous streams and periods of a second or less. */
    public static boolean isHighFrequency(Frequency frequency) {
        if (frequency == null) {
            return false;
        }
        if (frequency.getMode() == FrequencyMode.CONTINUOUS) {
            return true;
        }
        long period;
        try {
            period = periodMillis(frequency);
        } catch (ArithmeticException e) {
            return false; // longer than anyone could mean "often"
        }
        return frequency.getMode() == FrequencyMode.PERIODIC && period > 0 && period <= HIGH_FREQUENCY_PERIOD_MS;
    }

    /** "every 100 ms", "on-change", ... as written. */
    public static String describe(Frequency frequency) {
        if (frequency == null) {
            return "no frequency";
        }
        String period = frequency.getPeriod() == null ? ""
                : "every " + frequency.getPeriod().getAmount() + " " + frequency.getPeriod().getUnit().getName();
        return switch (frequency.getMode()) {
            case PERIODIC -> period;
            case BATCH -> period.isEmpty() ? "batch" : "batch " + period;
            case CONTINUOUS -> "continuous";
            case ON_CHANGE -> "on-change";
            case ON_DEMAND -> "on-demand";
        };
    }
}
