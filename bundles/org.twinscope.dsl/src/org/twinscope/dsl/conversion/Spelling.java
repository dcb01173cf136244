/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.conversion;

import java.util.Collection;

/** Finds the accepted word a user most likely meant, for "did you mean" hints. */
public final class Spelling {

    private Spelling() {
    }

    /** The candidate within edit distance 3 of the word, or null when none is that close. */
    public static String closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = 4;
        for (String candidate : candidates) {
            int distance = distance(word, candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
