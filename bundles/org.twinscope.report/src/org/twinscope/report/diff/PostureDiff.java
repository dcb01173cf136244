/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.report.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.twinscope.report.diff.Posture.Acceptance;
import org.twinscope.report.diff.Posture.Applies;
import org.twinscope.report.diff.Posture.ElementState;
import org.twinscope.report.diff.Posture.Finding;
import org.twinscope.report.diff.Posture.PracticeAt;
import org.twinscope.report.diff.Posture.SystemPosture;
import org.twinscope.report.diff.PostureChange.Kind;

/**
 * What changed for security from a base posture to a head posture: elements added, removed or changed (including
 * the facts derived from them), practices that now apply or no longer apply and why, findings of the latest
 * assessment that opened, closed, grew, shrank or changed, and accepted gaps that expired or changed.
 * <p>
 * A finding is open when it falls short of its target or is not (fully) assessed. A regression is a finding that
 * existed in the base and got worse (met before and open now, or a larger gap); a new gap is any finding open now
 * and not before, including gaps of practices that apply for the first time.
 */
public final class PostureDiff {

    private final List<PostureChange> changes;
    private final int regressions;

    private PostureDiff(List<PostureChange> changes, int regressions) {
        this.changes = changes;
        this.regressions = regressions;
    }

    public static PostureDiff between(Posture base, Posture head) {
        Builder builder = new Builder();
        Set<String> systems = new LinkedHashSet<>(base.systems().keySet());
        systems.addAll(head.systems().keySet());
        for (String system : systems) {
            builder.system(system, base.systems().get(system), head.systems().get(system));
        }
        builder.changes.sort(Comparator.comparing(PostureChange::kind));
        return new PostureDiff(List.copyOf(builder.changes), builder.regressions);
    }

