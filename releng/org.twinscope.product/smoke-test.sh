#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Proves that the materialized Twinscope Studio starts: launches it on the current X display (Xvfb in CI) with a
# fresh workspace, waits for its workbench window, saves a screenshot and stops it.
# Usage: smoke-test.sh <product folder> <output folder>
set -euo pipefail
source "$(dirname "$0")/window-check.sh"
product="$1"
out="$2"
mkdir -p "$out"
[ -n "${DISPLAY:-}" ] || { echo "smoke-test: no DISPLAY; run under xvfb-run" >&2; exit 1; }

workspace=$(mktemp -d)
"$product/twinscope-studio" -data "$workspace" -consoleLog >"$out/studio.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$workspace"' EXIT

wait_for_window smoke-test "$pid" ' - Twinscope Studio' "$out/studio.log" "$out/studio.png"
echo "smoke-test: Twinscope Studio window is up; screenshot $out/studio.png"
