/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.report.diff;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The security posture of a model as its analysis JSON states it: per system, the elements with what the model says
 * about them and their facts, where practices apply and why, the findings of the latest assessment and the accepted
 * gaps. Read from JSON (see {@link PostureReader}) so that a saved analysis and a live model compare the same way.
 */
public record Posture(Map<String, SystemPosture> systems) {

    /** One system's posture; maps keep the order of the analysis. */
    public record SystemPosture(String name, Map<String, ElementState> elements,
            Map<PracticeAt, Applies> applicability, String assessment, Map<PracticeAt, Finding> findings,
            Map<String, Acceptance> acceptances) {
    }

    /** What the model states about an element and the facts derived from it. */
    public record ElementState(String kind, Map<String, String> attributes, Set<String> facts) {
    }

    /** A practice at an element, or for the whole system (element empty). */
    public record PracticeAt(String practice, String element) implements Comparable<PracticeAt> {

        public boolean systemWide() {
            return element.isEmpty();
        }

        @Override
        public int compareTo(PracticeAt other) {
            int byPractice = practice.compareTo(other.practice);
            return byPractice != 0 ? byPractice : element.compareTo(other.element);
        }

        @Override
        public String toString() {
            return systemWide() ? practice : practice + " on " + element;
        }
    }

    /** Why a practice applies to an element: the rules and their reasons; overridden when declared not applicable. */
    public record Applies(List<String> rules, List<String> reasons, boolean overridden) {
    }

    /** A practice's result in the latest assessment. */
    public record Finding(String title, String status, String target, String current, int levelGap, Integer rated,
            Integer applicable, String acceptedUntil) {

        /** A finding that asks for work: falls short, not assessed, or only partly assessed. */
        public boolean open() {
            return switch (status) {
                case "gap", "not assessed", "partially assessed" -> true;
                default -> false;
            };
        }

        String describe() {
            StringBuilder text = new StringBuilder(status);
            if ("gap".equals(status)) {
                text.append(" of ").append(levelGap).append(levelGap == 1 ? " level" : " levels");
            }
            if (current != null) {
                text.append(", ").append(current);
            }
            text.append(" against ").append(target);
            if (rated != null) {
                text.append(", rated on ").append(rated).append(" of ").append(applicable);
            }
            return text.toString();
        }
    }

    /** An accepted gap: until when, and whether it has expired as of the analysis day. */
    public record Acceptance(String practice, List<String> elements, String acceptedBy, String until, boolean expired) {

        String label() {
            return elements.isEmpty() ? practice : practice + " on " + String.join(", ", elements);
        }
    }
}
