/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.twinscope.analysis.AnalysisResult;
import org.twinscope.analysis.SystemAnalysis;
import org.twinscope.analysis.coverage.CoverageFinding;
import org.twinscope.analysis.gaps.AssessmentResult;
import org.twinscope.analysis.gaps.MappedControl;
import org.twinscope.analysis.gaps.PracticeGap;
import org.twinscope.analysis.gaps.Status;
import org.twinscope.analysis.plan.AcceptanceState;
import org.twinscope.analysis.plan.PlanResult;
import org.twinscope.model.smm.Practice;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.twinscope.model.util.ElementNames;
import org.twinscope.model.util.SourceLocation;
import org.twinscope.model.util.SourceLocator;

/**
 * Gaps as SARIF 2.1.0, for code-scanning tools: one rule per SMM practice, one result per practice (and element)
 * that falls short of its target or is not (fully) assessed in each system's latest assessment, located at the
 * rating (or, without one, at the target) in the .smm sources. Earlier assessments are history (JSON, HTML), not
 * open findings.
 * <p>
 * Each result carries a fingerprint made of the rule, the system and the element's qualified name, never of line
 * numbers or wording, so that code-scanning tools follow a finding across commits; given the log of a base, each
 * result says whether it is new, unchanged or updated, and the base's results that are gone come back as absent.
 */
public final class SarifReport {

    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    static final String COVERAGE_RULE = "twinscope.incomplete-system-coverage";
    /** The key of our fingerprint in partialFingerprints; its version changes if the recipe ever does. */
    static final String FINGERPRINT = "twinscopeFinding/v1";

    private SarifReport() {
    }

    public static String write(AnalysisResult result, SourceLocator locator) {
        return write(result, locator, null);
    }

    /** With a base's log, each result's baselineState is set, and the base's results that are gone are absent. */
    public static String write(AnalysisResult result, SourceLocator locator, SarifBaseline baseline) {
        Map<String, JsonObject> rules = new LinkedHashMap<>();
        JsonArray results = new JsonArray();
        for (SystemAnalysis system : result.systems()) {
            AssessmentResult assessment = system.latestAssessment();
            if (assessment != null) {
                PlanResult plan = system.plan();
                for (PracticeGap gap : assessment.listed()) {
                    if (gap.status() == Status.GAP || gap.status() == Status.NOT_ASSESSED
                            || gap.status() == Status.PARTIALLY_ASSESSED) {
                        rules.computeIfAbsent(ruleId(gap.practice()), id -> rule(gap.practice()));
                        JsonObject entry = result(gap, assessment, locator);
                        entry.add("partialFingerprints", fingerprint(gap.practice().getName(),
                                system.system().getName(),
                                gap.element() == null ? "" : ElementNames.qualified(gap.element())));
                        AcceptanceState accepted = plan == null ? null : plan.activeAcceptance(gap);
                        if (accepted != null) {
                            entry.add("suppressions", suppression(accepted));
                        }
                        results.add(entry);
                    }
                }
                for (CoverageFinding finding : assessment.coverage()) {
                    rules.computeIfAbsent(COVERAGE_RULE, id -> coverageRule());
                    JsonObject entry = new JsonObject();
                    entry.addProperty("ruleId", COVERAGE_RULE);
                    entry.addProperty("level", "warning");
                    entry.add("message", text(finding.message()));
                    entry.add("locations", locations(finding.rating(), locator));
                    entry.add("partialFingerprints", fingerprint(COVERAGE_RULE, finding.practice().getName(),
                            ElementNames.qualified(finding.twin()), ElementNames.qualified(finding.asset())));
                    results.add(entry);
                }
            }
        }
        if (baseline != null) {
            List<String> fingerprints = new ArrayList<>();
            for (var entry : results) {
                JsonObject object = entry.getAsJsonObject();
                object.addProperty("baselineState", baseline.stateOf(object));
                fingerprints.add(SarifBaseline.fingerprint(object));
            }
            baseline.absentFrom(fingerprints).forEach(results::add);
        }
        JsonObject driver = new JsonObject();
        driver.addProperty("name", "Twinscope");
        driver.addProperty("semanticVersion", "0.1.0");
        JsonArray ruleArray = new JsonArray();
        rules.values().forEach(ruleArray::add);
        driver.add("rules", ruleArray);
        JsonObject tool = new JsonObject();
        tool.add("driver", driver);
        JsonObject run = new JsonObject();
        run.add("tool", tool);
        run.add("results", results);
        JsonArray runs = new JsonArray();
        runs.add(run);
        JsonObject log = new JsonObject();
        log.addProperty("$schema", SCHEMA);
        log.addProperty("version", "2.1.0");
        log.add("runs", runs);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(log) + "\n";
    }

