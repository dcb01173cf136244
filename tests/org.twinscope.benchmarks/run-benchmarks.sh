#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Prints Twinscope's performance figures (see README.md in this folder). Not part of the test run: figures, not asserts.
#   tests/org.twinscope.benchmarks/run-benchmarks.sh            analysis 10k + 50k, CLI cold start, diagrams, layout quality
#                                                               against dot, language 1k-50k,
#                                                               portfolios of 100-1,000 systems, HTML report, language
#                                                               server, Eclipse builder (workbench under Xvfb)
#   tests/org.twinscope.benchmarks/run-benchmarks.sh 1000 5000  other sizes
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"

fail() { echo "run-benchmarks: $*" >&2; exit 1; }

./twinscope --version >/dev/null || fail "the command line could not be built or started (see above)"
# this module and what it needs (-am): works on a fresh clone, where nothing was installed into ~/.m2
log="$(mktemp)"
if ! ./mvnw -B package -DskipTests -pl tests/org.twinscope.benchmarks -am >"$log" 2>&1; then
  grep -E '\[ERROR\]|BUILD FAILURE' "$log" | head -n 40 >&2 || tail -n 40 "$log" >&2
  fail "building the benchmarks failed (errors above; the whole log is $log)"
fi
rm -f "$log"
java="$(./mvnw --java-home)/bin/java"
jar="$(ls tests/org.twinscope.benchmarks/target/org.twinscope.benchmarks-*.jar 2>/dev/null | head -n 1)"
[ -n "$jar" ] || fail "no benchmark jar in tests/org.twinscope.benchmarks/target after the build"
command -v dot >/dev/null || echo "run-benchmarks: Graphviz (dot) is not installed; the diagram comparison is skipped" >&2
testing="$(ls tests/org.twinscope.testing/target/org.twinscope.testing-*.jar 2>/dev/null | head -n 1)"
cp="$jar:$testing:releng/org.twinscope.headless/target/repository/plugins/*"

echo "== Analysis (warm, best of 3 after 2 warm-up runs)"
"$java" -Xmx4g --sun-misc-unsafe-memory-access=allow -cp "$cp" org.twinscope.benchmarks.AnalysisBenchmark "$@"

echo
echo "== twinscope check examples/bottling-line, cold start (new JVM each run; goal <= 3 s)"
for i in 1 2 3 4 5; do
  /usr/bin/env time -f "%e" ./twinscope check examples/bottling-line 2>&1 >/dev/null | tail -n 1
done | sort -n | awk '{a[NR]=$1} END {printf "min %.2f s, median %.2f s, max %.2f s; median / goal = %.2f\n", a[1], a[3], a[5], a[3]/3}'

echo
echo "== Scope diagram layout + SVG (warm, best of several), and Graphviz dot on the same graph"
"$java" -Xmx4g --sun-misc-unsafe-memory-access=allow -Djava.awt.headless=true -cp "$cp" org.twinscope.benchmarks.DiagramBenchmark

echo
echo "== Layout quality against Graphviz dot: crossings, bends, length, area, detours, warm time (examples, 100-5,000 nodes)"
"$java" -Xmx4g --sun-misc-unsafe-memory-access=allow -Djava.awt.headless=true -cp "$cp" \
  org.twinscope.benchmarks.LayoutQualityBenchmark examples

echo
echo "== Reading Twinscope files (parse + link + validate) against loading the same model from XMI"
"$java" -Xms2g -Xmx2g --sun-misc-unsafe-memory-access=allow -cp "$cp" org.twinscope.benchmarks.LanguageBenchmark

echo
echo "== twinscope check on portfolios of 65-element systems: one file per system and .smm against 2 files (cold)"
"$java" -cp "$cp" org.twinscope.benchmarks.PortfolioBenchmark ./twinscope

echo
echo "== HTML report of portfolios of 65-element systems and of one 1,200-element system, opened in headless Chromium"
if command -v chromium >/dev/null || command -v chromium-browser >/dev/null; then
  "$java" -Xmx4g --sun-misc-unsafe-memory-access=allow -Djava.awt.headless=true -cp "$cp" \
    org.twinscope.benchmarks.ReportBenchmark
else
  echo "run-benchmarks: Chromium (Debian package chromium) is not installed; the report benchmark is skipped" >&2
fi

echo
echo "== Language server on the 2,000-file portfolio (initialize to diagnostics, edit, completion, memory)"
"$java" -cp "$cp" org.twinscope.benchmarks.LanguageServerBenchmark ./twinscope

echo
echo "== Eclipse builder on the 2,000-file portfolio and UI-thread stalls (ResponsivenessTest, workbench under Xvfb)"
if command -v xvfb-run >/dev/null; then
  log="$(mktemp)"
  if xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw -B verify -pl features/org.twinscope.feature,tests/org.twinscope.ui.tests \
      -am -Dtest=ResponsivenessTest -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1; then
    grep '^ResponsivenessTest:' "$log"
    rm -f "$log"
  else
    grep -E '^ResponsivenessTest:|\[ERROR\]' "$log" | head -n 40 >&2
    fail "the workbench benchmark failed (the whole log is $log)"
  fi
else
  echo "run-benchmarks: xvfb-run is not installed; the Eclipse builder figures are skipped" >&2
fi
