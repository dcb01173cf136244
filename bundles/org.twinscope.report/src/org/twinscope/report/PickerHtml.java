/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.report;

import static org.twinscope.diagram.Markup.escape;

import org.twinscope.diagram.Legend;
import org.twinscope.diagram.SwitchableDiagram;
import org.twinscope.model.util.ElementNames;

/**
 * A system's scope diagram with its practice picker: radio buttons before the one drawing, and CSS rules that recolor
 * the drawing by the classes {@link SwitchableDiagram} gives its elements. No script, one copy of the drawing.
 */
final class PickerHtml {

    private PickerHtml() {
    }

    static void write(String group, SwitchableDiagram diagram, StringBuilder html) {
        html.append("<div class=\"picker\">\n");
        radio(group, "all", "pk-all", "all practices", true, html);
        for (int i = 0; i < diagram.practices().size(); i++) {
            radio(group, Integer.toString(i), "pk pk" + i, ElementNames.distinctTitleAtStart(diagram.practices().get(i)),
                    false, html);
        }
        html.append("<div class=\"canvas\">").append(diagram.svg()).append("</div>\n</div>\n");
    }

    private static void radio(String group, String suffix, String classes, String title, boolean checked,
            StringBuilder html) {
        String id = group + "-" + suffix;
        html.append("<input type=\"radio\" name=\"").append(group).append("\" id=\"").append(id).append("\" class=\"")
                .append(classes).append('"').append(checked ? " checked" : "").append("><label for=\"").append(id)
                .append("\">").append(escape(title)).append("</label>\n");
    }

    /**
     * The rules for pickers of up to {@code practices} practices: a picked practice first makes every element
     * neutral, then colors those where it applies by their status for it, dims the other badges, hides the gap
     * marks (they count all practices) and shows the practice's title.
     */
    static String style(int practices) {
        StringBuilder css = new StringBuilder(4_096);
        css.append(".picker>input{position:absolute;opacity:0}")
                .append(".picker>label{display:inline-block;padding:.2em .6em;margin:0 .2em .3em 0;")
                .append("border:1px solid #ccc;border-radius:3px;cursor:pointer;font-size:.85em;background:#f7f7f7}")
                .append(".picker>input:checked+label{background:#1f3b57;color:#fff;border-color:#1f3b57}")
                .append(".picker>input:focus-visible+label{outline:2px solid #2e6aa8}")
                .append(".picker>.canvas{overflow:auto;border:1px solid #ddd;margin-top:.3em;max-height:90vh}\n")
                .append(".pk:checked~.canvas :where(.asset,.twin,.actor,.boundary,.collapsed-boundary,.link){--f:")
                .append(Legend.fill("")).append(";--s:").append(Legend.stroke("")).append(";--m:url(#arrow-none)}")
                .append(".pk:checked~.canvas :where(.asset,.twin,.actor,.boundary,.collapsed-boundary)")
                .append(">rect:first-of-type{fill:var(--f)}")
                .append(".pk:checked~.canvas :where(.asset,.twin,.actor,.boundary,.collapsed-boundary)>rect")
                .append("{stroke:var(--s)}")
                .append(".pk:checked~.canvas .link>path{stroke:var(--s);marker-end:var(--m)}")
                .append(".pk:checked~.canvas .link.both>path{marker-start:var(--m)}")
                .append(".pk:checked~.canvas g>circle,.pk:checked~.canvas g>circle+text{display:none}")
                .append(".pk:checked~.canvas .badge{opacity:.25}.pk:checked~.canvas .title-all{display:none}\n");
        for (int i = 0; i < practices; i++) {
            for (String status : SwitchableDiagram.STATUSES) {
                css.append(".pk").append(i).append(":checked~.canvas .")
                        .append(SwitchableDiagram.stateClass(i, status)).append("{--f:").append(Legend.fill(status))
                        .append(";--s:").append(Legend.stroke(status)).append(";--m:url(#arrow-").append(status)
                        .append(")}");
            }
            css.append(".pk").append(i).append(":checked~.canvas .").append(SwitchableDiagram.badgeClass(i))
                    .append("{opacity:1}.pk").append(i).append(":checked~.canvas .")
                    .append(SwitchableDiagram.titleClass(i)).append("{display:inline}\n");
        }
        return css.toString();
    }
}
