/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.report;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.twinscope.analysis.AnalysisResult;
import org.twinscope.analysis.SystemAnalysis;
import org.twinscope.analysis.gaps.AssessmentResult;
import org.twinscope.analysis.gaps.PracticeGap;
import org.twinscope.analysis.history.AssessmentStep;
import org.twinscope.analysis.history.PracticeChange;
import org.twinscope.model.smm.Practice;
import org.twinscope.model.twin.SystemElement;
import org.twinscope.model.smm.SmmPackage;
import org.twinscope.model.util.ElementNames;

/** One row per targeted practice and assessment (RFC 4180), for spreadsheets. */
public final class CsvReport {

    private static final List<String> HEADER = List.of("system", "assessment", "profile", "practice", "element",
            "target_level", "target_scope", "current_level", "current_scope", "status", "level_gap", "scope_gap",
            "coverage", "previous_level", "change", "target_from", "explanation", "evidence");

    private CsvReport() {
    }

    public static String write(AnalysisResult result) {
        StringBuilder out = new StringBuilder();
        row(out, HEADER);
        for (SystemAnalysis system : result.systems()) {
            for (AssessmentResult assessment : system.assessments()) {
                Map<String, PracticeChange> changes = changesInto(system, assessment);
                for (PracticeGap gap : assessment.listed()) {
                    PracticeChange change = changes.get(key(gap.practice(), gap.element()));
                    row(out, Arrays.asList(system.system().getName(), assessment.assessment().getName(),
                            assessment.profile() == null ? "" : assessment.profile().getName(),
                            gap.practice().getName(),
                            gap.element() == null ? "" : ElementNames.qualified(gap.element()),
                            JsonReport.level(gap.target().level()),
                            gap.target().target().eIsSet(SmmPackage.Literals.TARGET__SCOPE)
                                    ? gap.target().scope().getName() : "",
                            gap.current() == null ? "" : JsonReport.level(gap.current()),
                            gap.current() == null ? "" : gap.scopeStated() ? gap.currentScope().getName()
                                    : "not stated",
                            gap.status().label(), String.valueOf(gap.levelGap()), String.valueOf(gap.scopeGap()),
                            gap.coverage() == null ? "" : gap.coverage().rated() + "/" + gap.coverage().applicable(),
                            change == null ? "" : change.levelBefore() == null ? "" : JsonReport.level(
                                    change.levelBefore()),
                            change == null ? "" : change.change().label(),
                            gap.target().provenance(), gap.explanation(), gap.evidence()));
                }
            }
        }
        return out.toString();
    }

    /** The changes from the assessment before this one (by date), by practice and element. */
    private static Map<String, PracticeChange> changesInto(SystemAnalysis system, AssessmentResult assessment) {
        Map<String, PracticeChange> changes = new HashMap<>();
        for (AssessmentStep step : system.history()) {
            if (step.latest() == assessment) {
                step.changes().forEach(c -> changes.put(key(c.practice(), c.element()), c));
            }
        }
        return changes;
    }

    private static String key(Practice practice, SystemElement element) {
        return practice.getName() + "|" + (element == null ? "" : ElementNames.qualified(element));
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String quote(String value) {
        if (value == null) {
            return "";
        }
        // a leading =, +, - or @ would make spreadsheets evaluate the cell as a formula
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
