/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The results of an earlier SARIF log by fingerprint, so that a new log can say of each result whether it is new,
 * unchanged or updated, and list the earlier results that are gone as absent (SARIF's baselineState).
 */
public final class SarifBaseline {

    private final Map<String, JsonObject> results;

    private SarifBaseline(Map<String, JsonObject> results) {
        this.results = results;
    }

    /**
     * Reads a SARIF log written by Twinscope (results without our fingerprint are ignored: another tool's results
     * cannot be matched).
     *
     * @throws IllegalArgumentException when the text is not a SARIF log, with a message saying what is missing
     */
    public static SarifBaseline parse(String sarif) {
        JsonElement root;
        try {
            root = JsonParser.parseString(sarif);
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
        if (!root.isJsonObject() || !root.getAsJsonObject().has("runs")) {
            throw new IllegalArgumentException("not a SARIF log (no \"runs\")");
        }
        Map<String, JsonObject> results = new LinkedHashMap<>();
        for (JsonElement run : root.getAsJsonObject().getAsJsonArray("runs")) {
            JsonElement runResults = run.getAsJsonObject().get("results");
            if (runResults == null || !runResults.isJsonArray()) {
                continue;
            }
            for (JsonElement result : runResults.getAsJsonArray()) {
                JsonObject entry = result.getAsJsonObject();
                // a result that was already absent in the base is not carried on forever
                if (entry.has("baselineState") && "absent".equals(entry.get("baselineState").getAsString())) {
                    continue;
                }
                String fingerprint = fingerprint(entry);
                if (fingerprint != null) {
                    results.put(fingerprint, entry);
                }
            }
        }
        return new SarifBaseline(results);
    }

    static String fingerprint(JsonObject result) {
        JsonObject fingerprints = result.getAsJsonObject("partialFingerprints");
        JsonElement value = fingerprints == null ? null : fingerprints.get(SarifReport.FINGERPRINT);
        return value == null ? null : value.getAsString();
    }

    /** new, unchanged or updated, comparing what the finding says (not where it is or how it is worded). */
    String stateOf(JsonObject result) {
        JsonObject before = results.get(fingerprint(result));
        if (before == null) {
            return "new";
        }
        return Objects.equals(finding(before), finding(result)) ? "unchanged" : "updated";
    }

    /** The earlier results that the new log no longer has, marked absent. */
    List<JsonObject> absentFrom(List<String> fingerprints) {
        List<JsonObject> absent = new ArrayList<>();
        results.forEach((fingerprint, result) -> {
            if (!fingerprints.contains(fingerprint)) {
                JsonObject copy = result.deepCopy();
                copy.addProperty("baselineState", "absent");
                absent.add(copy);
            }
        });
        return absent;
    }

    /** What a finding states: its rule, severity, status and sizes, and whether it is suppressed. */
    private static List<Object> finding(JsonObject result) {
        JsonObject properties = result.getAsJsonObject("properties");
        JsonObject stated = properties == null ? new JsonObject() : properties.deepCopy();
        stated.remove("assessment"); // a new assessment of the same state is no change
        return List.of(String.valueOf(result.get("ruleId")), String.valueOf(result.get("level")), stated,
                result.has("suppressions"));
    }
}
