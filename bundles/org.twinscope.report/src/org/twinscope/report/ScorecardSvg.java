/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.report;

import java.util.List;
import java.util.Locale;

import org.twinscope.analysis.gaps.AssessmentResult;
import org.twinscope.analysis.gaps.PracticeGap;
import org.twinscope.analysis.gaps.Status;
import org.twinscope.diagram.Markup;
import org.twinscope.model.util.ElementNames;

/**
 * The scorecard chart: per targeted practice (system-wide targets), a bar for the target level and a bar for the
 * current level on the 0-4 scale, as the SMM presents target and current state side by side.
 */
public final class ScorecardSvg {

    private static final int LABEL_WIDTH = 330;
    private static final int STEP = 70;
    private static final int ROW = 30;
    private static final int TOP = 52;

    private ScorecardSvg() {
    }

    public static String write(AssessmentResult assessment) {
        List<PracticeGap> gaps = assessment.listed();
        int width = LABEL_WIDTH + 4 * STEP + 40;
        int height = TOP + gaps.size() * ROW + 44; // two lines of legend
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"scorecard\" "
                + "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\">", width, height, width, height));
        svg.append("<title>").append(Markup.escape("Scorecard of " + assessment.assessment().getName()
                + ": target and current level per practice")).append("</title>");
        String[] levels = { "None", "Minimum", "Ad hoc", "Consistent", "Formalized" };
        for (int level = 0; level <= 4; level++) {
            int x = LABEL_WIDTH + level * STEP;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#ccc\"/>",
                    x, TOP - 10, x, height - 39));
            // the level's number above its name: side by side, the names of neighbouring levels run into each other
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">"
                    + "<tspan x=\"%d\">%d</tspan><tspan x=\"%d\" dy=\"13\">%s</tspan></text>", x, TOP - 30, x, level, x,
                    levels[level]));
        }
        int y = TOP;
        for (PracticeGap gap : gaps) {
            String title = GapText.subject(gap);
            svg.append("<g><title>").append(Markup.escape(title + ": target " + gap.target().level().getLiteral()
                    + ", current " + (gap.current() == null ? gap.status().label() : gap.current().getLiteral())
                    + " (" + gap.explanation() + ")")).append("</title>");
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"end\">%s"
                    + "</text>", LABEL_WIDTH - 8, y + 15, Markup.escape(title)));
            int target = gap.target().level().getValue() * STEP;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"9\" "
                    + "fill=\"#9bb7d4\"/>", LABEL_WIDTH, y + 3, Math.max(target, 2)));
            if (gap.current() != null) {
                int current = gap.current().getValue() * STEP;
                String color = gap.status() == Status.GAP ? "#d9534f"
                        : gap.status() == Status.PARTIALLY_ASSESSED ? "#e8963c" : "#3c9d5d";
                svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"9\" "
                        + "fill=\"%s\"/>", LABEL_WIDTH, y + 14, Math.max(current, 2), color));
            } else {
                svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\" fill=\"#777\">%s"
                        + "</text>", LABEL_WIDTH + 4, y + 23, Markup.escape(gap.status().label())));
            }
            svg.append("</g>");
            y += ROW;
        }
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"8\" fill=\"#9bb7d4\"/>"
                + "<text x=\"%d\" y=\"%d\" font-size=\"11\">target</text>"
                + "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"8\" fill=\"#3c9d5d\"/>"
                + "<text x=\"%d\" y=\"%d\" font-size=\"11\">current, met</text>"
                + "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"8\" fill=\"#d9534f\"/>"
                + "<text x=\"%d\" y=\"%d\" font-size=\"11\">current, gap</text>"
                + "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"8\" fill=\"#e8963c\"/>"
                + "<text x=\"%d\" y=\"%d\" font-size=\"11\">lowest element rating, partially assessed</text>",
                LABEL_WIDTH, height - 18, LABEL_WIDTH + 16, height - 10, LABEL_WIDTH + 70, height - 18,
                LABEL_WIDTH + 86, height - 10, LABEL_WIDTH + 170, height - 18, LABEL_WIDTH + 186, height - 10,
                LABEL_WIDTH, height - 32, LABEL_WIDTH + 16, height - 24));
        svg.append("</svg>");
        return svg.toString();
    }
}
