/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinscope.testing.CliProcess;
import org.twinscope.testing.CliProcess.Result;
import org.twinscope.testing.Examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * SARIF results keep their fingerprint across runs and, given the log of a base, say how they changed: what a
 * code-scanning tool needs to follow a gap across commits.
 */
class SarifBaselineTest {

    @TempDir
    Path work;

    @Test
    void fingerprintsAreUniqueAndIndependentOfLines() throws Exception {
        Path model = Examples.copy("bottling-line", work);
        JsonNode before = sarif(model, null);
        // a comment line moves every location down without changing any finding
        Path audit = model.resolve("audit-2026-q3.smm");
        Files.writeString(audit, "// moved by a line\n" + Files.readString(audit));
        JsonNode after = sarif(model, null);
        Map<String, String> fingerprintsBefore = fingerprints(before);
        assertEquals(results(before).size(), fingerprintsBefore.size(), "one fingerprint per result");
        assertEquals(fingerprintsBefore, fingerprints(after));
    }

    @Test
    void sameModelIsUnchangedEverywhere() throws Exception {
        Path model = Examples.copy("bottling-line", work);
        Path base = work.resolve("base.sarif");
        Files.writeString(base, sarif(model, null).toString());
        List<String> states = results(sarif(model, base)).stream().map(r -> r.get("baselineState").asText())
                .distinct().toList();
        assertEquals(List.of("unchanged"), states);
    }

    @Test
    void raisedAndClosedGapsAreUpdatedAndAbsent() throws Exception {
        Path model = Examples.copy("bottling-line", work);
        Path base = work.resolve("base.sarif");
        Files.writeString(base, sarif(model, null).toString());
        Path audit = model.resolve("audit-2026-q3.smm");
        String text = Files.readString(audit);
        // Access Control rises but stays short of its target; Monitoring reaches the highest level everywhere
        String changed = text.replaceFirst("rate AccessControl ad-hoc", "rate AccessControl minimum")
                .replaceFirst("rate Monitoring minimum", "rate Monitoring formalized scope system");
        assertTrue(!changed.equals(text), "the example still has the ratings this test changes");
        Files.writeString(audit, changed);
        Map<String, String> stateByRule = new TreeMap<>();
        for (JsonNode result : results(sarif(model, base))) {
            String rule = result.get("ruleId").asText();
            String state = result.get("baselineState").asText();
            if (!state.equals("unchanged")) {
                stateByRule.merge(rule, state, (a, b) -> a + "," + b);
            }
        }
        assertEquals(Map.of("smm.AccessControl", "updated", "smm.Monitoring", "absent"), stateByRule);
    }

    @Test
    void badBaselineIsABadArgument() throws Exception {
        Path notSarif = Files.writeString(work.resolve("notes.txt"), "{\"hello\": 1}");
        Result result = CliProcess.run("analyze", "examples/bottling-line", "--format", "sarif", "--baseline",
                notSarif.toString());
        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.err().contains("not a SARIF log"), result.err());
        Result withoutSarif = CliProcess.run("analyze", "examples/bottling-line", "--baseline", notSarif.toString());
        assertEquals(2, withoutSarif.exitCode(), withoutSarif.toString());
        assertTrue(withoutSarif.err().contains("--format sarif"), withoutSarif.err());
    }


    private static JsonNode sarif(Path model, Path baseline) throws Exception {
        List<String> args = new ArrayList<>(List.of("analyze", model.toString(), "--format", "sarif", "-q"));
        if (baseline != null) {
            args.addAll(List.of("--baseline", baseline.toString()));
        }
        Result result = CliProcess.run(args.toArray(String[]::new));
        assertEquals(0, result.exitCode(), result.toString());
        return new ObjectMapper().readTree(result.out());
    }

    private static List<JsonNode> results(JsonNode sarif) {
        List<JsonNode> results = new ArrayList<>();
        sarif.get("runs").get(0).get("results").forEach(results::add);
        return results;
    }

    /** Each result's rule by its fingerprint, asserting that no two results share one. */
    private static Map<String, String> fingerprints(JsonNode sarif) {
        Map<String, String> byFingerprint = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode result : results(sarif)) {
            String fingerprint = result.get("partialFingerprints").get("twinscopeFinding/v1").asText();
            assertTrue(seen.add(fingerprint), "fingerprint repeated: " + result);
            byFingerprint.put(fingerprint, result.get("ruleId").asText());
        }
        return byFingerprint;
    }
}
