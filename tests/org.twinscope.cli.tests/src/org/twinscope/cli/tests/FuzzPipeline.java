/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.cli.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.twinscope.analysis.AnalysisInput;
import org.twinscope.analysis.AnalysisResult;
import org.twinscope.analysis.Analyzer;
import org.twinscope.diagram.Diagrams;
import org.twinscope.dsl.load.LoadedModel;
import org.twinscope.dsl.load.ModelLoader;
import org.twinscope.report.CsvReport;
import org.twinscope.report.HtmlReport;
import org.twinscope.report.JsonReport;
import org.twinscope.report.SarifReport;
import org.twinscope.report.TextReport;

import com.google.inject.Injector;

/** What the fuzzers feed their inputs through: a folder read as a project, analyzed, and written as every report. */
final class FuzzPipeline {

    private FuzzPipeline() {
    }

    static void run(Injector injector, Path project) {
        LoadedModel model = injector.getInstance(ModelLoader.class).load(List.of(project));
        List<Resource> resources = new ArrayList<>(model.files().values());
        resources.addAll(model.libraryResources());
        AnalysisResult result = Analyzer.analyze(AnalysisInput.of(resources));
        TextReport.write(result);
        JsonReport.write(result);
        CsvReport.write(result);
        SarifReport.write(result, element -> null);
        HtmlReport.write(result, Diagrams.forReport(result, true));
    }
}
