/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.twinscope.testing.CliProcess;
import org.twinscope.testing.CliProcess.Result;
import org.twinscope.testing.Examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * twinscope export --format oscal on every example: each document is valid against the official OSCAL JSON schema
 * of its kind, exports are reproducible, and what they say matches the analysis.
 */
class OscalExportTest {

    /** The schema file of each document kind, by the document's root property. */
    private static final Map<String, String> SCHEMAS = Map.of("catalog", "oscal-catalog_schema.json", "profile",
            "oscal-profile_schema.json", "assessment-results", "oscal-ar_schema.json",
            "plan-of-action-and-milestones", "oscal-poam_schema.json");

    @TempDir
    Path work;

    static Stream<String> examples() throws IOException {
        return Examples.names().stream();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyDocumentIsValidOscal(String example) throws Exception {
        Map<String, JsonNode> documents = export(example, work.resolve("a"));
        assertTrue(documents.keySet().stream().anyMatch(f -> f.startsWith("catalog-")), documents.keySet().toString());
        assertTrue(documents.keySet().stream().anyMatch(f -> f.startsWith("profile-")));
        assertTrue(documents.keySet().stream().anyMatch(f -> f.startsWith("assessment-results-")));
        for (Map.Entry<String, JsonNode> document : documents.entrySet()) {
            String kind = document.getValue().fieldNames().next();
            Set<ValidationMessage> errors = schema(kind).validate(document.getValue());
            assertEquals(Set.of(), errors, document.getKey() + " of " + example + " violates the OSCAL schema");
        }
        // the same model on the same day: byte for byte the same documents
        Path again = work.resolve("b");
        export(example, again);
        for (String file : documents.keySet()) {
            assertEquals(Files.readString(work.resolve("a").resolve(file)), Files.readString(again.resolve(file)),
                    file);
        }
    }

    @Test
    void theValidatorRejectsABrokenDocument() throws Exception {
        Map<String, JsonNode> documents = export("bottling-line", work.resolve("out"));
        JsonNode catalog = documents.values().stream().filter(d -> d.has("catalog")).findFirst().orElseThrow();
        ObjectNode broken = catalog.deepCopy();
        ((ObjectNode) broken.get("catalog")).remove("uuid");
        ((ObjectNode) broken.get("catalog").get("groups").get(0)).put("id", "not a token");
        Set<ValidationMessage> errors = schema("catalog").validate(broken);
        assertTrue(errors.stream().anyMatch(e -> e.getMessage().contains("uuid")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.getMessage().contains("regex")), errors.toString());
    }

    @Test
    void documentsSayWhatTheAnalysisSays() throws Exception {
        Map<String, JsonNode> documents = export("bottling-line", work.resolve("out"));
        JsonNode catalog = documents.get("catalog-twinscope.SMM.json").get("catalog");
        List<String> controls = new ArrayList<>();
        catalog.get("groups").forEach(domain -> domain.get("groups").forEach(sub -> sub.get("controls")
                .forEach(control -> controls.add(control.get("id").asText()))));
        assertEquals(18, controls.size(), controls.toString());
        assertTrue(controls.contains("access-control"));
        List<String> criteria = new ArrayList<>();
        catalog.findParents("id").stream().filter(p -> p.path("name").asText().equals("item"))
                .forEach(item -> criteria.add(item.get("id").asText()));
        assertTrue(criteria.contains("access-control_consistent_c1"), "per-level criteria are parts: " + criteria);

        JsonNode profile = documents.get("profile-bottling.BottlingTargets.json").get("profile");
        assertEquals("catalog-twinscope.SMM.json", profile.get("imports").get(0).get("href").asText());
        Map<String, String> settings = new TreeMap<>();
        profile.get("modify").get("set-parameters").forEach(s -> settings.put(s.get("param-id").asText(),
                s.has("values") ? s.get("values").get(0).asText() : ""));
        assertEquals("consistent", settings.get("access-control_level"), settings.toString());

        JsonNode result = documents.get("assessment-results-bottling.Audit2026Q3.json").get("assessment-results")
                .get("results").get(0);
        Map<String, String> states = new TreeMap<>();
        result.get("findings").forEach(f -> states.put(f.get("title").asText(),
                f.get("target").get("status").get("state").asText()));
        assertEquals("not-satisfied", states.get("Access Control: gap"), states.toString());
        assertEquals("satisfied", states.get("Security Program Management: met"), states.toString());
        assertTrue(states.entrySet().stream().filter(e -> e.getValue().equals("satisfied"))
                .allMatch(e -> e.getKey().endsWith(": met")), "only a met practice is satisfied: " + states);
        assertTrue(result.get("observations").findValues("relevant-evidence").size() > 0);

        JsonNode poam = documents.get("poam-BottlingLine.json").get("plan-of-action-and-milestones");
        List<String> statuses = new ArrayList<>();
        poam.get("risks").forEach(r -> statuses.add(r.get("title").asText() + " = " + r.get("status").asText()));
        assertTrue(statuses.contains("Patch Management below target = deviation-approved"), statuses.toString());
        assertTrue(poam.get("poam-items").size() >= 4, poam.toString());
    }

    @Test
    void aFolderOfSomeoneElseIsNotWrittenInto() throws Exception {
        Path folder = Files.createDirectories(work.resolve("mine"));
        Files.writeString(folder.resolve("notes.txt"), "keep me");
        Result result = CliProcess.run("export", "examples/bottling-line", "--format", "oscal", "--out",
                folder.toString(), "-q");
        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.err().contains("--force"), result.err());
        assertEquals("keep me", Files.readString(folder.resolve("notes.txt")));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(1, files.count(), "nothing was written");
        }
    }

    private static Map<String, JsonNode> export(String example, Path out) throws Exception {
        Result result = CliProcess.run("export", "examples/" + example, "--format", "oscal", "--out", out.toString(),
                "--as-of", "2026-11-30", "-q");
        assertEquals(0, result.exitCode(), result.toString());
        Map<String, JsonNode> documents = new TreeMap<>();
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                documents.put(file.getFileName().toString(), new ObjectMapper().readTree(file.toFile()));
            }
        }
        assertFalse(documents.isEmpty());
        return documents;
    }

    private static JsonSchema schema(String kind) throws IOException {
        String file = SCHEMAS.get(kind);
        assertNotNull(file, "a document of an unknown kind: " + kind);
        Bundle holder = Stream.of(FrameworkUtil.getBundle(OscalExportTest.class).getBundleContext().getBundles())
                .filter(b -> b.getSymbolicName().equals("wrapped.gov.nist.secauto.oscal.liboscal-java")).findFirst()
                .orElseThrow(() -> new AssertionError("the bundle with the OSCAL schemas is not installed"));
        URL entry = holder.getEntry("schema/json/" + file);
        assertNotNull(entry, "schema/json/" + file);
        try (InputStream in = entry.openStream()) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }
}
