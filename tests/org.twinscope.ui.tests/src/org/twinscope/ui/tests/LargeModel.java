/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.tests;

/** A synthetic system of about the given number of elements: sites of machines, their twins and links. */
final class LargeModel {

    private LargeModel() {
    }

    static String text(int elements) {
        int cells = elements / 7;
        StringBuilder text = new StringBuilder("system Large {\n\torganization Operator\n\torganization Vendor\n");
        text.append("\tboundary Cloud kind cloud owner Vendor {\n\t\ttwin Fleet aggregates Twin0\n\t}\n");
        for (int site = 0; site * 50 < cells; site++) {
            text.append("\tboundary Site").append(site).append(" kind site owner Operator {\n");
            for (int c = site * 50; c < Math.min(cells, site * 50 + 50); c++) {
                text.append("\t\tasset Machine").append(c).append(" kind machine\n\t\tasset Plc").append(c)
                        .append(" kind controller\n\t\tasset Sensor").append(c).append(" kind sensor\n\t\ttwin Twin")
                        .append(c).append(" represents Machine").append(c).append(", Plc").append(c).append('\n');
            }
            text.append("\t}\n");
        }
        for (int c = 0; c < cells; c++) {
            text.append("\tsync Feed").append(c).append(": Sensor").append(c).append(" -> Twin").append(c)
                    .append(" every 100 ms\n\tsync State").append(c).append(": Plc").append(c).append(" -> Twin")
                    .append(c).append(" on-change\n\tsync Command").append(c).append(": Twin").append(c)
                    .append(" -> Plc").append(c).append(" commands on-demand\n");
        }
        text.append("}\n");
        return text.toString();
    }
}
