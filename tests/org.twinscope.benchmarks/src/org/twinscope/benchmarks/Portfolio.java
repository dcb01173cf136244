/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the portfolio of a team that models all its systems: N small systems of 65 elements each (3 organizations,
 * 4 boundaries, 24 assets, 9 twins, 24 synchronizations, 1 actor), each with one profile and one assessment. The same
 * content is written either as one file per system and one .smm per system (what such a team keeps in version
 * control) or as two files (all systems, all profiles and assessments), so that the two layouts' reading times can be
 * compared: the only difference is the number of files. Public for the workbench tests, which build the same
 * portfolio with the Eclipse builder.
 */
public final class Portfolio {

    /** System elements per system: what the measurements name "systems of 65 elements". */
    public static final int ELEMENTS_PER_SYSTEM = 65;

    private static final int CELLS = 8;

    private Portfolio() {
    }

    /** The name of the i-th system. */
    public static String systemName(int i) {
        return "Line" + i;
    }

    /** Writes the portfolio of the given number of systems into the folder as 2 files (one .twin, one .smm). */
    public static void writeTwoFiles(Path folder, int systems) throws IOException {
        Files.createDirectories(folder);
        StringBuilder twin = new StringBuilder(systems * 4_000);
        StringBuilder smm = new StringBuilder(systems * 600);
        for (int i = 0; i < systems; i++) {
            twin.append(system(i));
            smm.append(targetsAndAudit(i));
        }
        Files.writeString(folder.resolve("systems.twin"), twin);
        Files.writeString(folder.resolve("maturity.smm"), smm);
    }

    /** Writes the same portfolio as one .twin and one .smm file per system (2 files per system). */
    public static void writeFilePerSystem(Path folder, int systems) throws IOException {
        Files.createDirectories(folder.resolve("systems"));
        Files.createDirectories(folder.resolve("maturity"));
        for (int i = 0; i < systems; i++) {
            Files.writeString(folder.resolve("systems").resolve(systemName(i) + ".twin"), system(i));
            Files.writeString(folder.resolve("maturity").resolve(systemName(i) + ".smm"), targetsAndAudit(i));
        }
    }

    /** One system of 65 elements: an operator's line with a vendor's fleet twin in a cloud. */
    public static String system(int i) {
        StringBuilder text = new StringBuilder(4_000);
        text.append("system ").append(systemName(i)).append(" {\n")
                .append("\torganization Operator role operator\n\torganization Vendor role vendor\n")
                .append("\torganization Cloud role cloud-provider\n")
                .append("\tboundary VendorCloud kind cloud owner Vendor hosted-by Cloud {\n")
                .append("\t\ttwin Fleet aggregates Twin0 fidelity medium\n\t}\n")
                .append("\tboundary Site kind site owner Operator {\n\t\tboundary Zone kind ot-zone {\n");
        for (int c = 0; c < CELLS; c++) {
            text.append("\t\t\tasset Machine").append(c).append(" kind machine criticality high")
                    .append(c == 0 ? " safety-relevant" : "").append('\n')
                    .append("\t\t\tasset Plc").append(c).append(" kind controller\n")
                    .append("\t\t\tasset Sensor").append(c).append(" kind sensor\n");
        }
        text.append("\t\t}\n\t\tboundary It kind it-zone {\n");
        for (int c = 0; c < CELLS; c++) {
            text.append("\t\t\ttwin Twin").append(c).append(" represents Machine").append(c).append(", Plc")
                    .append(c).append(" purpose monitoring fidelity high\n");
        }
        text.append("\t\t}\n\t}\n\tactor person Engineer of Vendor reads Twin0\n");
        for (int c = 0; c < CELLS; c++) {
            text.append("\tsync Feed").append(c).append(": Sensor").append(c).append(" -> Twin").append(c)
                    .append(" telemetry every 100 ms fidelity raw\n")
                    .append("\tsync State").append(c).append(": Plc").append(c).append(" -> Twin").append(c)
                    .append(" telemetry on-change\n")
                    .append("\tsync Command").append(c).append(": Twin").append(c).append(" -> Plc").append(c)
                    .append(" commands on-demand\n");
        }
        return text.append("}\n").toString();
    }

    /** The system's profile and assessment. */
    public static String targetsAndAudit(int i) {
        String system = systemName(i);
        return "profile " + system + "Targets extends twinscope.DigitalTwinStarter for " + system + " {\n"
                + "\ttarget AccessControl consistent scope system\n"
                + "\ttarget ThreatModeling formalized on Twin0, Machine0\n"
                + "}\n"
                + "assessment " + system + "Audit of " + system + " against " + system + "Targets {\n"
                + "\trate AccessControl " + (i % 3 == 0 ? "consistent" : "ad-hoc") + "\n"
                + "\trate ThreatModeling consistent on Twin0, Machine0\n"
                + "\trate Monitoring minimum\n"
                + "}\n";
    }
}
