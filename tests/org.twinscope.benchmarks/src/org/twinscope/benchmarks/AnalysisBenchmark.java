/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.eclipse.emf.ecore.resource.Resource;
import org.twinscope.analysis.AnalysisInput;
import org.twinscope.analysis.AnalysisResult;
import org.twinscope.analysis.Analyzer;
import org.twinscope.dsl.TwinscopeStandaloneSetup;
import org.twinscope.dsl.load.LoadedModel;
import org.twinscope.dsl.load.ModelLoader;
import org.twinscope.report.JsonReport;

/**
 * Prints how long reading (parse, link, validate) and analysis take for synthetic systems of growing size, warm
 * (after warm-up runs in the same JVM), with the ratio to the goal of 0.5 s for analyzing 50,000 elements. Figures,
 * not assertions: this machine's noise would make a timed test flaky.
 */
public final class AnalysisBenchmark {

    private static final double ANALYSIS_GOAL_50K_SECONDS = 0.5;

    private AnalysisBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Logger.getRootLogger().setLevel(Level.WARN);
        int[] sizes = args.length > 0 ? Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
                : new int[] { 10_000, 50_000 };
        ModelLoader loader = TwinscopeStandaloneSetup.doSetup().getInstance(ModelLoader.class);
        System.out.printf("%-10s %-10s %12s %12s %12s %10s%n", "elements", "MB text", "read (s)", "analyze (s)",
                "json (s)", "goal ratio");
        for (int size : sizes) {
            Path folder = Files.createTempDirectory("twinscope-bench");
            String twin = SyntheticSystem.twin(size);
            Files.writeString(folder.resolve("big.twin"), twin);
            Files.writeString(folder.resolve("targets.smm"), SyntheticSystem.smm());
            double readSeconds = Double.MAX_VALUE;
            double analyzeSeconds = Double.MAX_VALUE;
            double jsonSeconds = Double.MAX_VALUE;
            int elements = 0;
            for (int run = 0; run < 5; run++) {
                long start = System.nanoTime();
                LoadedModel model = loader.load(List.of(folder));
                long read = System.nanoTime();
                if (model.hasErrors()) {
                    throw new IllegalStateException("synthetic model has errors: " + model.problems().get(0));
                }
                List<Resource> resources = new ArrayList<>(model.files().values());
                resources.addAll(model.libraryResources());
                AnalysisInput input = AnalysisInput.of(resources);
                long analyzeStart = System.nanoTime();
                AnalysisResult result = Analyzer.analyze(input);
                long analyzed = System.nanoTime();
                JsonReport.write(result);
                long written = System.nanoTime();
                elements = result.systems().get(0).facts().elements().size();
                // warm figures: the best of the runs after the first two
                if (run >= 2) {
                    readSeconds = Math.min(readSeconds, (read - start) / 1e9);
                    analyzeSeconds = Math.min(analyzeSeconds, (analyzed - analyzeStart) / 1e9);
                    jsonSeconds = Math.min(jsonSeconds, (written - analyzed) / 1e9);
                }
            }
            double goal = ANALYSIS_GOAL_50K_SECONDS * elements / 50_000.0;
            System.out.printf("%-10d %-10.1f %12.3f %12.3f %12.3f %10.2f%n", elements, twin.length() / 1e6,
                    readSeconds, analyzeSeconds, jsonSeconds, analyzeSeconds / goal);
        }
        System.out.println("goal ratio = analysis time / (0.5 s scaled linearly to the size); <= 1 meets the goal");
    }
}
