/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.report.oscal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.twinscope.analysis.targets.EffectiveTarget;
import org.twinscope.analysis.targets.EffectiveTargets;
import org.twinscope.model.smm.Catalog;
import org.twinscope.model.smm.Practice;
import org.twinscope.model.smm.Profile;
import org.twinscope.model.smm.SmmPackage;
import org.twinscope.model.twin.SystemElement;
import org.twinscope.model.util.ElementNames;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * A Twinscope profile as an OSCAL profile, resolved: it imports the practices that it or a profile it extends
 * targets, and sets each one's level and scope parameters to the target that wins (the most specific, then the
 * nearest profile), with where the target comes from and why. Targets on elements have no place in OSCAL's
 * parameters and are stated as properties of the practice's setting.
 */
final class OscalProfile {

    private OscalProfile() {
    }

    /** Null for a profile that targets nothing: it would import nothing. */
    static String write(Profile profile, LocalDate asOf, Map<Catalog, String> catalogFiles) {
        EffectiveTargets targets = EffectiveTargets.of(profile);
        if (targets.practices().isEmpty()) {
            return null;
        }
        JsonObject root = new JsonObject();
        root.addProperty("uuid", OscalUuid.of("profile", OscalExport.qualifiedName(profile)));
        String extended = String.join(", ", profile.getExtends().stream().map(Profile::getName).toList());
        root.add("metadata", Oscal.metadata("SMM profile " + profile.getName()
                + (profile.getDescription() == null ? "" : ": " + profile.getDescription()), asOf,
                "Target levels of a Twinscope profile" + (profile.getSystem() == null ? ""
                        : " for the system " + profile.getSystem().getName())
                        + (extended.isEmpty() ? "" : ", with the targets it inherits from " + extended)
                        + ", resolved as Twinscope's analysis resolves them."));
        Map<Catalog, JsonArray> idsByCatalog = new LinkedHashMap<>();
        JsonArray settings = new JsonArray();
        for (Practice practice : targets.practices()) {
            Catalog catalog = catalogOf(practice);
            if (catalog == null || !catalogFiles.containsKey(catalog)) {
                continue;
            }
            idsByCatalog.computeIfAbsent(catalog, c -> new JsonArray()).add(Oscal.controlId(practice));
            Optional<EffectiveTarget> systemWide = targets.forPractice(practice);
            if (systemWide.isPresent()) {
                settings.add(setting(Oscal.levelParameter(practice), Oscal.level(systemWide.get().level()),
                        systemWide.get(), targets.elementTargets(practice)));
                if (systemWide.get().target().eIsSet(SmmPackage.Literals.TARGET__SCOPE)) {
                    settings.add(setting(Oscal.scopeParameter(practice), systemWide.get().scope().getName(), null,
                            Map.of()));
                }
            } else {
                // only element targets: the level parameter stays open, the targets are stated where they apply
                JsonObject setting = new JsonObject();
                setting.addProperty("param-id", Oscal.levelParameter(practice));
                elementTargets(setting, targets.elementTargets(practice));
                settings.add(setting);
            }
        }
        JsonArray imports = new JsonArray();
        idsByCatalog.forEach((catalog, ids) -> {
            JsonObject selection = new JsonObject();
            selection.add("with-ids", ids);
            JsonObject entry = new JsonObject();
            entry.addProperty("href", catalogFiles.get(catalog));
            JsonArray include = new JsonArray();
            include.add(selection);
            entry.add("include-controls", include);
            imports.add(entry);
        });
        root.add("imports", imports);
        JsonObject merge = new JsonObject();
        merge.addProperty("as-is", true);
        root.add("merge", merge);
        JsonObject modify = new JsonObject();
        modify.add("set-parameters", settings);
        root.add("modify", modify);
        return Oscal.write("profile", root);
    }

    private static JsonObject setting(String parameter, String value, EffectiveTarget target,
            Map<SystemElement, EffectiveTarget> onElements) {
        JsonObject setting = new JsonObject();
        setting.addProperty("param-id", parameter);
        if (target != null) {
            Oscal.addProp(setting, "target-source", target.provenance());
            Oscal.addProp(setting, "rationale", target.target().getRationale());
            elementTargets(setting, onElements);
        }
        JsonArray values = new JsonArray();
        values.add(value);
        setting.add("values", values);
        return setting;
    }

    private static void elementTargets(JsonObject setting, Map<SystemElement, EffectiveTarget> onElements) {
        onElements.forEach((element, target) -> Oscal.addProp(setting, "element-target",
                Oscal.level(target.level())
                        + (target.target().eIsSet(SmmPackage.Literals.TARGET__SCOPE) ? " (" + target.scope().getName()
                                + ")" : "")
                        + " on " + ElementNames.qualified(element) + " from " + target.provenance()));
    }

    static Catalog catalogOf(Practice practice) {
        for (EObject container = practice.eContainer(); container != null; container = container.eContainer()) {
            if (container instanceof Catalog catalog) {
                return catalog;
            }
        }
        return null;
    }

    static List<Practice> practicesOf(Catalog catalog) {
        return catalog.getDomains().stream().flatMap(d -> d.getSubDomains().stream())
                .flatMap(s -> s.getPractices().stream()).toList();
    }
}
