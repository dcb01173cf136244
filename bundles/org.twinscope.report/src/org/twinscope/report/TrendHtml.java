/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.report;

import static org.twinscope.diagram.Markup.escape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.twinscope.analysis.SystemAnalysis;
import org.twinscope.analysis.gaps.AssessmentResult;
import org.twinscope.analysis.gaps.PracticeGap;
import org.twinscope.analysis.history.AssessmentStep;
import org.twinscope.analysis.history.PracticeChange;

/**
 * The report's trend section: one row per practice (system-wide, and at elements with their own target or rating)
 * with its level in each assessment, oldest first, a small chart of the levels over time against the target, and how
 * it changed in the latest step.
 */
final class TrendHtml {

    private static final int WIDTH = 140;
    private static final int HEIGHT = 30;
    private static final int PAD = 4;

    private TrendHtml() {
    }

    static void write(SystemAnalysis system, StringBuilder html) {
        if (system.history().isEmpty()) {
            return;
        }
        List<AssessmentResult> assessments = system.assessments();
        AssessmentStep latest = system.latestStep();
        html.append("<details class=\"section\"><summary>Trend over ").append(assessments.size())
                .append(" assessments</summary>\n<p class=\"note\">Current levels per assessment, oldest first by date; each "
                + "assessment is judged against the profile it names. The chart shows the levels (solid) against "
                + "the target (dashed), 0 at the bottom, 4 at the top. Latest step: ")
                .append(escape(latest.summary())).append(".</p>\n<table><tr><th>Practice</th>");
        for (AssessmentResult assessment : assessments) {
            html.append("<th>").append(escape(assessment.assessment().getName())).append("</th>");
        }
        html.append("<th>Over time</th><th>Latest change</th></tr>\n");
        Map<String, PracticeGap[]> rows = rows(assessments);
        Map<String, PracticeChange> changes = new LinkedHashMap<>();
        latest.changes().forEach(c -> changes.put(GapText.subject(c.after() != null ? c.after() : c.before()), c));
        for (Map.Entry<String, PracticeGap[]> row : rows.entrySet()) {
            html.append("<tr><td>").append(escape(row.getKey())).append("</td>");
            for (PracticeGap gap : row.getValue()) {
                html.append("<td>").append(gap == null ? "" : escape(gap.current() == null ? gap.status().label()
                        : gap.current().getLiteral())).append("</td>");
            }
            PracticeChange change = changes.get(row.getKey());
            html.append("<td>").append(chart(row.getValue())).append("</td><td>")
                    .append(change == null ? "" : escape(change.change().label() + " (" + change.describe() + ")"))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n</details>\n");
    }

    /**
     * Results by practice label, one slot per assessment: the practices any assessment lists, and in each assessment
     * its result there, listed or not (an element without a rating of its own still has the system's).
     */
    private static Map<String, PracticeGap[]> rows(List<AssessmentResult> assessments) {
        Map<String, PracticeGap> keys = new LinkedHashMap<>();
        for (AssessmentResult assessment : assessments) {
            assessment.listed().forEach(g -> keys.putIfAbsent(GapText.subject(g), g));
        }
        Map<String, PracticeGap[]> rows = new LinkedHashMap<>();
        keys.forEach((label, key) -> {
            PracticeGap[] row = new PracticeGap[assessments.size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = assessments.get(i).gapFor(key.practice(), key.element());
            }
            rows.put(label, row);
        });
        return rows;
    }

    private static String chart(PracticeGap[] results) {
        double step = results.length > 1 ? (WIDTH - 2.0 * PAD) / (results.length - 1) : 0;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\">", WIDTH, HEIGHT, WIDTH, HEIGHT));
        List<String> levels = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        for (int i = 0; i < results.length; i++) {
            PracticeGap gap = results[i];
            if (gap == null) {
                continue;
            }
            double x = PAD + i * step;
            targets.add(point(x, gap.target().level().getValue()));
            if (gap.current() != null) {
                levels.add(point(x, gap.current().getValue()));
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"#1f3b57\"/>",
                        x, y(gap.current().getValue())));
            }
        }
        if (targets.size() > 1) {
            svg.append("<polyline fill=\"none\" stroke=\"#9bb7d4\" stroke-dasharray=\"3 2\" points=\"")
                    .append(String.join(" ", targets)).append("\"/>");
        }
        if (levels.size() > 1) {
            svg.append("<polyline fill=\"none\" stroke=\"#1f3b57\" stroke-width=\"1.5\" points=\"")
                    .append(String.join(" ", levels)).append("\"/>");
        }
        return svg.append("</svg>").toString();
    }

    private static String point(double x, int level) {
        return String.format(Locale.ROOT, "%.1f,%.1f", x, y(level));
    }

    private static double y(int level) {
        return HEIGHT - PAD - level * (HEIGHT - 2.0 * PAD) / 4;
    }
}
