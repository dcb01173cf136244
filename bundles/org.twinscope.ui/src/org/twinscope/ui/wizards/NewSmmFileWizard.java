/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.wizards;

/** A new .smm file with a profile on top of the Twinscope starter profile and an empty assessment. */
public class NewSmmFileWizard extends NewFileWizard {

    public NewSmmFileWizard() {
        super("smm", "New Twinscope SMM File");
    }

    @Override
    String template(String name) {
        return """
                // Targets and assessments. Replace MySystem with the name of your system.
                profile Targets extends twinscope.DigitalTwinStarter for MySystem {
                	target AccessControl consistent scope system "why this level"
                }

                assessment FirstAssessment of MySystem against Targets {
                	rate AccessControl ad-hoc evidence "what shows the current level"
                }
                """;
    }
}
