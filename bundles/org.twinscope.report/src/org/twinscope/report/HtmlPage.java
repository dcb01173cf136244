/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.report;

import static org.twinscope.diagram.Markup.escape;

import java.util.Map;

import org.twinscope.diagram.SwitchableDiagram;

/**
 * The frame of every report page: head with the style sheet and body. A report of one system is one file with its
 * style inline; the pages of several share one style sheet beside the index.
 */
final class HtmlPage {

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;padding:1em 2em;color:#222;
            max-width:1400px}
            h1{font-size:1.6em;margin:.4em 0}h2{margin-top:2em;border-bottom:2px solid #1f3b57;padding-bottom:.2em}
            h3{margin:1.2em 0 .4em}a{color:#1f5b8f}
            table{border-collapse:collapse;margin:.6em 0;font-size:.9em}
            th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}
            th{background:#f0f3f7}
            table.summary td.num,table.summary th.num{text-align:right;min-width:3.5em}
            table.summary th.group{text-align:center}table.summary th.system{background:#fff}
            table.summary td.gap3{background:#e8a09b;font-weight:bold}table.summary td.gap2{background:#f5c6c4}
            table.summary td.gap1{background:#fbe3e1}
            .bar{display:inline-block;width:60px;height:.6em;background:#e6e6e6;border-radius:3px;overflow:hidden;
            vertical-align:middle}.bar>i{display:block;height:100%;background:#1e8449}
            .up{color:#1e8449}.down{color:#c0392b;font-weight:bold}
            .overall{font-size:1.1em}.crumbs{margin:0;font-size:.9em}
            details{margin:.4em 0}details.section{border:1px solid #d5dbe3;border-radius:4px;padding:.2em .8em}
            summary{cursor:pointer;padding:.2em 0}details.section>summary{font-weight:600;color:#1f3b57}
            table.matrix td{text-align:center;min-width:1.6em}table.matrix td.sl{font-size:.85em;white-space:nowrap;
            border-right:3px double #1f3b57}p.criteria{margin:0 0 .3em}
            table.matrix th.practice{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap}
            .met{background:#cfe9d6}.gap{background:#f5c6c4}.not-assessed{background:#fbe7b5}
            .not-applicable,.overridden{background:#ddd}.untargeted{background:#e3ecf7}
            .partially-assessed{background:#fde0c2}
            .legend span{display:inline-block;padding:.1em .6em;margin-right:.5em;border:1px solid #ccc}
            .note{color:#555;font-size:.9em}.suggestion{font-style:italic}
            .full-text p{white-space:pre-wrap;overflow-wrap:anywhere}dl.rules dt{font-weight:600}
            dl.rules dd{margin:0 0 .4em 1.5em}
            """;

    private HtmlPage() {
    }

    /** The file of the style sheet that the pages of a report of several systems share. */
    static final String STYLE_SHEET = "report.css";

    /** The head with the style sheet inline, and the start of the body; the picker's rules only with diagrams. */
    static StringBuilder start(String title, Map<String, SwitchableDiagram> diagrams) {
        return head(title).append("<style>").append(style(diagrams)).append("</style></head><body>\n");
    }

    /** The head linking to the shared style sheet, and the start of the body. */
    static StringBuilder start(String title, String styleSheet) {
        return head(title).append("<link rel=\"stylesheet\" href=\"").append(escape(styleSheet))
                .append("\"></head><body>\n");
    }

    /** The style sheet of pages with these diagrams. */
    static String style(Map<String, SwitchableDiagram> diagrams) {
        int practices = diagrams.values().stream().mapToInt(d -> d.practices().size()).max().orElse(-1);
        return practices < 0 ? STYLE : STYLE + PickerHtml.style(practices);
    }

    private static StringBuilder head(String title) {
        StringBuilder html = new StringBuilder(64 * 1024);
        return html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(escape(title)).append("</title>");
    }

    static String end(StringBuilder html) {
        return html.append("</body></html>\n").toString();
    }
}
