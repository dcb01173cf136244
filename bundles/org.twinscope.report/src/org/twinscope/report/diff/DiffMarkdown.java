/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.report.diff;

import java.util.List;
import java.util.Map;

import org.twinscope.report.diff.PostureChange.Kind;

/**
 * The posture diff as a pull-request comment: a heading and the summary first, a table of counts, then one
 * collapsible section per kind of change (open for the kinds that made the posture worse), so that a long diff
 * stays readable. Text from the model is escaped so that it cannot format or link.
 */
public final class DiffMarkdown {

    private DiffMarkdown() {
    }

    public static String write(PostureDiff diff) {
        StringBuilder out = new StringBuilder("### Twinscope: security posture\n\n");
        boolean worse = diff.changes().stream().anyMatch(c -> c.kind().worse());
        out.append(worse ? "**Worse:** " : "").append(escape(DiffSummary.of(diff))).append("\n");
        if (diff.isEmpty()) {
            return out.toString();
        }
        out.append("\n| Change | Count |\n|---|---:|\n");
        diff.byKind().forEach((kind, changes) -> out.append("| ").append(kind.heading()).append(" | ")
                .append(changes.size()).append(" |\n"));
        for (Map.Entry<Kind, List<PostureChange>> entry : diff.byKind().entrySet()) {
            out.append("\n<details").append(entry.getKey().worse() ? " open" : "").append("><summary>")
                    .append(entry.getKey().heading()).append(" (").append(entry.getValue().size())
                    .append(")</summary>\n\n");
            for (PostureChange change : entry.getValue()) {
                out.append("- **").append(escape(change.system())).append("** `").append(code(change.subject()))
                        .append("`: ").append(escape(change.detail())).append('\n');
            }
            out.append("\n</details>\n");
        }
        return out.toString();
    }

    /** Markdown and HTML metacharacters made literal: model text never formats, links or closes a section. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\n', '\r' -> out.append(' ');
                case '\\', '`', '*', '_', '[', ']', '|', '#', '!', '~' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Inside a code span only backticks and line breaks matter. */
    private static String code(String text) {
        return text.replace('`', '\'').replace('\n', ' ').replace('|', '/');
    }
}
