/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.wizards;

/** A new .twin file with one organization, a boundary, an asset, its twin and their synchronization. */
public class NewTwinFileWizard extends NewFileWizard {

    public NewTwinFileWizard() {
        super("twin", "New Twinscope System File");
    }

    @Override
    String template(String name) {
        return starterSystem(name);
    }

    /** A small, valid system named after the file, to start from. */
    static String starterSystem(String name) {
        String system = name.isEmpty() ? "MySystem" : Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return """
                // A digital twin system: who owns what, the assets, their twins and how they synchronize.
                system %s {
                	organization Operator role operator

                	boundary Site kind site owner Operator {
                		boundary Floor kind ot-zone {
                			asset Machine kind machine criticality medium
                		}
                		boundary Office kind it-zone {
                			twin MachineTwin represents Machine purpose monitoring fidelity medium
                		}
                	}

                	sync MachineFeed: Machine -> MachineTwin telemetry every 1 s fidelity sampled via "OPC UA"
                }
                """.formatted(system);
    }
}
