/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.report.diff;

import java.util.Locale;

/**
 * One thing that changed for security between two postures: its kind, the system, what it is about (an element, or
 * a practice and where), and a sentence that says what changed and why.
 */
public record PostureChange(Kind kind, String system, String subject, String detail) {

    /** The kinds of change, in the order a reviewer reads them. */
    public enum Kind {
        GAP_OPENED("gap opened", "gaps opened", "Gaps opened"),
        GAP_GREW("gap grew", "gaps grew", "Gaps grown"),
        ACCEPTANCE_EXPIRED("accepted gap expired", "accepted gaps expired", "Accepted gaps expired"),
        NOW_APPLIES("practice now applies", "practices now apply", "Practices that now apply"),
        ELEMENT_ADDED("element added", "elements added", "Elements added"),
        ELEMENT_REMOVED("element removed", "elements removed", "Elements removed"),
        ELEMENT_CHANGED("element changed", "elements changed", "Elements changed"),
        NO_LONGER_APPLIES("practice no longer applies", "practices no longer apply", "Practices that no longer apply"),
        FINDING_CHANGED("finding changed", "findings changed", "Findings changed (same size)"),
        GAP_SHRANK("gap shrank", "gaps shrank", "Gaps shrunk"),
        GAP_CLOSED("gap closed", "gaps closed", "Gaps closed"),
        ACCEPTANCE_CHANGED("acceptance changed", "acceptances changed", "Accepted gaps added, removed or changed");

        private final String one;
        private final String many;
        private final String heading;

        Kind(String one, String many, String heading) {
            this.one = one;
            this.many = many;
            this.heading = heading;
        }

        /** "gap-opened": stable, for tools. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** "1 gap opened", "2 gaps opened". */
        public String count(long count) {
            return count + " " + (count == 1 ? one : many);
        }

        /** "Gaps opened": for a list of them. */
        public String heading() {
            return heading;
        }

        /** The kinds a security reviewer must look at: the posture got worse or its assurance ran out. */
        public boolean worse() {
            return this == GAP_OPENED || this == GAP_GREW || this == ACCEPTANCE_EXPIRED;
        }
    }
}
