/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.twinscope.analysis.targets.ProfileConflicts;
import org.twinscope.analysis.targets.TargetConflict;
import org.twinscope.model.smm.Profile;

/** A profile extending two profiles that disagree on a practice and elements, unless it decides itself. */
class ProfileConflictsTest {

    private static final String SYSTEM = """
            system S {
            	organization A
            	boundary Plant owner A { asset Pump asset Valve twin PumpTwin represents Pump, Valve }
            }
            """;

    private static List<TargetConflict> conflicts(String profiles) {
        Fixture fixture = Fixture.of(SYSTEM, "package p\n" + profiles);
        Profile child = fixture.input().profiles().stream().filter(p -> p.getName().equals("Child")).findFirst()
                .orElseThrow();
        return ProfileConflicts.of(child);
    }

    @Test
    void differentLevelsFromTwoParentsConflict() {
        List<TargetConflict> conflicts = conflicts("""
                profile First { target AccessControl consistent target Monitoring ad-hoc }
                profile Second { target AccessControl ad-hoc target Monitoring ad-hoc }
                profile Child extends First, Second for S { }
                """);
        assertEquals(1, conflicts.size(), conflicts.toString());
        TargetConflict conflict = conflicts.get(0);
        assertEquals("AccessControl", conflict.practice().getName());
        assertEquals("First", conflict.firstParent().getName());
        assertEquals("Second", conflict.secondParent().getName());
        assertEquals("First", conflict.winner().source().getName(), "the order of extends decides today");
        assertTrue(conflict.message().contains("Consistent from First and Ad hoc from Second"), conflict.message());
    }

    @Test
    void aScopeAskedByOneParentOnlyIsAConflictToo() {
        assertEquals(1, conflicts("""
                profile First { target AccessControl ad-hoc scope industry }
                profile Second { target AccessControl ad-hoc }
                profile Child extends First, Second { }
                """).size());
    }

    @Test
    void aTargetInheritedFromACommonAncestorIsNoConflict() {
        assertEquals(List.of(), conflicts("""
                profile Base { target AccessControl consistent }
                profile First extends Base { }
                profile Second extends Base { target Monitoring minimum }
                profile Child extends First, Second { }
                """));
    }

    @Test
    void theChildsOwnTargetSettlesIt() {
        assertEquals(List.of(), conflicts("""
                profile First { target AccessControl consistent }
                profile Second { target AccessControl ad-hoc }
                profile Child extends First, Second { target AccessControl consistent "card data" }
                """));
    }

    @Test
    void aSubDomainTargetOfTheChildThatLosesToAParentsPracticeTargetSettlesNothing() {
        assertEquals(1, conflicts("""
                profile First { target AccessControl consistent }
                profile Second { target AccessControl ad-hoc }
                profile Child extends First, Second { target IdentityAndAccessManagement formalized }
                """).size(), "a parent's practice target still wins over the child's sub-domain target");
    }

    @Test
    void elementTargetsConflictPerElementAndAreSettledPerElement() {
        List<TargetConflict> conflicts = conflicts("""
                profile First for S { target AccessControl consistent on Pump, Valve }
                profile Second for S { target AccessControl minimum on Pump, Valve }
                profile Child extends First, Second for S { target AccessControl consistent on Valve }
                """);
        assertEquals(1, conflicts.size(), conflicts.toString());
        assertEquals(List.of("Pump"), conflicts.get(0).elements().stream().map(e -> e.getName()).toList());
        assertTrue(conflicts.get(0).message().contains("on Pump"), conflicts.get(0).message());
    }
}
