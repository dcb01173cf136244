/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.report.oscal;

import java.time.LocalDate;

import org.twinscope.analysis.SystemAnalysis;
import org.twinscope.analysis.plan.AcceptanceState;
import org.twinscope.analysis.plan.ActionState;
import org.twinscope.analysis.plan.PlanResult;
import org.twinscope.model.smm.Action;
import org.twinscope.model.smm.AcceptedGap;
import org.twinscope.model.smm.ActionStatus;
import org.twinscope.model.smm.Plan;
import org.twinscope.model.util.Days;
import org.twinscope.model.util.ElementNames;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * A system's remediation plans as an OSCAL plan of action and milestones: each action is a POA&M item for the risk
 * of the gap it closes, with its owner and its due date as the risk's deadline and a milestone; each accepted gap is
 * a risk whose deviation is approved until its end date (then it is open again).
 */
final class OscalPoam {

    private static final String SYSTEM_ID_TYPE = Oscal.NS + "/system";

    private OscalPoam() {
    }

    /** Null when the system has no plan: a POA&M has at least one item. */
    static String write(SystemAnalysis system, LocalDate asOf) {
        PlanResult plan = system.plan();
        if (plan == null || plan.actions().isEmpty() && plan.acceptances().isEmpty()) {
            return null;
        }
        String name = system.system().getName();
        JsonObject root = new JsonObject();
        root.addProperty("uuid", OscalUuid.of("poam", name));
        root.add("metadata", Oscal.metadata("Plan of action and milestones for " + name, asOf,
                "Actions and accepted gaps of the system's Twinscope plans, with their state as of " + asOf + "."));
        JsonObject systemId = new JsonObject();
        systemId.addProperty("identifier-type", SYSTEM_ID_TYPE);
        systemId.addProperty("id", name);
        root.add("system-id", systemId);
        JsonArray risks = new JsonArray();
        JsonArray items = new JsonArray();
        for (ActionState state : plan.actions()) {
            Action action = state.action();
            String id = planName(action) + "." + action.getName();
            String riskId = OscalUuid.of("risk", name, id);
            risks.add(actionRisk(state, id, riskId));
            JsonObject item = new JsonObject();
            item.addProperty("uuid", OscalUuid.of("poam-item", name, id));
            item.addProperty("title", action.getDescription() == null ? action.getName() : action.getDescription());
            item.addProperty("description", raises(action) + (action.getOwner() == null ? ""
                    : "; owner " + action.getOwner()) + (action.getDue() == null ? ""
                            : "; due " + Days.iso(action.getDue())) + "; " + state.describe() + ".");
            Oscal.addProp(item, "action", id);
            Oscal.addProp(item, "owner", action.getOwner());
            Oscal.addProp(item, "due", action.getDue() == null ? null : Days.iso(action.getDue()));
            Oscal.addProp(item, "action-status", state.describe());
            item.add("related-risks", related(riskId));
            items.add(item);
        }
        for (AcceptanceState state : plan.acceptances()) {
            AcceptedGap acceptance = state.acceptance();
            String id = planName(acceptance) + ".accept." + acceptance.getPractice().getName() + subject(acceptance);
            String riskId = OscalUuid.of("risk", name, id);
            risks.add(acceptanceRisk(state, riskId));
            JsonObject item = new JsonObject();
            item.addProperty("uuid", OscalUuid.of("poam-item", name, id));
            item.addProperty("title", "Accepted gap: " + ElementNames.title(acceptance.getPractice())
                    + on(acceptance));
            item.addProperty("description", "Accepted by " + acceptance.getAcceptedBy() + " until "
                    + Days.iso(acceptance.getUntil()) + " because " + acceptance.getJustification()
                    + (state.expired() ? " (expired: the gap is open again)" : "") + ".");
            item.add("related-risks", related(riskId));
            items.add(item);
        }
        root.add("risks", risks);
        root.add("poam-items", items);
        return Oscal.write("plan-of-action-and-milestones", root);
    }

