/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.report;

import static org.twinscope.diagram.Markup.escape;

import java.util.LinkedHashMap;
import java.util.Map;

import org.twinscope.diagram.Markup;

/**
 * Long texts of one page (descriptions, rationales, evidence): shown shortened where they occur, with their length
 * and a link to the full text, which the page holds once, at its end. A description of a megabyte would otherwise be
 * copied into every table and tooltip that names its element.
 */
final class LongTexts {

    /** Longest text shown in full in a table cell or paragraph. */
    static final int SHORT = 400;

    private final Map<String, String> anchors = new LinkedHashMap<>();

    /** The text escaped, shortened with a link to its full text when it is long. */
    String html(String text) {
        if (text == null || text.length() <= SHORT) {
            return escape(text);
        }
        String anchor = anchors.computeIfAbsent(text, t -> "text-" + (anchors.size() + 1));
        return escape(Markup.shorten(text, SHORT)) + " <a href=\"#" + anchor + "\">full text</a>";
    }

    /** The section with every long text in full, once; nothing when no text was long. */
    void write(StringBuilder html) {
        if (anchors.isEmpty()) {
            return;
        }
        html.append("<details class=\"section\" id=\"full-texts\"><summary>Full texts (").append(anchors.size())
                .append(")</summary>\n");
        anchors.forEach((text, anchor) -> html.append("<div class=\"full-text\" id=\"").append(anchor)
                .append("\"><p class=\"note\">").append(String.format(java.util.Locale.ROOT, "%,d", text.length()))
                .append(" characters</p><p>").append(escape(text)).append("</p></div>\n"));
        html.append("</details>\n");
    }
}
