/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.report.diff;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** The posture diff for tools: the summary, counts by kind, and every change. */
public final class DiffJson {

    private DiffJson() {
    }

    public static String write(PostureDiff diff) {
        JsonObject root = new JsonObject();
        root.addProperty("tool", "twinscope");
        root.addProperty("summary", DiffSummary.of(diff));
        root.addProperty("newGaps", diff.newGaps());
        root.addProperty("regressions", diff.regressions());
        JsonObject counts = new JsonObject();
        diff.byKind().forEach((kind, changes) -> counts.addProperty(kind.id(), changes.size()));
        root.add("counts", counts);
        JsonArray changes = new JsonArray();
        for (PostureChange change : diff.changes()) {
            JsonObject entry = new JsonObject();
            entry.addProperty("kind", change.kind().id());
            entry.addProperty("system", change.system());
            entry.addProperty("subject", change.subject());
            entry.addProperty("detail", change.detail());
            changes.add(entry);
        }
        root.add("changes", changes);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
    }
}
