/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.twinscope.report.JsonReport;
import org.twinscope.report.diff.DiffJson;
import org.twinscope.report.diff.DiffMarkdown;
import org.twinscope.report.diff.DiffText;
import org.twinscope.report.diff.Posture;
import org.twinscope.report.diff.PostureChange;
import org.twinscope.report.diff.PostureChange.Kind;
import org.twinscope.report.diff.PostureDiff;
import org.twinscope.report.diff.PostureReader;
import org.twinscope.testing.Examples;
import org.twinscope.testing.TestModels;

/** Each kind of change between two versions of a small model, and the formats made of them. */
class PostureDiffTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private static final String SYSTEM = """
            system S {
            	organization A
            	organization V role vendor
            	boundary Plant owner A { asset Pump owner A twin PumpTwin represents Pump }
            	sync Feed: Pump -> PumpTwin every 10 s fidelity sampled
            }
            """;

    private static final String TARGETS = """
            package test
            profile P for S {
            	target AccessControl consistent
            	target Monitoring consistent
            	target PatchManagement ad-hoc
            }
            """;

    private static final String AUDIT = """
            package test
            assessment Audit of S against P date 2026-10-01 {
            	rate AccessControl ad-hoc scope general
            	rate Monitoring minimum scope general
            	rate PatchManagement ad-hoc scope general
            }
            """;

    private static Posture posture(String system, String targets, String audit, LocalDate asOf) {
        String json = JsonReport.write(TestModels.valid(Map.of("s.twin", system, "targets.smm", targets,
                "audit.smm", audit)).result(asOf));
        return PostureReader.read(json);
    }

    private static PostureDiff diff(String system, String targets, String audit) {
        return PostureDiff.between(posture(SYSTEM, TARGETS, AUDIT, TODAY), posture(system, targets, audit, TODAY));
    }

    private static List<String> of(PostureDiff diff, Kind kind) {
        return diff.changes().stream().filter(c -> c.kind() == kind).map(c -> c.subject() + ": " + c.detail())
                .toList();
    }

    @Test
    void sameModelHasNoChange() {
        PostureDiff diff = diff(SYSTEM, TARGETS, AUDIT);
        assertTrue(diff.isEmpty(), diff.changes().toString());
        assertEquals("No change to the security posture.\n", DiffText.write(diff));
    }

    @Test
    void elementsAddedAndRemoved() {
        PostureDiff diff = diff(SYSTEM.replace("twin PumpTwin", "asset Valve owner A twin PumpTwin")
                .replace("organization V role vendor\n", ""), TARGETS, AUDIT);
        assertEquals(List.of("S.Valve"), of(diff, Kind.ELEMENT_ADDED).stream().map(s -> s.split(":")[0]).toList());
        assertEquals(List.of("S.V"), of(diff, Kind.ELEMENT_REMOVED).stream().map(s -> s.split(":")[0]).toList());
    }

    @Test
    void aSyncMadeFasterAndRawChangesItsAttributesAndFacts() {
        PostureDiff diff = diff(SYSTEM.replace("every 10 s fidelity sampled", "every 100 ms fidelity raw"), TARGETS,
                AUDIT);
        List<String> changed = of(diff, Kind.ELEMENT_CHANGED);
        assertTrue(changed.contains("S.Feed: frequency every 10 s -> every 100 ms; fidelity sampled -> raw; "
                + "now high-fidelity, high-frequency"), changed.toString());
        List<String> applies = of(diff, Kind.NOW_APPLIES);
        assertTrue(applies.stream().anyMatch(a -> a.startsWith("EventDetectionAndResponsePlan on S.Feed: rule "
                + "HighFrequencySynchronization")), applies.toString());
        assertTrue(applies.stream().anyMatch(a -> a.startsWith("DataProtectionControls on S.Feed: rule "
                + "RawDataSynchronization")), applies.toString());
    }

    @Test
    void aLinkThatNowCrossesOrganizationsSaysSo() {
        PostureDiff diff = diff(SYSTEM.replace("asset Pump owner A", "asset Pump owner V"), TARGETS, AUDIT);
        assertTrue(of(diff, Kind.ELEMENT_CHANGED).stream().anyMatch(c -> c.startsWith("S.Feed: now crosses-organizations")),
                of(diff, Kind.ELEMENT_CHANGED).toString());
        assertTrue(of(diff, Kind.ELEMENT_CHANGED).stream().anyMatch(c -> c.startsWith("S.Pump: owner S.A -> S.V")),
                of(diff, Kind.ELEMENT_CHANGED).toString());
    }

    @Test
    void practicesThatNoLongerApply() {
        PostureDiff faster = diff(SYSTEM.replace("every 10 s", "every 100 ms"), TARGETS, AUDIT);
        PostureDiff back = PostureDiff.between(posture(SYSTEM.replace("every 10 s", "every 100 ms"), TARGETS, AUDIT,
                TODAY), posture(SYSTEM, TARGETS, AUDIT, TODAY));
        assertEquals(faster.count(Kind.NOW_APPLIES), back.count(Kind.NO_LONGER_APPLIES));
        assertTrue(of(back, Kind.NO_LONGER_APPLIES).stream().allMatch(s -> s.contains("no rule brings it in any more")));
    }

    @Test
    void gapsOpenCloseGrowAndShrink() {
        PostureDiff diff = diff(SYSTEM, TARGETS, AUDIT
                .replace("rate AccessControl ad-hoc", "rate AccessControl consistent") // closed: met now
                .replace("rate Monitoring minimum", "rate Monitoring none") // grew: 2 -> 3 levels
                .replace("rate PatchManagement ad-hoc", "rate PatchManagement minimum")); // opened: met before
        assertEquals(List.of("AccessControl"), subjects(diff, Kind.GAP_CLOSED));
        assertEquals(List.of("Monitoring"), subjects(diff, Kind.GAP_GREW));
        assertEquals(List.of("PatchManagement"), subjects(diff, Kind.GAP_OPENED));
        assertEquals(2, diff.regressions(), "met before and a gap now, and a larger gap");
        assertEquals(1, diff.newGaps());
        PostureDiff better = diff(SYSTEM, TARGETS, AUDIT.replace("rate Monitoring minimum", "rate Monitoring ad-hoc"));
        assertEquals(List.of("Monitoring"), subjects(better, Kind.GAP_SHRANK));
        assertEquals(0, better.regressions());
    }

    @Test
    void aNewTargetOpensANewGapThatIsNoRegression() {
        PostureDiff diff = diff(SYSTEM, TARGETS.replace("target PatchManagement ad-hoc",
                "target PatchManagement ad-hoc\n\ttarget ThreatModeling ad-hoc"), AUDIT);
        assertEquals(List.of("ThreatModeling"), subjects(diff, Kind.GAP_OPENED));
        assertTrue(of(diff, Kind.GAP_OPENED).get(0).contains("not assessed"));
        assertEquals(0, diff.regressions());
    }

    @Test
    void partialCoverageThatChangesIsAChangedFinding() {
        // software on the plant floor: patch management applies to each of the three assets
        String system = SYSTEM.replace("boundary Plant owner A { asset Pump owner A",
                "boundary Plant kind ot-zone owner A { asset Pump owner A asset Valve owner A asset Tank owner A");
        String audit = AUDIT.replace("rate PatchManagement ad-hoc scope general",
                "rate PatchManagement ad-hoc scope general on Pump");
        PostureDiff diff = PostureDiff.between(posture(system, TARGETS, audit, TODAY), posture(system, TARGETS,
                audit.replace("on Pump", "on Pump, Valve"), TODAY));
        List<String> changed = of(diff, Kind.FINDING_CHANGED);
        assertEquals(1, changed.size(), diff.changes().toString());
        assertTrue(changed.get(0).startsWith("PatchManagement: partially assessed"), changed.get(0));
        assertTrue(changed.get(0).contains("rated on 2 of ") && changed.get(0).contains("rated on 1 of "),
                changed.get(0));
    }

    @Test
    void acceptedGapsThatExpire() {
        String plan = """
                plan Fixes for S {
                	accept Monitoring by "Plant manager" until 2027-01-31 because "Sensor replaced in spring"
                }
                """;
        String audit = AUDIT + plan;
        PostureDiff diff = PostureDiff.between(posture(SYSTEM, TARGETS, audit, TODAY),
                posture(SYSTEM, TARGETS, audit, LocalDate.of(2027, 2, 1)));
        assertEquals(List.of("Monitoring: accepted by Plant manager until 2027-01-31: the gap is open again"),
                of(diff, Kind.ACCEPTANCE_EXPIRED));
        PostureDiff added = PostureDiff.between(posture(SYSTEM, TARGETS, AUDIT, TODAY),
                posture(SYSTEM, TARGETS, audit, TODAY));
        assertEquals(List.of("Monitoring: accepted by Plant manager until 2027-01-31"),
                of(added, Kind.ACCEPTANCE_CHANGED));
    }

    @Test
    void aSavedAnalysisReadsLikeAFreshOne() {
        String json = JsonReport.write(TestModels.example("bottling-line").result(TODAY));
        Posture saved = PostureReader.read(json);
        assertTrue(PostureDiff.between(saved, PostureReader.read(json)).isEmpty());
        assertFalse(saved.systems().isEmpty());
        assertFalse(saved.systems().values().iterator().next().elements().isEmpty());
    }

    @Test
    void whatIsNotAnAnalysisIsRefusedWithAReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PostureReader.read("[1]")).getMessage()
                .contains("not a Twinscope analysis"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PostureReader.read("{\"runs\": []}"))
                .getMessage().contains("twinscope analyze --format json"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PostureReader.read("{"))
                .getMessage().startsWith("not JSON"));
    }

    @Test
    void markdownSummarizesFirstAndCannotBeFormattedByTheModel() {
        PostureDiff diff = diff(SYSTEM.replace("every 10 s", "every 100 ms").replace("twin PumpTwin",
                "asset Valve \"<script>*bold*</script> | [link](x)\" owner A twin PumpTwin"), TARGETS, AUDIT);
        String markdown = DiffMarkdown.write(diff);
        String[] lines = markdown.split("\n");
        assertEquals("### Twinscope: security posture", lines[0]);
        assertTrue(lines[2].contains("practices now apply"), lines[2]);
        assertTrue(markdown.contains("<details><summary>Practices that now apply"), markdown);
        assertFalse(markdown.contains("<script>"), markdown);
        assertEquals(markdown.split("<details").length - 1, markdown.split("</details>").length - 1);
        String json = DiffJson.write(diff);
        assertTrue(json.contains("\"kind\": \"element-added\""), json);
    }

    @Test
    void exampleOfARealisticChange() {
        // the bottling line's fleet feed made fast and raw, and a vendor service that operates the controller
        String twin = Examples.read(Examples.folder("bottling-line").resolve("bottling-line.twin"));
        Posture base = PostureReader.read(JsonReport.write(TestModels.example("bottling-line").result(TODAY)));
        assertTrue(twin.contains("every 1 h fidelity aggregated"), "the example's fleet feed");
        Map<String, String> files = new TreeMap<>();
        for (var file : Examples.files()) {
            if (file.startsWith(Examples.folder("bottling-line"))) {
                files.put(file.getFileName().toString(), Examples.read(file));
            }
        }
        files.put("bottling-line.twin", twin.replace("every 1 h fidelity aggregated", "every 500 ms fidelity raw")
                .replaceFirst("\n}\\s*$", "\n\tactor service VendorBot of FillerVendor operates FillerPlc\n}\n"));
        Posture head = PostureReader.read(JsonReport.write(TestModels.valid(files).result(TODAY)));
        PostureDiff diff = PostureDiff.between(base, head);
        List<PostureChange> changes = diff.changes();
        assertTrue(changes.stream().anyMatch(c -> c.kind() == Kind.ELEMENT_ADDED
                && c.subject().equals("BottlingLine.VendorBot")), changes.toString());
        assertTrue(changes.stream().anyMatch(c -> c.kind() == Kind.ELEMENT_CHANGED
                && c.subject().equals("BottlingLine.FleetFeed") && c.detail().contains("every 1 h -> every 500 ms")));
        assertTrue(changes.stream().anyMatch(c -> c.kind() == Kind.NOW_APPLIES
                && c.subject().equals("AccessControl on BottlingLine.VendorBot")));
    }

    private static List<String> subjects(PostureDiff diff, Kind kind) {
        return diff.changes().stream().filter(c -> c.kind() == kind).map(PostureChange::subject).toList();
    }
}
