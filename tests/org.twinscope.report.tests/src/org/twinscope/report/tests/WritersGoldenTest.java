/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.report.tests;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.twinscope.analysis.AnalysisResult;
import org.twinscope.diagram.Diagrams;
import org.twinscope.dsl.load.AnalyzedModel;
import org.twinscope.model.util.SourceLocator;
import org.twinscope.report.CsvReport;
import org.twinscope.report.HtmlReport;
import org.twinscope.report.JsonReport;
import org.twinscope.report.SarifReport;
import org.twinscope.report.TextReport;
import org.twinscope.testing.Golden;
import org.twinscope.testing.TestModels;

/**
 * Every writer's output on a small model that exercises what each one shows: a link between organizations that
 * carries commands, a boundary-scoped target, a gap, a met practice, an unassessed one, a declared not-applicable,
 * an element-scoped rating and a name that needs escaping. Regenerate with -Dtwinscope.updateGolden=true (see
 * {@link Golden}) and review every changed line.
 */
class WritersGoldenTest {

    private static final String SYSTEM = """
            system Press "Press line <A&B>" {
            	organization Maker role operator
            	organization PressVendor role vendor
            	boundary Shop kind site owner Maker {
            		boundary Cell kind ot-zone { asset Press kind machine criticality high safety-relevant }
            		twin PressTwin represents Press purpose monitoring, control fidelity high
            	}
            	boundary VendorCloud kind cloud owner PressVendor { twin FleetTwin aggregates PressTwin }
            	sync PressFeed: Press -> PressTwin telemetry every 100 ms fidelity raw via "OPC UA"
            	sync PressTwin -> Press commands on-demand via "OPC UA"
            	sync FleetFeed: PressTwin -> FleetTwin telemetry every 1 min fidelity aggregated via "MQTT"
            	actor service VendorSupport of PressVendor operates PressTwin
            }
            """;

    private static final String TARGETS = """
            profile PressTargets "Targets of the press line" extends twinscope.DigitalTwinStarter for Press {
            	target AccessControl consistent scope system "Vendor access is role based"
            	target Monitoring formalized scope system on Cell "The cell runs unattended at night"
            	not-applicable PhysicalProtection on VendorCloud because "The provider's data centre"
            }
            assessment Audit "First audit" of Press against PressTargets date 2026-06-30 by "Internal audit" {
            	rate AccessControl ad-hoc scope system evidence "Shared vendor account"
            	rate Monitoring formalized scope system evidence "SOC watches the cell"
            	rate ThreatModeling consistent scope system on PressTwin evidence "STRIDE of the twin"
            }
            """;

    private static AnalysisResult result;
    private static SourceLocator locator;

    @BeforeAll
    static void analyze() {
        AnalyzedModel model = TestModels.valid(Map.of("press.twin", SYSTEM, "targets.smm", TARGETS));
        // a fixed day: the JSON states it (plan.asOf), and a golden file must not change with the calendar
        result = model.result(java.time.LocalDate.of(2026, 11, 30));
        Path folder = Path.of(model.model().files().keySet().iterator().next().getParent().toString());
        locator = model.locator(folder);
    }

    @Test
    void text() {
        Golden.assertMatches("press.txt", TextReport.write(result));
    }

    @Test
    void json() {
        Golden.assertMatches("press.json", JsonReport.write(result));
    }

    @Test
    void csv() {
        Golden.assertMatches("press.csv", CsvReport.write(result));
    }

    @Test
    void sarif() {
        Golden.assertMatches("press.sarif", SarifReport.write(result, locator));
    }

    @Test
    void html() {
        Golden.assertMatches("press.html", HtmlReport.write(result, Diagrams.forReport(result)));
    }
}
