/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.twinscope.analysis.AnalysisResult;
import org.twinscope.diagram.Diagrams;
import org.twinscope.model.util.SourceLocator;

/**
 * The report folder, the same from every front end (command line, IDE): {@code index.html} (self-contained, with the
 * diagrams; with several systems, an index and one page per system under {@code systems/}), {@code analysis.json}
 * and {@code analysis.sarif}. It is written through {@link OutputFolder}, which
 * never deletes what Twinscope did not write.
 */
public final class ReportFolder {

    /** The page to open. */
    public static final String INDEX = "index.html";

    private ReportFolder() {
    }

    /** The files of the report, by path relative to the folder, in the order they are listed to users. */
    public static Map<String, String> contents(AnalysisResult result, SourceLocator locator) {
        Map<String, String> files = new LinkedHashMap<>();
        files.putAll(HtmlReport.pages(result, Diagrams.forReport(result)));
        files.put("analysis.json", JsonReport.write(result));
        files.put("analysis.sarif", SarifReport.write(result, locator));
        return files;
    }

    /**
     * Writes the report into the folder, all files or none.
     *
     * @param force also write into a folder that holds files of others (they are kept)
     * @return the page to open
     * @throws OutputFolder.Refused when the folder holds files Twinscope did not write and {@code force} is not set,
     *         or is a file; nothing was written then
     * @throws IOException when writing failed; the previous report, if any, is left as it was
     */
    public static Path write(AnalysisResult result, SourceLocator locator, Path folder, boolean force)
            throws IOException {
        OutputFolder output = new OutputFolder(folder, force);
        output.checkWritable();
        output.write(contents(result, locator));
        return output.folder().resolve(INDEX);
    }
}
