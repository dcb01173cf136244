/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.report.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.twinscope.report.JsonReport;
import org.twinscope.report.diff.Posture.Acceptance;
import org.twinscope.report.diff.Posture.Applies;
import org.twinscope.report.diff.Posture.ElementState;
import org.twinscope.report.diff.Posture.Finding;
import org.twinscope.report.diff.Posture.PracticeAt;
import org.twinscope.report.diff.Posture.SystemPosture;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/** Reads a {@link Posture} from the analysis JSON that {@link JsonReport} writes (a saved file or a fresh one). */
public final class PostureReader {

    private PostureReader() {
    }

    /**
     * @throws IllegalArgumentException when the text is not a Twinscope analysis of a format version this version
     *         reads, saying what it is instead
     */
    public static Posture read(String json) {
        JsonObject root;
        try {
            JsonElement parsed = JsonParser.parseString(json);
            if (!parsed.isJsonObject()) {
                throw new IllegalArgumentException("not a Twinscope analysis (expected a JSON object)");
            }
            root = parsed.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
        if (!root.has("tool") || !"twinscope".equals(root.get("tool").getAsString()) || !root.has("systems")) {
            throw new IllegalArgumentException("not a Twinscope analysis (write one with twinscope analyze --format json)");
        }
        if (!JsonReport.FORMAT_VERSION.equals(string(root, "formatVersion"))) {
            throw new IllegalArgumentException("an analysis of format version " + string(root, "formatVersion")
                    + "; this version of Twinscope reads version " + JsonReport.FORMAT_VERSION);
        }
        if (!root.getAsJsonArray("systems").isEmpty()
                && !root.getAsJsonArray("systems").get(0).getAsJsonObject().has("elements")) {
            throw new IllegalArgumentException("an analysis written before Twinscope listed elements; write the base "
                    + "again with this version (twinscope analyze --format json)");
        }
        Map<String, SystemPosture> systems = new LinkedHashMap<>();
        for (JsonElement system : root.getAsJsonArray("systems")) {
            SystemPosture posture = system(system.getAsJsonObject());
            systems.put(posture.name(), posture);
        }
        return new Posture(systems);
    }

    private static SystemPosture system(JsonObject json) {
        Map<String, ElementState> elements = new LinkedHashMap<>();
        for (JsonElement entry : json.getAsJsonArray("elements")) {
            JsonObject element = entry.getAsJsonObject();
            Map<String, String> attributes = new LinkedHashMap<>();
            element.getAsJsonObject("attributes").entrySet()
                    .forEach(e -> attributes.put(e.getKey(), e.getValue().getAsString()));
            elements.put(string(element, "element"), new ElementState(string(element, "kind"), attributes,
                    new LinkedHashSet<>(strings(element.getAsJsonArray("facts")))));
        }
        Map<PracticeAt, Applies> applicability = new LinkedHashMap<>();
        for (JsonElement entry : json.getAsJsonArray("applicability")) {
            JsonObject a = entry.getAsJsonObject();
            PracticeAt at = new PracticeAt(string(a, "practice"), string(a, "element"));
            Applies earlier = applicability.get(at);
            List<String> rules = new ArrayList<>(earlier == null ? List.of() : earlier.rules());
            rules.add(string(a, "rule"));
            Set<String> reasons = new LinkedHashSet<>(earlier == null ? List.of() : earlier.reasons());
            reasons.addAll(strings(a.getAsJsonArray("reasons")));
            applicability.put(at, new Applies(rules, List.copyOf(reasons), a.get("overridden").getAsBoolean()));
        }
        String latest = string(json, "latestAssessment");
        Map<PracticeAt, Finding> findings = new LinkedHashMap<>();
        for (JsonElement entry : json.getAsJsonArray("assessments")) {
            JsonObject assessment = entry.getAsJsonObject();
            if (latest != null && latest.equals(string(assessment, "name"))) {
                for (JsonElement practice : assessment.getAsJsonArray("practices")) {
                    JsonObject p = practice.getAsJsonObject();
                    String element = string(p, "element");
                    findings.put(new PracticeAt(string(p, "practice"), element == null ? "" : element), finding(p));
                }
            }
        }
        Map<String, Acceptance> acceptances = new LinkedHashMap<>();
        JsonObject plan = json.getAsJsonObject("plan");
        if (plan != null && plan.has("acceptedGaps")) {
            for (JsonElement entry : plan.getAsJsonArray("acceptedGaps")) {
                JsonObject a = entry.getAsJsonObject();
                Acceptance acceptance = new Acceptance(string(a, "practice"), strings(a.getAsJsonArray("elements")),
                        string(a, "acceptedBy"), string(a, "until"), a.get("expired").getAsBoolean());
                acceptances.put(acceptance.label(), acceptance);
            }
        }
        return new SystemPosture(string(json, "name"), elements, applicability, latest, findings, acceptances);
    }

    private static Finding finding(JsonObject p) {
        JsonObject target = p.getAsJsonObject("target");
        JsonObject current = p.has("current") && p.get("current").isJsonObject() ? p.getAsJsonObject("current") : null;
        JsonObject coverage = p.has("coverage") ? p.getAsJsonObject("coverage") : null;
        JsonObject accepted = p.has("accepted") ? p.getAsJsonObject("accepted") : null;
        return new Finding(string(p, "title"), string(p, "status"), level(target), level(current),
                p.get("levelGap").getAsInt(), coverage == null ? null : coverage.get("rated").getAsInt(),
                coverage == null ? null : coverage.get("applicable").getAsInt(),
                accepted == null ? null : string(accepted, "until"));
    }

    private static String level(JsonObject levelAndScope) {
        if (levelAndScope == null) {
            return null;
        }
        String scope = string(levelAndScope, "scope");
        return string(levelAndScope, "level") + (scope == null ? "" : " (" + scope + ")");
    }

    private static String string(JsonObject json, String member) {
        JsonElement value = json.get(member);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }

    private static List<String> strings(JsonArray array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(v -> values.add(v.getAsString()));
        }
        return values;
    }
}
