/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.report.diff;

import java.util.List;
import java.util.Map;

import org.twinscope.report.diff.PostureChange.Kind;

/** The posture diff for a terminal: the summary, then each kind of change with one line per change. */
public final class DiffText {

    private DiffText() {
    }

    public static String write(PostureDiff diff) {
        StringBuilder out = new StringBuilder(DiffSummary.of(diff)).append('\n');
        for (Map.Entry<Kind, List<PostureChange>> entry : diff.byKind().entrySet()) {
            out.append('\n').append(entry.getKey().heading()).append(" (").append(entry.getValue().size())
                    .append("):\n");
            for (PostureChange change : entry.getValue()) {
                out.append("  ").append(change.system()).append(": ").append(change.subject()).append(": ")
                        .append(change.detail()).append('\n');
            }
        }
        return out.toString();
    }
}
