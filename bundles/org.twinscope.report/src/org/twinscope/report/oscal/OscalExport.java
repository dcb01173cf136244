/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.report.oscal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.twinscope.analysis.AnalysisResult;
import org.twinscope.analysis.SystemAnalysis;
import org.twinscope.analysis.criteria.PracticeCriteria;
import org.twinscope.analysis.gaps.AssessmentResult;
import org.twinscope.model.smm.Catalog;
import org.twinscope.model.smm.CriteriaSet;
import org.twinscope.model.smm.Profile;
import org.twinscope.model.smm.SmmModel;
import org.twinscope.model.twin.NamedElement;
import org.twinscope.report.OutputFolder;

/**
 * The model as NIST OSCAL documents (JSON, OSCAL {@value Oscal#VERSION}), one file each: every loaded SMM catalog
 * (with the per-level criteria the model gives its practices, the catalog's own and those of criteria sets),
 * every profile that targets something, every assessment's results and every system's plan of action and
 * milestones. UUIDs are derived from names, and dates from the analysis day, so that exports of the same model on
 * the same day are byte for byte identical.
 */
public final class OscalExport {

    private OscalExport() {
    }

    /**
     * The documents by file name, in the order catalogs, profiles, assessment results, POA&Ms.
     *
     * @param resources the files the model was read from, with the built-in library (for catalogs and profiles)
     */
    public static Map<String, String> contents(AnalysisResult result, Iterable<? extends Resource> resources,
            LocalDate asOf) {
        List<Catalog> catalogs = new ArrayList<>();
        List<Profile> profiles = new ArrayList<>();
        List<CriteriaSet> criteriaSets = new ArrayList<>();
        for (Resource resource : resources) {
            for (EObject root : resource.getContents()) {
                if (root instanceof SmmModel smm) {
                    catalogs.addAll(smm.getCatalogs());
                    profiles.addAll(smm.getProfiles());
                    criteriaSets.addAll(smm.getCriteriaSets());
                }
            }
        }
        Map<String, String> files = new LinkedHashMap<>();
        Map<Catalog, String> catalogFiles = new LinkedHashMap<>();
        PracticeCriteria criteria = PracticeCriteria.of(criteriaSets);
        for (Catalog catalog : catalogs) {
            String file = "catalog-" + fileName(qualifiedName(catalog)) + ".json";
            catalogFiles.put(catalog, file);
            files.put(file, OscalCatalog.write(catalog, criteria, asOf));
        }
        Map<Profile, String> profileFiles = new LinkedHashMap<>();
        for (Profile profile : profiles) {
            String document = OscalProfile.write(profile, asOf, catalogFiles);
            if (document != null) {
                String file = "profile-" + fileName(qualifiedName(profile)) + ".json";
                profileFiles.put(profile, file);
                files.put(file, document);
            }
        }
        for (SystemAnalysis system : result.systems()) {
            for (AssessmentResult assessment : system.assessments()) {
                files.put("assessment-results-" + fileName(qualifiedName(assessment.assessment())) + ".json",
                        OscalAssessmentResults.write(system, assessment, asOf, profileFiles.get(assessment.profile()),
                                assessment == system.latestAssessment()));
            }
        }
        for (SystemAnalysis system : result.systems()) {
            String poam = OscalPoam.write(system, asOf);
            if (poam != null) {
                files.put("poam-" + fileName(system.system().getName()) + ".json", poam);
            }
        }
        return files;
    }

    /** Writes the documents into a folder as the report does: only files of ours are replaced. */
    public static void write(Map<String, String> documents, Path folder, boolean force) throws IOException {
        new OutputFolder(folder, force).write(documents);
    }

    /** "bottling.BottlingTargets": the package of the .smm file and the name. */
    static String qualifiedName(NamedElement element) {
        for (EObject container = element.eContainer(); container != null; container = container.eContainer()) {
            if (container instanceof SmmModel smm && smm.getName() != null) {
                return smm.getName() + "." + element.getName();
            }
        }
        return element.getName();
    }

    /** Names are identifiers with dots; anything else becomes a hyphen, so a name never leaves the folder. */
    private static String fileName(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "-");
    }
}
