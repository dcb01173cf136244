/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.report.oscal;

import java.time.LocalDate;
import java.util.Locale;

import org.twinscope.model.smm.CatalogElement;
import org.twinscope.model.smm.Comprehensiveness;
import org.twinscope.model.smm.Domain;
import org.twinscope.model.smm.Practice;
import org.twinscope.model.smm.SubDomain;
import org.twinscope.report.JsonReport;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** What the OSCAL documents share: the version, our namespace for properties, metadata, ids and JSON helpers. */
final class Oscal {

    /** The OSCAL version written (the newest whose schemas the tests validate against). */
    static final String VERSION = "1.1.1";
    /** Namespace of the properties OSCAL does not define (target levels, element names, ...). */
    static final String NS = "https://twinscope.org/ns/oscal";
    /** The levels in order, as parameter choices and values. */
    static final String[] LEVELS = { "none", "minimum", "ad-hoc", "consistent", "formalized" };

    private Oscal() {
    }

    /**
     * @param lastModified the analysis day: documents say what the model states as of that day, and exports of the
     *        same model on the same day are identical
     */
    static JsonObject metadata(String title, LocalDate lastModified, String remarks) {
        JsonObject metadata = new JsonObject();
        metadata.addProperty("title", title);
        metadata.addProperty("last-modified", timestamp(lastModified));
        metadata.addProperty("version", lastModified.toString());
        metadata.addProperty("oscal-version", VERSION);
        if (remarks != null) {
            metadata.addProperty("remarks", remarks);
        }
        return metadata;
    }

    static String timestamp(LocalDate day) {
        return day + "T00:00:00Z";
    }

    /** A property in our namespace; OSCAL property values are trimmed, one-line strings. */
    static JsonObject prop(String name, String value) {
        JsonObject prop = new JsonObject();
        prop.addProperty("name", name);
        prop.addProperty("ns", NS);
        prop.addProperty("value", value.strip().replaceAll("\\s+", " "));
        return prop;
    }

    static void addProp(JsonObject to, String name, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        if (!to.has("props")) {
            to.add("props", new JsonArray());
        }
        to.getAsJsonArray("props").add(prop(name, value));
    }

    static JsonObject part(String id, String name, String prose) {
        JsonObject part = new JsonObject();
        part.addProperty("id", id);
        part.addProperty("name", name);
        part.addProperty("prose", prose);
        return part;
    }

    /** A practice's control id: AccessControl is "access-control". */
    static String controlId(Practice practice) {
        return token(practice.getName());
    }

    /** The id of the practice's objective, which findings target. */
    static String objectiveId(Practice practice) {
        return controlId(practice) + "_obj";
    }

    static String levelParameter(Practice practice) {
        return controlId(practice) + "_level";
    }

    static String scopeParameter(Practice practice) {
        return controlId(practice) + "_scope";
    }

    /** Group ids say what they group, so that a sub-domain and a practice of the same name never collide. */
    static String groupId(CatalogElement element) {
        return (element instanceof Domain ? "domain-" : element instanceof SubDomain ? "subdomain-" : "")
                + token(element.getName());
    }

    static String level(Comprehensiveness level) {
        return JsonReport.level(level);
    }

    /** An OSCAL token from a camel-case name: lower case words joined by hyphens. */
    static String token(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").replaceAll("([A-Z])([A-Z][a-z])", "$1-$2")
                .toLowerCase(Locale.ROOT);
    }

    static JsonArray array(JsonObject... objects) {
        JsonArray array = new JsonArray();
        for (JsonObject object : objects) {
            array.add(object);
        }
        return array;
    }

    static String write(String rootName, JsonObject root) {
        JsonObject document = new JsonObject();
        document.add(rootName, root);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(document) + "\n";
    }
}
