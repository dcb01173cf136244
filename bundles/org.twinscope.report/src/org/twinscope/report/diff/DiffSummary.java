/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.report.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.twinscope.report.diff.PostureChange.Kind;

/** The one-line summary every format starts with: counts by kind, the worse ones first. */
final class DiffSummary {

    private DiffSummary() {
    }

    static String of(PostureDiff diff) {
        if (diff.isEmpty()) {
            return "No change to the security posture.";
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Kind, List<PostureChange>> entry : diff.byKind().entrySet()) {
            parts.add(entry.getKey().count(entry.getValue().size()));
        }
        return String.join(", ", parts) + ".";
    }
}
