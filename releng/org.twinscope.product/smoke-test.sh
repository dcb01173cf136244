#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Proves that the materialized Twinscope Studio starts: launches it on the current X display (Xvfb in CI) with a
# fresh workspace, waits for its workbench window, saves a screenshot and stops it.
# Usage: smoke-test.sh <product folder> <output folder>
set -euo pipefail
product="$1"
out="$2"
mkdir -p "$out"
[ -n "${DISPLAY:-}" ] || { echo "smoke-test: no DISPLAY; run under xvfb-run" >&2; exit 1; }

workspace=$(mktemp -d)
"$product/twinscope-studio" -data "$workspace" -consoleLog >"$out/studio.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$workspace"' EXIT

for _ in $(seq 1 120); do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "smoke-test: Twinscope Studio exited before showing its window; log:" >&2
    cat "$out/studio.log" >&2
    exit 1
  fi
  if xwininfo -root -tree | grep -q -- ' - Twinscope Studio'; then
    sleep 3 # let the workbench paint before the picture
    import -window root "$out/studio.png"
    echo "smoke-test: Twinscope Studio window is up; screenshot $out/studio.png"
    if grep -E '^!ENTRY [^ ]+ 4 ' "$out/studio.log" >/dev/null; then
      echo "smoke-test: errors in the log:" >&2
      cat "$out/studio.log" >&2
      exit 1
    fi
    exit 0
  fi
  sleep 1
done
echo "smoke-test: no Twinscope Studio window after 120 s; log:" >&2
cat "$out/studio.log" >&2
exit 1
