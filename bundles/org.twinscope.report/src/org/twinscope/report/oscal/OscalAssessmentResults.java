/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.report.oscal;

import java.time.LocalDate;
import java.util.List;

import org.twinscope.analysis.SystemAnalysis;
import org.twinscope.analysis.applicability.Applicability;
import org.twinscope.analysis.gaps.AssessmentResult;
import org.twinscope.analysis.gaps.PracticeGap;
import org.twinscope.analysis.gaps.Status;
import org.twinscope.analysis.plan.AcceptanceState;
import org.twinscope.model.smm.Assessment;
import org.twinscope.model.smm.Rating;
import org.twinscope.model.smm.SmmPackage;
import org.twinscope.model.util.Days;
import org.twinscope.model.util.ElementNames;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * An assessment as OSCAL assessment results: one result whose observations are the ratings (with their evidence and
 * where it is kept) and the practices declared not applicable, and whose findings are the practices' results against
 * the profile, per element where an element's result differs: satisfied only when met; a gap, a practice not
 * assessed or only partially assessed is not satisfied, with the reason in the finding's properties.
 */
final class OscalAssessmentResults {

    private OscalAssessmentResults() {
    }

    static String write(SystemAnalysis system, AssessmentResult result, LocalDate asOf, String profileFile,
            boolean latest) {
        Assessment assessment = result.assessment();
        String name = OscalExport.qualifiedName(assessment);
        LocalDate day = assessment.getDate() == null ? asOf : Days.of(assessment.getDate());
        JsonObject root = new JsonObject();
        root.addProperty("uuid", OscalUuid.of("assessment-results", name));
        root.add("metadata", Oscal.metadata("SMM assessment " + assessment.getName() + " of " + system.system()
                .getName() + (assessment.getDescription() == null ? "" : ": " + assessment.getDescription()), asOf,
                (assessment.getAssessor() == null ? "" : "Assessed by " + assessment.getAssessor() + ". ")
                        + "Findings of Twinscope's analysis as of " + asOf + "."));
        JsonObject importAp = new JsonObject();
        importAp.addProperty("href", profileFile == null ? "#" : profileFile);
        importAp.addProperty("remarks", "Twinscope keeps no assessment plan: the assessment was made against "
                + (result.profile() == null ? "no profile" : "the profile " + result.profile().getName()) + ".");
        root.add("import-ap", importAp);

        JsonObject oscalResult = new JsonObject();
        oscalResult.addProperty("uuid", OscalUuid.of("result", name));
        oscalResult.addProperty("title", assessment.getName());
        oscalResult.addProperty("description", assessment.getDescription() == null
                ? "SMM assessment " + assessment.getName() + " of " + system.system().getName()
                : assessment.getDescription());
        oscalResult.addProperty("start", Oscal.timestamp(day));
        Oscal.addProp(oscalResult, "latest-assessment", latest ? "yes" : "no");
        JsonObject reviewed = new JsonObject();
        JsonArray selections = new JsonArray();
        JsonObject selection = new JsonObject();
        JsonArray controls = new JsonArray();
        result.practices().stream().map(g -> Oscal.controlId(g.practice())).distinct().forEach(id -> {
            JsonObject control = new JsonObject();
            control.addProperty("control-id", id);
            controls.add(control);
        });
        if (controls.isEmpty()) {
            selection.add("include-all", new JsonObject());
        } else {
            selection.add("include-controls", controls);
        }
        selections.add(selection);
        reviewed.add("control-selections", selections);
        oscalResult.add("reviewed-controls", reviewed);

        JsonArray observations = new JsonArray();
        for (Rating rating : assessment.getRatings()) {
            observations.add(observation(name, rating, day));
        }
        for (Applicability applicability : system.applicabilities()) {
            if (applicability.isOverridden()) {
                observations.add(override(name, applicability, day));
            }
        }
        if (!observations.isEmpty()) {
            oscalResult.add("observations", observations);
        }
        JsonArray findings = new JsonArray();
        for (PracticeGap gap : result.listed()) {
            if (gap.status() != Status.NOT_APPLICABLE) {
                AcceptanceState accepted = latest && system.plan() != null ? system.plan().activeAcceptance(gap)
                        : null;
                findings.add(finding(name, gap, accepted));
            }
        }
        if (!findings.isEmpty()) {
            oscalResult.add("findings", findings);
        }
        JsonArray results = new JsonArray();
        results.add(oscalResult);
        root.add("results", results);
        return Oscal.write("assessment-results", root);
    }

    private static String ratingId(String assessment, Rating rating) {
        return OscalUuid.of("observation", assessment, rating.getPractice().getName(),
                String.join(",", rating.getElements().stream().map(ElementNames::qualified).toList()));
    }