    public List<PostureChange> changes() {
        return changes;
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The changes of each kind that has any, in reading order. */
    public Map<Kind, List<PostureChange>> byKind() {
        Map<Kind, List<PostureChange>> byKind = new EnumMap<>(Kind.class);
        changes.forEach(c -> byKind.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(c));
        return byKind;
    }

    public long count(Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }

    /** Findings open now that were not open in the base (for --fail-on-new-gap). */
    public long newGaps() {
        return count(Kind.GAP_OPENED);
    }

    /** Findings present in both that got worse (for --fail-on-regression). */
    public int regressions() {
        return regressions;
    }

    private static final class Builder {

        private final List<PostureChange> changes = new ArrayList<>();
        private int regressions;

        void system(String name, SystemPosture base, SystemPosture head) {
            SystemPosture before = base != null ? base : empty(name);
            SystemPosture after = head != null ? head : empty(name);
            elements(name, before, after);
            applicability(name, before, after);
            findings(name, before, after);
            acceptances(name, before, after);
        }

        private static SystemPosture empty(String name) {
            return new SystemPosture(name, Map.of(), Map.of(), null, Map.of(), Map.of());
        }

        private void elements(String system, SystemPosture base, SystemPosture head) {
            for (var entry : head.elements().entrySet()) {
                ElementState before = base.elements().get(entry.getKey());
                ElementState after = entry.getValue();
                if (before == null) {
                    add(Kind.ELEMENT_ADDED, system, entry.getKey(), after.kind() + describe(after));
                } else {
                    String changed = changes(before, after);
                    if (!changed.isEmpty()) {
                        add(Kind.ELEMENT_CHANGED, system, entry.getKey(), changed);
                    }
                }
            }
            for (var entry : base.elements().entrySet()) {
                if (!head.elements().containsKey(entry.getKey())) {
                    add(Kind.ELEMENT_REMOVED, system, entry.getKey(), entry.getValue().kind()
                            + describe(entry.getValue()));
                }
            }
        }

        private static String describe(ElementState element) {
            List<String> parts = new ArrayList<>();
            element.attributes().forEach((name, value) -> parts.add(name + " " + value));
            if (!element.facts().isEmpty()) {
                parts.add("facts: " + String.join(", ", element.facts()));
            }
            return parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")";
        }

        private static String changes(ElementState before, ElementState after) {
            List<String> parts = new ArrayList<>();
            if (!before.kind().equals(after.kind())) {
                parts.add("now a " + after.kind() + ", was a " + before.kind());
            }
            Set<String> names = new LinkedHashSet<>(before.attributes().keySet());
            names.addAll(after.attributes().keySet());
            for (String name : names) {
                String was = before.attributes().get(name);
                String is = after.attributes().get(name);
                if (!Objects.equals(was, is)) {
                    parts.add(name + " " + (was == null ? "(not stated)" : was) + " -> "
                            + (is == null ? "(not stated)" : is));
                }
            }
            Set<String> gained = new TreeSet<>(after.facts());
            gained.removeAll(before.facts());
            Set<String> lost = new TreeSet<>(before.facts());
            lost.removeAll(after.facts());
            if (!gained.isEmpty()) {
                parts.add("now " + String.join(", ", gained));
            }
            if (!lost.isEmpty()) {
                parts.add("no longer " + String.join(", ", lost));
            }
            return String.join("; ", parts);
        }

        private void applicability(String system, SystemPosture base, SystemPosture head) {
            for (var entry : head.applicability().entrySet()) {
                Applies before = base.applicability().get(entry.getKey());
                Applies after = entry.getValue();
                boolean appliedBefore = before != null && !before.overridden();
                if (!after.overridden() && !appliedBefore) {
                    add(Kind.NOW_APPLIES, system, entry.getKey().toString(), why(after)
                            + (before != null ? " (no longer declared not applicable)" : ""));
                }
                if (after.overridden() && appliedBefore) {
                    add(Kind.NO_LONGER_APPLIES, system, entry.getKey().toString(), "declared not applicable");
                }
            }
            for (var entry : base.applicability().entrySet()) {
                if (!head.applicability().containsKey(entry.getKey()) && !entry.getValue().overridden()) {
                    add(Kind.NO_LONGER_APPLIES, system, entry.getKey().toString(),
                            "no rule brings it in any more (was: " + why(entry.getValue()) + ")");
                }
            }
        }

        private static String why(Applies applies) {
            return "rule " + String.join(", ", applies.rules())
                    + (applies.reasons().isEmpty() ? "" : ": " + String.join("; ", applies.reasons()));
        }

        private void findings(String system, SystemPosture base, SystemPosture head) {
            Set<PracticeAt> places = new LinkedHashSet<>(head.findings().keySet());
            places.addAll(base.findings().keySet());
            for (PracticeAt at : places) {
                Finding before = base.findings().get(at);
                Finding after = head.findings().get(at);
                String subject = at.toString();
                boolean wasOpen = before != null && before.open();
                boolean isOpen = after != null && after.open();
                if (isOpen && !wasOpen) {
                    add(Kind.GAP_OPENED, system, subject, after.describe()
                            + (before == null ? "" : " (was " + before.describe() + ")"));
                    if (before != null) {
                        regressions++;
                    }
                } else if (wasOpen && !isOpen) {
                    add(Kind.GAP_CLOSED, system, subject, after == null ? "no longer assessed here (was "
                            + before.describe() + ")" : after.describe() + " (was " + before.describe() + ")");
                } else if (isOpen) {
                    String change = after.describe() + " (was " + before.describe() + ")";
                    if (after.levelGap() > before.levelGap()) {
                        add(Kind.GAP_GREW, system, subject, change);
                        regressions++;
                    } else if (after.levelGap() < before.levelGap()) {
                        add(Kind.GAP_SHRANK, system, subject, change);
                    } else if (!after.describe().equals(before.describe())) {
                        add(Kind.FINDING_CHANGED, system, subject, change);
                    }
                }
            }
        }

        private void acceptances(String system, SystemPosture base, SystemPosture head) {
            for (var entry : head.acceptances().entrySet()) {
                Acceptance before = base.acceptances().get(entry.getKey());
                Acceptance after = entry.getValue();
                if (after.expired() && (before == null || !before.expired())) {
                    add(Kind.ACCEPTANCE_EXPIRED, system, after.label(), "accepted by " + after.acceptedBy()
                            + " until " + after.until() + ": the gap is open again");
                } else if (before == null) {
                    add(Kind.ACCEPTANCE_CHANGED, system, after.label(), "accepted by " + after.acceptedBy()
                            + " until " + after.until());
                } else if (!Objects.equals(before.until(), after.until())) {
                    add(Kind.ACCEPTANCE_CHANGED, system, after.label(), "accepted until " + after.until()
                            + " (was until " + before.until() + ")");
                }
            }
            for (var entry : base.acceptances().entrySet()) {
                if (!head.acceptances().containsKey(entry.getKey())) {
                    add(Kind.ACCEPTANCE_CHANGED, system, entry.getKey(), "no longer accepted (was until "
                            + entry.getValue().until() + ")");
                }
            }
        }

        private void add(Kind kind, String system, String subject, String detail) {
            changes.add(new PostureChange(kind, system, subject, detail));
        }
    }
}
