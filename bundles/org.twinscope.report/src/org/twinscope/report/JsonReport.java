/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.report;

import java.util.List;
import java.util.Locale;

import org.twinscope.model.util.Days;
import org.twinscope.analysis.AnalysisResult;
import org.twinscope.analysis.AnalysisWarning;
import org.twinscope.analysis.SystemAnalysis;
import org.twinscope.analysis.applicability.Applicability;
import org.twinscope.analysis.coverage.CoverageFinding;
import org.twinscope.analysis.gaps.AssessmentResult;
import org.twinscope.analysis.gaps.MappedControl;
import org.twinscope.analysis.gaps.PracticeGap;
import org.twinscope.analysis.gaps.RollUp;
import org.twinscope.analysis.history.AssessmentStep;
import org.twinscope.analysis.history.Change;
import org.twinscope.analysis.history.PracticeChange;
import org.twinscope.analysis.plan.AcceptanceState;
import org.twinscope.analysis.plan.ActionState;
import org.twinscope.analysis.plan.PlanResult;
import org.twinscope.model.smm.Action;
import org.twinscope.analysis.matrix.BoundaryMatrix;
import org.twinscope.analysis.matrix.MatrixCell;
import org.twinscope.analysis.suggestions.Suggestion;
import org.twinscope.model.smm.Comprehensiveness;
import org.twinscope.model.smm.Criterion;
import org.twinscope.model.smm.Practice;
import org.twinscope.model.smm.Fact;
import org.twinscope.model.smm.SmmPackage;
import org.twinscope.model.twin.Boundary;
import org.twinscope.model.twin.Synchronization;
import org.twinscope.model.twin.SystemElement;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.twinscope.model.util.ElementNames;

/**
 * The analysis as JSON, for scripts and dashboards. The document has no timestamps or absolute paths, so the same
 * model always gives the same bytes (the examples' golden files rely on it).
 */
public final class JsonReport {

    /** Version of the JSON layout; raised when a field changes meaning or goes away. */
    public static final String FORMAT_VERSION = "1";

    private JsonReport() {
    }

    public static String write(AnalysisResult result) {
        JsonObject root = new JsonObject();
        root.addProperty("tool", "twinscope");
        root.addProperty("formatVersion", FORMAT_VERSION);
        JsonArray systems = new JsonArray();
        for (SystemAnalysis system : result.systems()) {
            systems.add(system(system));
        }
        root.add("systems", systems);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
    }

    private static JsonObject system(SystemAnalysis analysis) {
        JsonObject system = new JsonObject();
        system.addProperty("name", analysis.system().getName());
        system.addProperty("description", analysis.system().getDescription());
        system.add("elements", elements(analysis));
        JsonArray applicability = new JsonArray();
        for (Applicability a : analysis.applicabilities()) {
            JsonObject entry = new JsonObject();
            entry.addProperty("element", ElementNames.qualified(a.element()));
            entry.addProperty("kind", ElementNames.kind(a.element()));
            entry.addProperty("practice", a.practice().getName());
            entry.addProperty("rule", a.rule().getName());
            entry.add("reasons", strings(a.reasons()));
            entry.addProperty("overridden", a.isOverridden());
            if (a.isOverridden()) {
                entry.addProperty("justification", a.override().getJustification());
            }
            applicability.add(entry);
        }
        system.add("applicability", applicability);
        AssessmentResult latest = analysis.latestAssessment();
        system.addProperty("latestAssessment", latest == null ? null : latest.assessment().getName());
        system.add("matrix", matrix(analysis.matrix(latest)));
        JsonArray assessments = new JsonArray();
        analysis.assessments().forEach(a -> assessments.add(assessment(a, a == latest ? analysis.plan() : null)));
        system.add("assessments", assessments);
        system.add("history", history(analysis));
        system.add("plan", plan(analysis.plan()));
        JsonArray suggestions = new JsonArray();
        for (Suggestion s : analysis.suggestions()) {
            JsonObject entry = new JsonObject();
            entry.addProperty("practice", s.practice().getName());
            entry.addProperty("suggestedLevel", level(s.level()));
            entry.addProperty("label", "suggestion");
            entry.add("reasons", strings(s.reasons()));
            suggestions.add(entry);
        }
        system.add("suggestions", suggestions);
        JsonArray warnings = new JsonArray();
        for (AnalysisWarning warning : analysis.warnings()) {
            JsonObject entry = new JsonObject();
            entry.addProperty("code", warning.code());
            entry.addProperty("message", warning.message());
            warnings.add(entry);
        }
        system.add("warnings", warnings);
        return system;
    }

