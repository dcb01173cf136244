/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinscope.dsl.library.BuiltInLibrary;
import org.twinscope.model.smm.Criterion;
import org.twinscope.model.smm.MappingRole;
import org.twinscope.model.smm.MappingSet;
import org.twinscope.model.smm.Practice;
import org.twinscope.model.smm.SmmModel;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** The built-in criteria per level and the illustrative IEC 62443 starter mapping. */
@ExtendWith(InjectionExtension.class)
@InjectWith(TwinscopeInjectorProvider.class)
class LibraryCriteriaTest {

    @Inject
    private BuiltInLibrary library;

    @Inject
    private Provider<XtextResourceSet> resourceSets;

    @Test
    void everyPracticeHasCriteriaForLevelsOneToFour() {
        List<Practice> practices = new java.util.ArrayList<>();
        model("smm-catalog.smm").getCatalogs().get(0).eAllContents().forEachRemaining(o -> {
            if (o instanceof Practice practice) {
                practices.add(practice);
            }
        });
        assertEquals(18, practices.size());
        for (Practice practice : practices) {
            Set<Integer> levels = new TreeSet<>();
            for (Criterion criterion : practice.getCriteria()) {
                levels.add(criterion.getLevel().getValue());
                assertTrue(criterion.getName().matches("[MACF][0-9]"), criterion.getName());
                assertEquals("MACF".charAt(criterion.getLevel().getValue() - 1), criterion.getName().charAt(0),
                        "the id's letter names the level: " + practice.getName() + "." + criterion.getName());
                assertFalse(criterion.getText().isBlank());
            }
            assertEquals(Set.of(1, 2, 3, 4), levels, practice.getName());
        }
    }

    @Test
    void iec62443MappingStatesRolePartAndThatItIsIllustrative() {
        MappingSet set = model("iec-62443-starter-mapping.smm").getMappingSets().get(0);
        assertEquals("IEC 62443", set.getFramework());
        assertEquals("3-3", set.getPart());
        assertEquals(MappingRole.ASSET_OWNER, set.getRole());
        assertTrue(set.getDescription().contains("not the official IIC/ISA mapping"), set.getDescription());
        set.getMappings().forEach(m -> m.getControls().forEach(c -> {
            assertTrue(c.getId().matches("SR [1-7]\\.[0-9]+"), c.getId());
            assertEquals(null, c.getTitle(), "requirement ids only, no requirement text");
        }));
    }

    private SmmModel model(String file) {
        for (Resource resource : library.resources(resourceSets.get())) {
            if (resource.getURI().lastSegment().equals(file)) {
                return (SmmModel) resource.getContents().get(0);
            }
        }
        throw new AssertionError("no library file " + file);
    }
}
