/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.benchmarks;

/**
 * Writes a large but realistic twin system: sites of an operator with OT zones of machines, controllers and sensors,
 * a twin per machine, telemetry and commands, vendor fleet twins in a cloud, and a profile with an assessment.
 */
final class SyntheticSystem {

    /** Elements per cell: 3 assets, 1 twin, 3 synchronizations. */
    static final int ELEMENTS_PER_CELL = 7;

    private SyntheticSystem() {
    }

    /** A system of about the given number of elements. */
    static String twin(int elements) {
        int cells = Math.max(1, elements / ELEMENTS_PER_CELL);
        int sites = (cells + 49) / 50;
        StringBuilder text = new StringBuilder(elements * 80);
        text.append("system Big {\n\torganization Operator role operator\n\torganization Vendor role vendor\n")
                .append("\torganization Cloud role cloud-provider\n");
        text.append("\tboundary VendorCloud kind cloud owner Vendor hosted-by Cloud {\n");
        for (int s = 0; s < sites; s++) {
            text.append("\t\ttwin Fleet").append(s).append(" aggregates Twin").append(s * 50).append(" fidelity medium\n");
        }
        text.append("\t}\n");
        for (int s = 0; s < sites; s++) {
            text.append("\tboundary Site").append(s).append(" kind site owner Operator {\n");
            text.append("\t\tboundary Zone").append(s).append(" kind ot-zone {\n");
            for (int c = s * 50; c < Math.min(cells, (s + 1) * 50); c++) {
                text.append("\t\t\tasset Machine").append(c).append(" kind machine criticality high")
                        .append(c % 7 == 0 ? " safety-relevant" : "").append('\n');
                text.append("\t\t\tasset Plc").append(c).append(" kind controller\n");
                text.append("\t\t\tasset Sensor").append(c).append(" kind sensor\n");
            }
            text.append("\t\t}\n\t\tboundary It").append(s).append(" kind it-zone {\n");
            for (int c = s * 50; c < Math.min(cells, (s + 1) * 50); c++) {
                text.append("\t\t\ttwin Twin").append(c).append(" represents Machine").append(c).append(", Plc")
                        .append(c).append(" purpose monitoring fidelity high\n");
            }
            text.append("\t\t}\n\t}\n");
            text.append("\tactor service Control").append(s).append(" of Operator operates Plc").append(s * 50)
                    .append("\n\tactor person Engineer").append(s).append(" of Vendor reads Twin").append(s * 50)
                    .append('\n');
        }
        for (int c = 0; c < cells; c++) {
            text.append("\tsync Feed").append(c).append(": Sensor").append(c).append(" -> Twin").append(c)
                    .append(" telemetry every 100 ms fidelity raw\n");
            text.append("\tsync State").append(c).append(": Plc").append(c).append(" -> Twin").append(c)
                    .append(" telemetry on-change\n");
            text.append("\tsync Command").append(c).append(": Twin").append(c).append(" -> Plc").append(c)
                    .append(" commands on-demand\n");
        }
        text.append("}\n");
        return text.toString();
    }

    static String smm() {
        return """
                profile Targets extends twinscope.DigitalTwinStarter for Big {
                	target AccessControl consistent scope system
                	target ThreatModeling formalized on Twin0, Machine0
                }
                assessment Audit of Big against Targets {
                	rate AccessControl ad-hoc
                	rate ThreatModeling consistent on Twin0, Machine0
                	rate Monitoring minimum
                }
                """;
    }
}