    private static JsonObject actionRisk(ActionState state, String id, String riskId) {
        Action action = state.action();
        JsonObject risk = new JsonObject();
        risk.addProperty("uuid", riskId);
        String practice = ElementNames.title(action.getPractice());
        risk.addProperty("title", practice + " below " + Oscal.level(action.getLevel()) + on(action));
        risk.addProperty("description", "The gaps that action " + action.getName() + " closes: " + state.gaps().size()
                + " open in the latest assessment.");
        risk.addProperty("statement", practice + on(action) + " falls short of its target until it is raised to "
                + Oscal.level(action.getLevel()) + ".");
        risk.addProperty("status", action.getStatus() == ActionStatus.DONE && !state.doneButOpen() ? "closed"
                : action.getStatus() == ActionStatus.IN_PROGRESS || action.getStatus() == ActionStatus.DONE
                        ? "remediating" : "open");
        if (action.getDue() != null) {
            risk.addProperty("deadline", Oscal.timestamp(Days.of(action.getDue())));
        }
        JsonObject remediation = new JsonObject();
        remediation.addProperty("uuid", OscalUuid.of("response", id));
        remediation.addProperty("lifecycle", action.getStatus() == ActionStatus.DONE ? "completed" : "planned");
        remediation.addProperty("title", action.getName());
        remediation.addProperty("description", raises(action) + ".");
        Oscal.addProp(remediation, "owner", action.getOwner());
        if (action.getDue() != null) {
            JsonObject task = new JsonObject();
            task.addProperty("uuid", OscalUuid.of("task", id));
            task.addProperty("type", "milestone");
            task.addProperty("title", action.getName() + " due");
            JsonObject onDate = new JsonObject();
            onDate.addProperty("date", Oscal.timestamp(Days.of(action.getDue())));
            JsonObject timing = new JsonObject();
            timing.add("on-date", onDate);
            task.add("timing", timing);
            JsonArray tasks = new JsonArray();
            tasks.add(task);
            remediation.add("tasks", tasks);
        }
        JsonArray remediations = new JsonArray();
        remediations.add(remediation);
        risk.add("remediations", remediations);
        return risk;
    }

    private static JsonObject acceptanceRisk(AcceptanceState state, String riskId) {
        AcceptedGap acceptance = state.acceptance();
        JsonObject risk = new JsonObject();
        risk.addProperty("uuid", riskId);
        String practice = ElementNames.title(acceptance.getPractice());
        risk.addProperty("title", practice + " below target" + on(acceptance));
        risk.addProperty("description", "Gap accepted by " + acceptance.getAcceptedBy() + ".");
        risk.addProperty("statement", acceptance.getJustification());
        // an expired acceptance no longer approves anything: the risk is open again
        risk.addProperty("status", state.expired() ? "open" : "deviation-approved");
        risk.addProperty("deadline", Oscal.timestamp(Days.of(acceptance.getUntil())));
        Oscal.addProp(risk, "accepted-by", acceptance.getAcceptedBy());
        Oscal.addProp(risk, "accepted-until", Days.iso(acceptance.getUntil()));
        return risk;
    }

    private static JsonArray related(String riskId) {
        JsonObject reference = new JsonObject();
        reference.addProperty("risk-uuid", riskId);
        JsonArray related = new JsonArray();
        related.add(reference);
        return related;
    }

    private static String raises(Action action) {
        return "Raise " + ElementNames.title(action.getPractice()) + " to " + Oscal.level(action.getLevel())
                + on(action);
    }

    private static String on(Action action) {
        return action.getElements().isEmpty() ? "" : " on " + String.join(", ", action.getElements().stream()
                .map(ElementNames::label).toList());
    }

    private static String on(AcceptedGap acceptance) {
        return acceptance.getElements().isEmpty() ? "" : " on " + String.join(", ", acceptance.getElements().stream()
                .map(ElementNames::label).toList());
    }

    private static String subject(AcceptedGap acceptance) {
        return acceptance.getElements().isEmpty() ? "" : "." + String.join(",", acceptance.getElements().stream()
                .map(ElementNames::qualified).toList());
    }

    private static String planName(org.eclipse.emf.ecore.EObject element) {
        return element.eContainer() instanceof Plan plan ? plan.getName() : "plan";
    }
}
