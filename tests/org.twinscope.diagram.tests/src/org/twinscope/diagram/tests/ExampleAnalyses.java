/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.diagram.tests;

import java.util.List;

import org.twinscope.analysis.SystemAnalysis;
import org.twinscope.testing.Examples;
import org.twinscope.testing.TestModels;

/** The analyses of the repository's examples, read the way the command line reads them. */
final class ExampleAnalyses {

    private ExampleAnalyses() {
    }

    static List<String> names() {
        return Examples.names();
    }

    static SystemAnalysis analyze(String example) {
        return TestModels.example(example).result().systems().get(0);
    }
}
