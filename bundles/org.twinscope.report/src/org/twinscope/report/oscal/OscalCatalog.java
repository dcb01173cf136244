/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.report.oscal;

import java.time.LocalDate;
import java.util.List;

import org.twinscope.analysis.criteria.PracticeCriteria;

import org.twinscope.model.smm.Catalog;
import org.twinscope.model.smm.Comprehensiveness;
import org.twinscope.model.smm.Criterion;
import org.twinscope.model.smm.Domain;
import org.twinscope.model.smm.Practice;
import org.twinscope.model.smm.SubDomain;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * An SMM catalog as an OSCAL catalog: domains and sub-domains as groups, practices as controls with their objective
 * and their criteria per level as parts, and the comprehensiveness level and scope as parameters that profiles set.
 */
final class OscalCatalog {

    private OscalCatalog() {
    }

    static String write(Catalog catalog, PracticeCriteria criteria, LocalDate asOf) {
        JsonObject root = new JsonObject();
        root.addProperty("uuid", OscalUuid.of("catalog", catalog.getName()));
        root.add("metadata", Oscal.metadata("SMM catalog " + catalog.getName()
                + (catalog.getDescription() == null ? "" : ": " + catalog.getDescription()), asOf,
                "The IIC IoT Security Maturity Model's structure as Twinscope loaded it (domains, sub-domains and "
                        + "practices); the descriptions are Twinscope's own words, not the model's published text."));
        JsonArray domains = new JsonArray();
        for (Domain domain : catalog.getDomains()) {
            JsonObject group = group(domain.getName(), Oscal.groupId(domain), "domain", domain.getTitle(),
                    domain.getDescription());
            JsonArray subDomains = new JsonArray();
            for (SubDomain subDomain : domain.getSubDomains()) {
                JsonObject sub = group(subDomain.getName(), Oscal.groupId(subDomain), "sub-domain",
                        subDomain.getTitle(), subDomain.getDescription());
                JsonArray controls = new JsonArray();
                subDomain.getPractices().forEach(p -> controls.add(control(p, criteria.of(p))));
                if (!controls.isEmpty()) {
                    sub.add("controls", controls);
                }
                subDomains.add(sub);
            }
            if (!subDomains.isEmpty()) {
                group.add("groups", subDomains);
            }
            domains.add(group);
        }
        if (!domains.isEmpty()) {
            root.add("groups", domains);
        }
        return Oscal.write("catalog", root);
    }

    private static JsonObject group(String name, String id, String kind, String title, String description) {
        JsonObject group = new JsonObject();
        group.addProperty("id", id);
        group.addProperty("class", kind);
        group.addProperty("title", title == null ? name : title);
        Oscal.addProp(group, "name", name);
        if (description != null && !description.isBlank()) {
            group.add("parts", Oscal.array(Oscal.part(id + "_ovw", "overview", description)));
        }
        return group;
    }

    /** A parameter whose value is one of the choices. */
    private static JsonObject choice(String id, String label, String... choices) {
        JsonObject parameter = new JsonObject();
        parameter.addProperty("id", id);
        parameter.addProperty("label", label);
        JsonObject select = new JsonObject();
        select.addProperty("how-many", "one");
        JsonArray values = new JsonArray();
        for (String choice : choices) {
            values.add(choice);
        }
        select.add("choice", values);
        parameter.add("select", select);
        return parameter;
    }

    private static JsonObject control(Practice practice, List<Criterion> criteria) {
        JsonObject control = new JsonObject();
        control.addProperty("id", Oscal.controlId(practice));
        control.addProperty("class", "practice");
        control.addProperty("title", practice.getTitle() == null ? practice.getName() : practice.getTitle());
        JsonObject level = choice(Oscal.levelParameter(practice), "comprehensiveness level", Oscal.LEVELS);
        JsonObject scope = choice(Oscal.scopeParameter(practice), "scope", "general", "industry", "system");
        control.add("params", Oscal.array(level, scope));
        Oscal.addProp(control, "name", practice.getName());
        String objective = practice.getObjective() != null && !practice.getObjective().isBlank()
                ? practice.getObjective()
                : "Reach the targeted comprehensiveness level {{ insert: param, " + Oscal.levelParameter(practice)
                        + " }} of " + control.get("title").getAsString() + ".";
        JsonArray parts = new JsonArray();
        parts.add(Oscal.part(Oscal.objectiveId(practice), "objective", objective));
        for (Comprehensiveness criteriaLevel : Comprehensiveness.VALUES) {
            List<Criterion> atLevel = criteria.stream().filter(c -> c.getLevel() == criteriaLevel).toList();
            if (atLevel.isEmpty()) {
                continue;
            }
            // one part per level, one item per criterion: what a rating at that level names with "met"
            String levelId = Oscal.controlId(practice) + "_" + Oscal.level(criteriaLevel);
            JsonObject levelPart = new JsonObject();
            levelPart.addProperty("id", levelId);
            levelPart.addProperty("name", "level-criteria");
            levelPart.addProperty("ns", Oscal.NS);
            levelPart.addProperty("title", criteriaLevel.getLiteral());
            Oscal.addProp(levelPart, "level", Oscal.level(criteriaLevel));
            JsonArray items = new JsonArray();
            for (Criterion criterion : atLevel) {
                JsonObject item = Oscal.part(levelId + "_" + Oscal.token(criterion.getName()), "item",
                        criterion.getText());
                Oscal.addProp(item, "criterion", criterion.getName());
                items.add(item);
            }
            levelPart.add("parts", items);
            parts.add(levelPart);
        }
        control.add("parts", parts);
        return control;
    }
}
