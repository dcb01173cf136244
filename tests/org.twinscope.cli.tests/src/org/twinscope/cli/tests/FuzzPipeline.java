/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.cli.tests;

import java.nio.file.Path;
import java.util.List;

import org.twinscope.analysis.AnalysisResult;
import org.twinscope.diagram.Diagrams;
import org.twinscope.dsl.load.TwinscopePipeline;
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
        AnalysisResult result = injector.getInstance(TwinscopePipeline.class).read(List.of(project)).result();
        TextReport.write(result);
        JsonReport.write(result);
        CsvReport.write(result);
        SarifReport.write(result, element -> null);
        HtmlReport.pages(result, Diagrams.forReport(result));
    }
}
