/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinscope.testing.CliProcess;
import org.twinscope.testing.CliProcess.Result;

/** Every model string in the HTML report is escaped: names cannot inject markup or break attributes. */
class ReportEscapingTest {

    @TempDir
    Path folder;

    @Test
    void scriptsAndQuotesInModelStringsAreEscaped() throws Exception {
        Files.writeString(folder.resolve("evil.twin"), """
                system Evil "<script>alert('system')</script>" {
                	organization Owner "Bob's \\"quoted\\" company"
                	organization Other
                	boundary Site owner Owner { asset Pump "<img src=x onerror=alert(1)>" }
                	boundary Away owner Other { twin PumpTwin represents Pump }
                	sync Feed: Pump -> PumpTwin telemetry every 1 s via "</td><script>x</script>"
                }
                """);
        Files.writeString(folder.resolve("evil.smm"), """
                profile P "<script>profile</script>" for Evil {
                	target AccessControl consistent "\\"><script>alert('rationale')</script>"
                }
                rule Injected for sync when crosses-organizations then Monitoring
                	because "<img src=x onerror=alert(1)>"
                assessment A of Evil against P {
                	rate AccessControl minimum evidence "<script>alert('evidence')</script> & 'quotes' \\"double\\""
                }
                """);
        Path out = folder.resolve("report");
        Result result = CliProcess.runIn(folder, "report", ".", "--out", out.toString());
        assertEquals(0, result.exitCode(), result.toString());
        String html = Files.readString(out.resolve("index.html"));
        assertFalse(html.contains("<script"), "a script tag got through");
        assertFalse(html.contains("<img"), "an img tag got through");
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "the rule's rationale is shown escaped");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;evidence&#39;)&lt;/script&gt; &amp; &#39;quotes&#39; "
                + "&quot;double&quot;"), "evidence is shown escaped");
        assertTrue(html.contains("&quot;&gt;&lt;script&gt;alert(&#39;rationale&#39;)"), "rationale is escaped");
    }
}