    /** A digest of what identifies a finding (rule, system, element), never of lines or message text. */
    private static JsonObject fingerprint(String... identity) {
        JsonObject fingerprints = new JsonObject();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("|", identity).getBytes(StandardCharsets.UTF_8));
            fingerprints.addProperty(FINGERPRINT, HexFormat.of().formatHex(digest, 0, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        return fingerprints;
    }

    private static String ruleId(Practice practice) {
        return "smm." + practice.getName();
    }

    private static JsonObject rule(Practice practice) {
        JsonObject rule = new JsonObject();
        rule.addProperty("id", ruleId(practice));
        rule.addProperty("name", practice.getName());
        rule.add("shortDescription", text("SMM practice " + ElementNames.title(practice) + " below target"));
        if (practice.getObjective() != null) {
            rule.add("fullDescription", text(practice.getObjective()));
        }
        return rule;
    }

    private static JsonObject coverageRule() {
        JsonObject rule = new JsonObject();
        rule.addProperty("id", COVERAGE_RULE);
        rule.addProperty("name", "IncompleteSystemCoverage");
        rule.add("shortDescription", text("A practice targeted Consistent or higher covers a twin but not its asset"
                + " or their synchronization"));
        return rule;
    }

    private static JsonObject result(PracticeGap gap, AssessmentResult assessment, SourceLocator locator) {
        JsonObject entry = new JsonObject();
        entry.addProperty("ruleId", ruleId(gap.practice()));
        entry.addProperty("level", gap.status() == Status.NOT_ASSESSED ? "note"
                : gap.levelGap() >= 2 ? "error" : "warning");
        StringBuilder message = new StringBuilder(GapText.subject(gap));
        if (gap.status() == Status.NOT_ASSESSED) {
            message.append(" is targeted ").append(gap.target().level().getLiteral()).append(" but not assessed in ")
                    .append(assessment.assessment().getName()).append('.');
        } else if (gap.status() == Status.PARTIALLY_ASSESSED) {
            message.append(" is only partially assessed in ").append(assessment.assessment().getName()).append(" (")
                    .append(gap.coverage().describe()).append(')')
                    .append(gap.current() == null ? "" : "; the lowest rating is " + gap.current().getLiteral())
                    .append(", against a target of ").append(gap.target().level().getLiteral()).append(" from ")
                    .append(gap.target().provenance()).append('.');
        } else {
            message.append(" is ").append(gap.current().getLiteral()).append(" (")
                    .append(gap.scopeStated() ? gap.currentScope().getLiteral() : "scope not stated")
                    .append(") against a target of ").append(gap.target().level().getLiteral()).append(" (")
                    .append(GapText.target(gap).contains("/") ? gap.target().scope().getLiteral() : "any scope")
                    .append(") from ").append(gap.target().provenance()).append('.');
        }
        if (!gap.controls().isEmpty()) {
            message.append(" To reach the target: ").append(String.join(", ", gap.controls().stream()
                    .map(MappedControl::label).toList())).append('.');
        }
        entry.add("message", text(message.toString()));
        // the rating, else the target, else (a target of a built-in profile, not rated) the assessment itself:
        // always a place in the user's sources that a code-scanning tool can show
        EObject primary = gap.ratings().isEmpty() ? gap.target().target() : gap.ratings().get(0);
        JsonArray locations = locations(primary, locator);
        if (locations.isEmpty()) {
            primary = gap.target().target();
            locations = locations(primary, locator);
        }
        if (locations.isEmpty()) {
            primary = assessment.assessment();
            locations = locations(primary, locator);
        }
        entry.add("locations", locations);
        JsonArray related = locations(gap.target().target(), locator);
        if (!related.isEmpty() && primary != gap.target().target()) {
            related.get(0).getAsJsonObject().addProperty("id", 1);
            related.get(0).getAsJsonObject().add("message", text("the target"));
            entry.add("relatedLocations", related);
        }
        JsonObject properties = new JsonObject();
        properties.addProperty("assessment", assessment.assessment().getName());
        properties.addProperty("status", gap.status().label());
        properties.addProperty("levelGap", gap.levelGap());
        properties.addProperty("scopeGap", gap.scopeGap());
        if (gap.coverage() != null) {
            properties.addProperty("rated", gap.coverage().rated());
            properties.addProperty("applicable", gap.coverage().applicable());
        }
        entry.add("properties", properties);
        return entry;
    }

    /** An accepted gap is a suppressed result: code-scanning tools show it as dismissed, with the justification. */
    private static JsonArray suppression(AcceptanceState accepted) {
        JsonObject suppression = new JsonObject();
        suppression.addProperty("kind", "external");
        suppression.addProperty("status", "accepted");
        suppression.addProperty("justification", "Accepted by " + accepted.acceptance().getAcceptedBy() + " until "
                + JsonReport.day(accepted.acceptance().getUntil()) + ": " + accepted.acceptance().getJustification());
        JsonArray suppressions = new JsonArray();
        suppressions.add(suppression);
        return suppressions;
    }

    private static JsonArray locations(EObject element, SourceLocator locator) {
        JsonArray locations = new JsonArray();
        SourceLocation location = element == null ? null : locator.locate(element);
        if (location == null) {
            return locations;
        }
        JsonObject artifact = new JsonObject();
        artifact.addProperty("uri", location.file());
        JsonObject region = new JsonObject();
        region.addProperty("startLine", location.line());
        region.addProperty("startColumn", location.column());
        region.addProperty("endLine", location.endLine());
        region.addProperty("endColumn", Math.max(location.endColumn(), 1));
        JsonObject physical = new JsonObject();
        physical.add("artifactLocation", artifact);
        physical.add("region", region);
        JsonObject entry = new JsonObject();
        entry.add("physicalLocation", physical);
        locations.add(entry);
        return locations;
    }

    private static JsonObject text(String text) {
        JsonObject message = new JsonObject();
        message.addProperty("text", text);
        return message;
    }
}
