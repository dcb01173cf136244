#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Proves that the update site installs into an Eclipse platform that does not contain Twinscope: the build has
# materialized a bare platform (bare-platform.product, no Twinscope) and installed org.twinscope.feature into it with
# the p2 director (see pom.xml); this script checks that the Twinscope bundles are now in the platform's
# configuration, starts it on the current X display in the Twinscope perspective, waits for the workbench window,
# saves a screenshot and checks the log for errors.
# Usage: install-test.sh <platform folder> <output folder>
set -euo pipefail
source "$(dirname "$0")/window-check.sh"
platform="$1"
out="$2"
mkdir -p "$out"
[ -n "${DISPLAY:-}" ] || { echo "install-test: no DISPLAY; run under xvfb-run" >&2; exit 1; }
bundles="$platform/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
for bundle in org.twinscope.ui org.twinscope.dsl org.twinscope.analysis org.twinscope.diagram; do
  grep -q "^$bundle," "$bundles" || { echo "install-test: $bundle was not installed" >&2; exit 1; }
done
java_home="$("$(dirname "$0")/../../mvnw" --java-home)"
launcher=$(ls "$platform"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
workspace=$(mktemp -d)
"$java_home/bin/java" -Xmx1g -jar "$launcher" -install "$platform" -data "$workspace" -consoleLog \
  -perspective org.twinscope.ui.perspective >"$out/install-test.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$workspace"' EXIT
# the workbench window title starts with the workspace folder's name (tmp.*)
wait_for_window install-test "$pid" '"tmp\.' "$out/install-test.log" "$out/installed-platform.png"
echo "install-test: Twinscope installed from the update site into a bare platform and started; screenshot $out/installed-platform.png"
