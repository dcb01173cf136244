/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinscope.model.smm.Assessment;
import org.twinscope.model.smm.Profile;
import org.twinscope.model.smm.SmmModel;
import org.twinscope.model.smm.SmmPackage;
import org.twinscope.model.twin.Asset;
import org.twinscope.model.twin.Twin;
import org.twinscope.model.twin.TwinModel;
import org.twinscope.model.twin.TwinPackage;
import org.twinscope.model.twin.TwinSystem;

/**
 * A model that uses every concrete class of both packages survives an XMI save and reload unchanged, including the
 * references from the smm model into the twin model, which live in another resource.
 */
class ModelRoundTripTest {

    @TempDir
    Path folder;

    @Test
    void everyConcreteClassIsCoveredBySampleModel() {
        SampleModels sample = SampleModels.bottlingLine();
        Set<EClass> used = new HashSet<>();
        sample.twinModel().eAllContents().forEachRemaining(o -> used.add(o.eClass()));
        sample.smmModel().eAllContents().forEachRemaining(o -> used.add(o.eClass()));
        used.add(sample.twinModel().eClass());
        used.add(sample.smmModel().eClass());
        for (EPackage ePackage : new EPackage[] { TwinPackage.eINSTANCE, SmmPackage.eINSTANCE }) {
            ePackage.getEClassifiers().stream()
                    .filter(EClass.class::isInstance).map(EClass.class::cast)
                    .filter(c -> !c.isAbstract() && !c.isInterface())
                    .forEach(c -> assertTrue(used.contains(c), "sample model lacks an instance of " + c.getName()));
        }
    }

    @Test
    void xmiSaveAndReloadKeepsEverything() throws IOException {
        SampleModels sample = SampleModels.bottlingLine();
        ResourceSet reloaded = saveAndReload(sample);
        TwinModel twinCopy = (TwinModel) reloaded.getResource(uri("line.twinxmi"), true).getContents().get(0);
        SmmModel smmCopy = (SmmModel) reloaded.getResource(uri("targets.smmxmi"), true).getContents().get(0);
        EcoreUtil.resolveAll(reloaded);

        assertTrue(EcoreUtil.equals(sample.twinModel(), twinCopy), "twin model changed in the round trip");
        assertTrue(EcoreUtil.equals(sample.smmModel(), smmCopy), "smm model changed in the round trip");
        assertTrue(EcoreUtil.UnresolvedProxyCrossReferencer.find(reloaded).isEmpty(), "unresolved references after reload");
    }

    @Test
    void crossPackageReferencesPointIntoTheReloadedTwinModel() throws IOException {
        SampleModels sample = SampleModels.bottlingLine();
        ResourceSet reloaded = saveAndReload(sample);
        TwinModel twinCopy = (TwinModel) reloaded.getResource(uri("line.twinxmi"), true).getContents().get(0);
        SmmModel smmCopy = (SmmModel) reloaded.getResource(uri("targets.smmxmi"), true).getContents().get(0);
        TwinSystem system = twinCopy.getSystems().get(0);
        Twin lineTwin = system.getBoundaries().get(0).getBoundaries().get(1).getTwins().get(0);
        Asset filler = system.getBoundaries().get(0).getBoundaries().get(0).getAssets().get(0);

        Profile profile = smmCopy.getProfiles().get(1);
        assertSame(system, profile.getSystem());
        assertSame(lineTwin, profile.getTargets().get(1).getElements().get(0));
        assertSame(filler, profile.getTargets().get(1).getElements().get(1));
        Assessment assessment = smmCopy.getAssessments().get(0);
        assertSame(system, assessment.getSystem());
        assertSame(lineTwin, assessment.getRatings().get(1).getElements().get(0));
        assertEquals("AccessControl", assessment.getRatings().get(0).getPractice().getName());
    }

    /** Saves the sample's two models into two XMI files and reads them into a new resource set. */
    private ResourceSet saveAndReload(SampleModels sample) throws IOException {
        ResourceSet original = resourceSet();
        Resource twinResource = original.createResource(uri("line.twinxmi"));
        Resource smmResource = original.createResource(uri("targets.smmxmi"));
        twinResource.getContents().add(sample.twinModel());
        smmResource.getContents().add(sample.smmModel());
        twinResource.save(Map.of());
        smmResource.save(Map.of());
        return resourceSet();
    }

    private ResourceSet resourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
        return resourceSet;
    }

    private URI uri(String fileName) {
        return URI.createFileURI(folder.resolve(fileName).toString());
    }
}