    /** Every element with what the model states about it and the facts the analysis derived. */
    private static JsonArray elements(SystemAnalysis analysis) {
        JsonArray elements = new JsonArray();
        for (SystemElement element : analysis.facts().elements()) {
            JsonObject entry = new JsonObject();
            entry.addProperty("element", ElementNames.qualified(element));
            entry.addProperty("kind", ElementNames.kind(element));
            JsonObject attributes = new JsonObject();
            ElementAttributes.of(element).forEach(attributes::addProperty);
            entry.add("attributes", attributes);
            entry.add("facts", strings(analysis.facts().factsOf(element).stream().map(JsonReport::fact).sorted()
                    .toList()));
            elements.add(entry);
        }
        return elements;
    }

    /** A fact as rules write it: crossesOrganizations is "crosses-organizations". */
    static String fact(Fact fact) {
        return keyword(fact.getLiteral());
    }

    /** An enumeration literal as the language writes it: cloudProvider is "cloud-provider", otZone "ot-zone". */
    static String keyword(String literal) {
        return literal.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static JsonObject matrix(BoundaryMatrix matrix) {
        JsonObject json = new JsonObject();
        json.add("practices", strings(matrix.practices().stream().map(Practice::getName).toList()));
        JsonArray rows = new JsonArray();
        for (Boundary boundary : matrix.boundaries()) {
            JsonObject row = new JsonObject();
            row.addProperty("boundary", ElementNames.qualified(boundary));
            // an IEC 62443 target security level, kept apart from the maturity cells
            row.addProperty("securityLevel", BoundaryMatrix.securityLevel(boundary));
            JsonArray conduits = new JsonArray();
            for (Synchronization conduit : matrix.conduits(boundary)) {
                JsonObject entry = new JsonObject();
                entry.addProperty("synchronization", ElementNames.qualified(conduit));
                entry.addProperty("securityLevel", BoundaryMatrix.securityLevel(conduit));
                conduits.add(entry);
            }
            row.add("conduits", conduits);
            JsonObject cells = new JsonObject();
            for (Practice practice : matrix.practices()) {
                MatrixCell cell = matrix.cell(boundary, practice);
                if (!cell.applicabilities().isEmpty()) {
                    cells.addProperty(practice.getName(), cell.status());
                }
            }
            row.add("cells", cells);
            rows.add(row);
        }
        json.add("rows", rows);
        return json;
    }

    /** The plans against the latest assessment: actions (overdue first), acceptances, gaps without an action. */
    private static JsonObject plan(PlanResult plan) {
        JsonObject json = new JsonObject();
        json.addProperty("asOf", plan.asOf().toString());
        JsonArray actions = new JsonArray();
        for (ActionState state : plan.actions()) {
            Action action = state.action();
            JsonObject entry = new JsonObject();
            entry.addProperty("name", action.getName());
            entry.addProperty("description", action.getDescription());
            entry.addProperty("practice", action.getPractice().getName());
            entry.add("elements", strings(action.getElements().stream().map(ElementNames::qualified).toList()));
            entry.addProperty("raisesTo", level(action.getLevel()));
            entry.addProperty("owner", action.getOwner());
            entry.addProperty("due", day(action.getDue()));
            entry.addProperty("status", state.describe());
            entry.addProperty("overdue", state.overdue());
            entry.addProperty("openGaps", state.gaps().size());
            actions.add(entry);
        }
        json.add("actions", actions);
        JsonArray acceptances = new JsonArray();
        for (AcceptanceState state : plan.acceptances()) {
            JsonObject entry = new JsonObject();
            entry.addProperty("practice", state.acceptance().getPractice().getName());
            entry.add("elements", strings(state.acceptance().getElements().stream().map(ElementNames::qualified)
                    .toList()));
            entry.addProperty("acceptedBy", state.acceptance().getAcceptedBy());
            entry.addProperty("until", day(state.acceptance().getUntil()));
            entry.addProperty("because", state.acceptance().getJustification());
            entry.addProperty("expired", state.expired());
            acceptances.add(entry);
        }
        json.add("acceptedGaps", acceptances);
        JsonArray without = new JsonArray();
        for (PracticeGap gap : plan.withoutAction()) {
            JsonObject entry = new JsonObject();
            entry.addProperty("practice", gap.practice().getName());
            entry.addProperty("element", ElementNames.qualified(gap.element()));
            entry.addProperty("status", gap.status().label());
            without.add(entry);
        }
        json.add("gapsWithoutAction", without);
        return json;
    }

    static String day(java.util.Date date) {
        return Days.iso(date);
    }

    private static JsonObject assessment(AssessmentResult result, PlanResult plan) {
        JsonObject json = new JsonObject();
        json.addProperty("name", result.assessment().getName());
        json.addProperty("profile", result.profile() == null ? null : result.profile().getName());
        json.addProperty("industry", result.profile() == null ? null : result.profile().getIndustry());
        json.addProperty("date", Days.iso(result.assessment().getDate()));
        json.addProperty("assessor", result.assessment().getAssessor());
        JsonArray practices = new JsonArray();
        for (PracticeGap gap : result.listed()) {
            JsonObject entry = gap(gap);
            AcceptanceState accepted = plan == null ? null : plan.activeAcceptance(gap);
            if (accepted != null) {
                JsonObject acceptance = new JsonObject();
                acceptance.addProperty("by", accepted.acceptance().getAcceptedBy());
                acceptance.addProperty("until", day(accepted.acceptance().getUntil()));
                acceptance.addProperty("because", accepted.acceptance().getJustification());
                entry.add("accepted", acceptance);
            }
            practices.add(entry);
        }
        json.add("practices", practices);
        JsonObject rollUps = new JsonObject();
        rollUps.addProperty("rule", RollUp.RULE);
        rollUps.add("subDomains", rollUps(result.subDomains()));
        rollUps.add("domains", rollUps(result.domains()));
        json.add("rollUps", rollUps);
        JsonArray coverage = new JsonArray();
        for (CoverageFinding finding : result.coverage()) {
            JsonObject entry = new JsonObject();
            entry.addProperty("practice", finding.practice().getName());
            entry.addProperty("twin", ElementNames.qualified(finding.twin()));
            entry.addProperty("asset", ElementNames.qualified(finding.asset()));
            entry.addProperty("message", finding.message());
            coverage.add(entry);
        }
        json.add("completeSystemCoverage", coverage);
        return json;
    }

    /** Each step from one assessment to the next (by date): what changed, practice by practice. */
    private static JsonArray history(SystemAnalysis analysis) {
        JsonArray steps = new JsonArray();
        for (AssessmentStep step : analysis.history()) {
            JsonObject json = new JsonObject();
            json.addProperty("from", step.previous().assessment().getName());
            json.addProperty("to", step.latest().assessment().getName());
            JsonObject counts = new JsonObject();
            for (Change change : Change.values()) {
                counts.addProperty(change.label(), step.count(change));
            }
            json.add("counts", counts);
            JsonArray changes = new JsonArray();
            for (PracticeChange change : step.changes()) {
                JsonObject entry = new JsonObject();
                entry.addProperty("practice", change.practice().getName());
                entry.addProperty("element", ElementNames.qualified(change.element()));
                entry.addProperty("change", change.change().label());
                entry.addProperty("before", change.levelBefore() == null ? null : level(change.levelBefore()));
                entry.addProperty("after", change.levelAfter() == null ? null : level(change.levelAfter()));
                changes.add(entry);
            }
            json.add("changes", changes);
            steps.add(json);
        }
        return steps;
    }

    private static JsonObject gap(PracticeGap gap) {
        JsonObject json = new JsonObject();
        json.addProperty("practice", gap.practice().getName());
        json.addProperty("title", ElementNames.title(gap.practice()));
        json.addProperty("element", ElementNames.qualified(gap.element()));
        JsonObject target = new JsonObject();
        target.addProperty("level", level(gap.target().level()));
        target.addProperty("scope", gap.target().target().eIsSet(SmmPackage.Literals.TARGET__SCOPE)
                ? gap.target().scope().getName() : null);
        target.addProperty("from", gap.target().provenance());
        target.addProperty("rationale", gap.target().target().getRationale());
        json.add("target", target);
        if (gap.current() != null) {
            JsonObject current = new JsonObject();
            current.addProperty("level", level(gap.current()));
            current.addProperty("scope", gap.scopeStated() ? gap.currentScope().getName() : "not stated");
            json.add("current", current);
        }
        json.addProperty("status", gap.status().label());
        json.addProperty("levelGap", gap.levelGap());
        json.addProperty("scopeGap", gap.scopeGap());
        if (gap.coverage() != null) {
            JsonObject coverage = new JsonObject();
            coverage.addProperty("rated", gap.coverage().rated());
            coverage.addProperty("applicable", gap.coverage().applicable());
            json.add("coverage", coverage);
        }
        json.addProperty("explanation", gap.explanation());
        String evidence = gap.evidence();
        if (!evidence.isEmpty()) {
            json.addProperty("evidence", evidence);
        }
        List<String> evidenceAt = gap.ratings().stream().map(r -> r.getEvidenceAt()).filter(a -> a != null)
                .toList();
        if (!evidenceAt.isEmpty()) {
            json.add("evidenceAt", strings(evidenceAt));
        }
        JsonArray controls = new JsonArray();
        for (MappedControl control : gap.controls()) {
            JsonObject entry = new JsonObject();
            entry.addProperty("framework", control.mappingSet().getFramework());
            entry.addProperty("version", control.mappingSet().getFrameworkVersion());
            entry.addProperty("part", control.mappingSet().getPart());
            entry.addProperty("role", control.mappingSet().isSetRole() ? control.mappingSet().getRole().getLiteral()
                    : null);
            entry.addProperty("forLevel", level(control.level()));
            entry.addProperty("id", control.control().getId());
            entry.addProperty("title", control.control().getTitle());
            controls.add(entry);
        }
        json.add("controls", controls);
        JsonArray open = new JsonArray();
        for (Criterion criterion : gap.openCriteria()) {
            JsonObject entry = new JsonObject();
            entry.addProperty("id", criterion.getName());
            entry.addProperty("level", level(criterion.getLevel()));
            entry.addProperty("text", criterion.getText());
            open.add(entry);
        }
        json.add("openCriteria", open);
        JsonArray met = new JsonArray();
        gap.ratings().stream().flatMap(r -> r.getMetCriteria().stream()).filter(c -> !c.eIsProxy())
                .map(Criterion::getName).distinct().forEach(met::add);
        json.add("metCriteria", met);
        return json;
    }

    private static JsonArray rollUps(List<RollUp> rollUps) {
        JsonArray array = new JsonArray();
        for (RollUp rollUp : rollUps) {
            JsonObject json = new JsonObject();
            json.addProperty("name", rollUp.subject().getName());
            json.addProperty("title", ElementNames.title(rollUp.subject()));
            json.addProperty("status", rollUp.status().label());
            json.addProperty("lowestTarget", level(rollUp.lowestTarget()));
            json.addProperty("highestTarget", level(rollUp.highestTarget()));
            json.addProperty("lowestCurrent", rollUp.lowestCurrent() == null ? null : level(rollUp.lowestCurrent()));
            json.addProperty("highestCurrent", rollUp.highestCurrent() == null ? null
                    : level(rollUp.highestCurrent()));
            json.addProperty("levelGap", rollUp.levelGap());
            json.addProperty("practices", rollUp.practices());
            json.addProperty("withGap", rollUp.withGap());
            json.addProperty("notAssessed", rollUp.notAssessed());
            json.addProperty("partiallyAssessed", rollUp.partiallyAssessed());
            array.add(json);
        }
        return array;
    }

    /** Levels by their canonical keyword, as users write them. */
    public static String level(Comprehensiveness level) {
        return switch (level) {
            case NONE -> "none";
            case MINIMUM -> "minimum";
            case AD_HOC -> "ad-hoc";
            case CONSISTENT -> "consistent";
            case FORMALIZED -> "formalized";
        };
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }
}
