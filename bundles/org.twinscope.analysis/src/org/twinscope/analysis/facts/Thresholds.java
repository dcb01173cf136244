/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.twinscope.analysis.AnalysisWarning;
import org.twinscope.model.smm.Fact;
import org.twinscope.model.smm.Threshold;
import org.twinscope.model.twin.Frequency;
import org.twinscope.model.twin.FrequencyMode;
import org.twinscope.model.util.LibraryFiles;

/**
 * Where the high-frequency fact starts, read from the declarations ({@code threshold high-frequency every 1 s}): data
 * of the built-in library that a user's own .smm file replaces.
 * <ul>
 * <li>A user's declaration replaces the library's.</li>
 * <li>Of several declarations from the same side (user or library) that disagree, the one with the longer period
 * wins, and on equal periods the one including on-change: the cautious reading, which counts more links as
 * high-frequency. Each declaration that loses to another user declaration gets a warning.</li>
 * <li>Continuous synchronizations always count; on-change ones only where the winning declaration says
 * "including on-change" (how often they run depends on the asset, which the model does not say); on-demand and
 * batch never do.</li>
 * <li>Without any declaration only continuous synchronizations are high-frequency.</li>
 * </ul>
 */
public final class Thresholds {

    private static final Comparator<Threshold> CAUTION = Comparator
            .comparingLong((Threshold t) -> periodOf(t))
            .thenComparing(Threshold::isIncludesOnChange);

    private final Threshold highFrequency;
    private final List<AnalysisWarning> warnings;

    private Thresholds(Threshold highFrequency, List<AnalysisWarning> warnings) {
        this.highFrequency = highFrequency;
        this.warnings = warnings;
    }

    /** No declaration: only continuous synchronizations are high-frequency. */
    public static Thresholds none() {
        return new Thresholds(null, List.of());
    }

    /** The thresholds in force among the declarations (user files and library alike, in any order). */
    public static Thresholds of(List<Threshold> declarations) {
        List<Threshold> highFrequency = declarations.stream()
                .filter(t -> t.getFact() == Fact.HIGH_FREQUENCY && periodOf(t) > 0).toList();
        List<Threshold> users = highFrequency.stream().filter(t -> !LibraryFiles.isLibrary(t)).toList();
        List<Threshold> candidates = users.isEmpty() ? highFrequency : users;
        Threshold winner = candidates.stream().max(CAUTION).orElse(null);
        List<AnalysisWarning> warnings = new ArrayList<>();
        for (Threshold user : users) {
            if (user != winner && CAUTION.compare(user, winner) != 0) {
                warnings.add(new AnalysisWarning(user, "twinscope.conflicting-threshold", "This threshold ("
                        + describe(user) + ") disagrees with the one in " + fileOf(winner) + " (" + describe(winner)
                        + "), which wins: the longer period counts more synchronizations as high-frequency. "
                        + "Keep one threshold high-frequency declaration in your files."));
            }
        }
        return new Thresholds(winner, List.copyOf(warnings));
    }

    /** Whether a synchronization of that frequency is high-frequency. */
    public boolean isHighFrequency(Frequency frequency) {
        if (frequency == null) {
            return false;
        }
        if (frequency.getMode() == FrequencyMode.CONTINUOUS) {
            return true;
        }
        if (highFrequency == null) {
            return false;
        }
        if (frequency.getMode() == FrequencyMode.ON_CHANGE) {
            return highFrequency.isIncludesOnChange();
        }
        long period;
        try {
            period = Frequencies.periodMillis(frequency);
        } catch (ArithmeticException e) {
            return false; // longer than anyone could mean "often"
        }
        return frequency.getMode() == FrequencyMode.PERIODIC && period > 0 && period <= periodOf(highFrequency);
    }

    /** "every 1 s", with " including on-change" when it counts, or "none" without a declaration. */
    public String describeHighFrequency() {
        return highFrequency == null ? "none" : describe(highFrequency);
    }

    /** The declaration in force, or null. */
    public Threshold highFrequency() {
        return highFrequency;
    }

    /** Declarations that lose to another user declaration. */
    public List<AnalysisWarning> warnings() {
        return warnings;
    }

    private static long periodOf(Threshold threshold) {
        try {
            return Frequencies.millis(threshold.getPeriod());
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    private static String describe(Threshold threshold) {
        return "every " + Frequencies.describe(threshold.getPeriod())
                + (threshold.isIncludesOnChange() ? " including on-change" : "");
    }

    private static String fileOf(Threshold threshold) {
        return threshold.eResource() == null ? "another file" : threshold.eResource().getURI().lastSegment();
    }
}
