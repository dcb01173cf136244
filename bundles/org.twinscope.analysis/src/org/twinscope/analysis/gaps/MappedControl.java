/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.gaps;

import org.twinscope.model.smm.Comprehensiveness;
import org.twinscope.model.smm.ControlReference;
import org.twinscope.model.smm.MappingSet;

/**
 * A control of another framework that a mapping set relates to a practice at a level.
 *
 * @param mappingSet the mapping set (framework and version)
 * @param level the level of the practice the control belongs to
 * @param control the control's id and title
 */
public record MappedControl(MappingSet mappingSet, Comprehensiveness level, ControlReference control) {

    /**
     * "NIST Cybersecurity Framework 2.0 PR.AA (Identity Management, ...)", with the part and role a mapping set states:
     * "IEC 62443-3-3 SR 1.1 [asset owner]".
     */
    public String label() {
        String framework = mappingSet.getFramework() == null ? mappingSet.getName() : mappingSet.getFramework();
        String part = mappingSet.getPart() == null ? "" : "-" + mappingSet.getPart();
        String version = mappingSet.getFrameworkVersion() == null ? "" : " " + mappingSet.getFrameworkVersion();
        String title = control.getTitle() == null ? "" : " (" + control.getTitle() + ")";
        String role = mappingSet.isSetRole() ? " [" + mappingSet.getRole().getLiteral() + "]" : "";
        return framework + part + version + " " + control.getId() + title + role;
    }
}
