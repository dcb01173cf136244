/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.benchmarks;

import static org.twinscope.benchmarks.Timings.median;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryUsage;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.twinscope.dsl.TwinscopeStandaloneSetup;
import org.twinscope.dsl.load.LoadedModel;
import org.twinscope.dsl.load.ModelLoader;

/**
 * Prints how long reading Twinscope files takes (parse, link, validate, with the built-in library) for synthetic
 * systems of 1k, 10k and 50k elements, the peak heap while reading, and the ratio to loading the same model from XMI.
 * Goals: 50k elements in 5 s or less warm, at most 3 times the XMI load, at most 1 GB of heap.
 * <p>
 * Run it with a fixed heap (-Xms = -Xmx, as run-benchmarks.sh does): the full collection before each run shrinks a
 * growing heap, and each read then pays for growing it again through a dozen small collections (about a third of
 * its time), which says more about the collection between runs than about reading.
 */
public final class LanguageBenchmark {

    private LanguageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Logger.getRootLogger().setLevel(Level.WARN);
        ModelLoader loader = TwinscopeStandaloneSetup.doSetup().getInstance(ModelLoader.class);
        System.out.printf("%-9s %9s %12s %12s %12s %10s %12s%n", "elements", "objects", "read (s)", "GC in read",
                "XMI (s)", "ratio", "peak heap MB");
        for (int size : new int[] { 1_000, 10_000, 50_000 }) {
            Path folder = Files.createTempDirectory("twinscope-language-bench");
            Files.writeString(folder.resolve("big.twin"), SyntheticSystem.twin(size));
            Files.writeString(folder.resolve("targets.smm"), SyntheticSystem.smm());
            LoadedModel model = loader.load(List.of(folder));
            if (model.hasErrors()) {
                throw new IllegalStateException("synthetic model has errors: " + model.problems().get(0));
            }
            Path xmi = Files.createTempDirectory("twinscope-xmi");
            List<URI> xmiFiles = saveAsXmi(model, xmi);
            for (int run = 0; run < WARM_UP_ROUNDS; run++) {
                loader.load(List.of(folder));
                loadXmi(xmiFiles);
            }
            // reading and XMI take turns, so that this machine's changes of speed hit both; each starts after a
            // full collection, so that neither pays for collecting the other's garbage
            List<Double> reads = new ArrayList<>();
            List<Double> readGcs = new ArrayList<>();
            List<Double> xmiLoads = new ArrayList<>();
            long peak = 0;
            int objects = 0;
            for (int run = 0; run < ROUNDS; run++) {
                System.gc();
                long before = heapUsed();
                resetPeaks();
                long gcBefore = gcMillis();
                long start = System.nanoTime();
                model = loader.load(List.of(folder));
                reads.add((System.nanoTime() - start) / 1e9);
                readGcs.add((double) (gcMillis() - gcBefore));
                peak = Math.max(peak, peakHeap() - before);
                objects = countElements(model);
                model = null;
                System.gc();
                xmiLoads.add(Timings.time(() -> loadXmi(xmiFiles)));
            }
            double read = median(reads);
            double xmiLoad = median(xmiLoads);
            System.out.printf("%-9d %9d %12.3f %12.0f %12.3f %10.2f %12d%n", size, objects, read, median(readGcs),
                    xmiLoad, read / xmiLoad, peak / (1024 * 1024));
        }
        System.out.println("elements = system elements of the synthetic system; objects = all model objects (with "
                + "frequencies, durations); read = parse + link + validate, XMI = load + resolve the same model saved "
                + "as XMI: medians of " + ROUNDS + " alternating runs after " + WARM_UP_ROUNDS + " warm-up rounds, each "
                + "after a full collection; GC in read = milliseconds of garbage collection during the read; goals at "
                + "50k: read <= 5 s, ratio <= 3, peak heap <= 1024 MB; " + heapSetting());
    }

    /** Copies the user's and the library's models (one copier, so references survive) into XMI files. */
    private static List<URI> saveAsXmi(LoadedModel model, Path folder) throws Exception {
        List<Resource> sources = new ArrayList<>(model.files().values());
        sources.addAll(model.libraryResources());
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        List<Collection<EObject>> copies = new ArrayList<>();
        for (Resource source : sources) {
            copies.add(copier.copyAll(source.getContents()));
        }
        copier.copyReferences();
        ResourceSet target = xmiResourceSet();
        List<URI> uris = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            URI uri = URI.createFileURI(folder.resolve("model" + i + ".xmi").toString());
            Resource resource = target.createResource(uri);
            resource.getContents().addAll(copies.get(i));
            uris.add(uri);
        }
        for (Resource resource : target.getResources()) {
            resource.save(Map.of());
        }
        return uris;
    }

    private static void loadXmi(List<URI> uris) {
        ResourceSet resourceSet = xmiResourceSet();
        for (URI uri : uris) {
            resourceSet.getResource(uri, true);
        }
        EcoreUtil.resolveAll(resourceSet);
    }

    private static ResourceSet xmiResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
        return resourceSet;
    }

    private static int countElements(LoadedModel model) {
        int[] count = { 0 };
        model.files().values().forEach(r -> r.getAllContents().forEachRemaining(o -> count[0]++));
        return count[0];
    }

    private static final int WARM_UP_ROUNDS = 4;
    private static final int ROUNDS = 7;

    private static String heapSetting() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        long max = heap.getMax() / (1024 * 1024);
        return heap.getInit() == heap.getMax() ? "heap " + max + " MB, fixed"
                : "heap growing from " + heap.getInit() / (1024 * 1024) + " MB to " + max
                        + " MB: run with -Xms = -Xmx (see the class comment)";
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap in use at any moment since the reset. */
    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
