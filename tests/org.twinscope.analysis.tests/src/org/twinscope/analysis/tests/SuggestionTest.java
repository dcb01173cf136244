/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.twinscope.analysis.suggestions.Suggestion;
import org.twinscope.model.smm.Comprehensiveness;

/** Untargeted applicable practices get a suggested level from the facts; targeted ones get none. */
class SuggestionTest {

    @Test
    void actuationAcrossOrganizationsSuggestsConsistentAccessControl() {
        Fixture fixture = Fixture.of("""
                system S {
                	organization Owner
                	organization Vendor
                	boundary Site owner Owner { asset Robot }
                	boundary Cloud owner Vendor { twin RobotTwin represents Robot }
                	sync Drive: RobotTwin -> Robot commands on-demand
                	actor service VendorControl of Vendor operates Robot
                }
                """, "profile P for S { target Monitoring ad-hoc }");
        Map<String, Suggestion> suggestions = fixture.system().suggestions().stream()
                .collect(Collectors.toMap(s -> s.practice().getName(), s -> s));
        Suggestion access = suggestions.get("AccessControl");
        assertEquals(Comprehensiveness.CONSISTENT, access.level());
        assertTrue(access.reasons().get(0).contains("RobotTwin sends commands to Robot"), access.reasons().toString());
        assertTrue(!suggestions.containsKey("Monitoring"), "Monitoring is targeted");
        assertEquals(Comprehensiveness.CONSISTENT, suggestions.get("SecurityProgramManagement").level(),
                "the vendor commands another organization's robot");
    }

    @Test
    void ordinaryElementsSuggestAdHoc() {
        Fixture fixture = Fixture.of("""
                system S { organization Owner boundary Site owner Owner { asset Pump twin PumpTwin represents Pump } }
                """, "");
        for (Suggestion suggestion : fixture.system().suggestions()) {
            assertEquals(Comprehensiveness.AD_HOC, suggestion.level(), suggestion.practice().getName());
        }
        assertEquals(8, fixture.system().suggestions().size(),
                "the governance practices of the one organization, patching and scanning of the twin");
    }
}