    private static JsonObject observation(String assessment, Rating rating, LocalDate day) {
        JsonObject observation = new JsonObject();
        observation.addProperty("uuid", ratingId(assessment, rating));
        String on = rating.getElements().isEmpty() ? " for the whole system"
                : " on " + String.join(", ", rating.getElements().stream().map(ElementNames::label).toList());
        String practice = ElementNames.title(rating.getPractice());
        observation.addProperty("title", "Rating of " + practice + on);
        observation.addProperty("description", rating.isNotApplicable()
                ? practice + " declared not applicable" + on + ": " + rating.getJustification()
                : practice + " rated " + Oscal.level(rating.getLevel()) + on
                        + (rating.eIsSet(SmmPackage.Literals.RATING__SCOPE) ? " at " + rating.getScope().getName()
                                + " scope" : ", scope not stated")
                        + (rating.getNotes() == null ? "" : ". " + rating.getNotes()));
        JsonArray methods = new JsonArray();
        methods.add("EXAMINE");
        observation.add("methods", methods);
        Oscal.addProp(observation, "practice", rating.getPractice().getName());
        if (!rating.isNotApplicable()) {
            Oscal.addProp(observation, "level", Oscal.level(rating.getLevel()));
        }
        rating.getElements().forEach(e -> Oscal.addProp(observation, "element", ElementNames.qualified(e)));
        rating.getMetCriteria().forEach(c -> Oscal.addProp(observation, "met-criterion", c.getName()));
        if (rating.getEvidence() != null || rating.getEvidenceAt() != null) {
            JsonObject evidence = new JsonObject();
            if (rating.getEvidenceAt() != null) {
                evidence.addProperty("href", rating.getEvidenceAt());
            }
            evidence.addProperty("description", rating.getEvidence() == null ? "Evidence kept at "
                    + rating.getEvidenceAt() : rating.getEvidence());
            JsonArray evidences = new JsonArray();
            evidences.add(evidence);
            observation.add("relevant-evidence", evidences);
        }
        observation.addProperty("collected", Oscal.timestamp(day));
        return observation;
    }

    private static JsonObject override(String assessment, Applicability applicability, LocalDate day) {
        JsonObject observation = new JsonObject();
        String element = ElementNames.qualified(applicability.element());
        observation.addProperty("uuid", OscalUuid.of("override", assessment, applicability.practice().getName(),
                element));
        observation.addProperty("title", ElementNames.title(applicability.practice()) + " not applicable on "
                + ElementNames.label(applicability.element()));
        observation.addProperty("description", "Rule " + applicability.rule().getName() + " would bring "
                + ElementNames.title(applicability.practice()) + " into scope at " + element
                + "; the profile declares it not applicable because: "
                + applicability.override().getJustification());
        JsonArray methods = new JsonArray();
        methods.add("EXAMINE");
        observation.add("methods", methods);
        Oscal.addProp(observation, "practice", applicability.practice().getName());
        Oscal.addProp(observation, "element", element);
        Oscal.addProp(observation, "overridden", "yes");
        observation.addProperty("collected", Oscal.timestamp(day));
        return observation;
    }

    private static JsonObject finding(String assessment, PracticeGap gap, AcceptanceState accepted) {
        JsonObject finding = new JsonObject();
        String element = gap.element() == null ? "" : ElementNames.qualified(gap.element());
        finding.addProperty("uuid", OscalUuid.of("finding", assessment, gap.practice().getName(), element));
        String practice = ElementNames.title(gap.practice());
        finding.addProperty("title", practice + (gap.element() == null ? "" : " on "
                + ElementNames.label(gap.element())) + ": " + gap.status().label());
        finding.addProperty("description", gap.explanation());
        Oscal.addProp(finding, "status", gap.status().label());
        Oscal.addProp(finding, "target-level", Oscal.level(gap.target().level()));
        if (gap.target().target().eIsSet(SmmPackage.Literals.TARGET__SCOPE)) {
            Oscal.addProp(finding, "target-scope", gap.target().scope().getName());
        }
        Oscal.addProp(finding, "target-source", gap.target().provenance());
        if (gap.current() != null) {
            Oscal.addProp(finding, "current-level", Oscal.level(gap.current()));
            Oscal.addProp(finding, "current-scope", gap.scopeStated() ? gap.currentScope().getName() : "not stated");
        }
        Oscal.addProp(finding, "level-gap", String.valueOf(gap.levelGap()));
        Oscal.addProp(finding, "scope-gap", String.valueOf(gap.scopeGap()));
        if (gap.coverage() != null) {
            Oscal.addProp(finding, "rated-elements", gap.coverage().rated() + " of " + gap.coverage().applicable());
        }
        Oscal.addProp(finding, "element", element);
        gap.openCriteria().forEach(c -> Oscal.addProp(finding, "open-criterion", c.getName()));
        if (accepted != null) {
            Oscal.addProp(finding, "accepted-until", Days.iso(accepted.acceptance().getUntil()));
        }
        JsonObject target = new JsonObject();
        target.addProperty("type", "objective-id");
        target.addProperty("target-id", Oscal.objectiveId(gap.practice()));
        JsonObject status = new JsonObject();
        boolean met = gap.status() == Status.MET;
        status.addProperty("state", met ? "satisfied" : "not-satisfied");
        status.addProperty("reason", met ? "pass" : gap.status() == Status.GAP ? "fail" : "other");
        if (gap.status() == Status.NOT_ASSESSED) {
            status.addProperty("remarks", practice + " is targeted but nobody rated it: not satisfied until it is "
                    + "rated at the target.");
        } else if (gap.status() == Status.PARTIALLY_ASSESSED) {
            status.addProperty("remarks", practice + " is rated on some of the elements where it applies only: not "
                    + "satisfied until every one of them is rated at the target.");
        }
        target.add("status", status);
        finding.add("target", target);
        List<Rating> ratings = gap.ratings();
        if (!ratings.isEmpty()) {
            JsonArray related = new JsonArray();
            for (Rating rating : ratings) {
                JsonObject reference = new JsonObject();
                reference.addProperty("observation-uuid", ratingId(assessment, rating));
                related.add(reference);
            }
            finding.add("related-observations", related);
        }
        return finding;
    }
}
