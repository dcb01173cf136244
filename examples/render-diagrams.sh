#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Renders the scope diagrams shown in the examples' READMEs (PNG from the SVG, with JSVG). Run after a layout change
# and look at the pictures.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
render() { # example, file name, extra arguments
  local example="$1" file="$2"
  shift 2
  ./twinscope diagram "examples/$example" "$@" --out "examples/$example/$file" -q >/dev/null 2>&1 \
    || ./twinscope diagram "examples/$example" "$@" --out "examples/$example/$file" -q
  echo "examples/$example/$file"
}
render bottling-line diagram-all.png
render bottling-line diagram-access-control.png --practice AccessControl
render water-utility diagram-all.png
render water-utility diagram-threat-modeling.png --practice ThreatModeling
render vehicle-fleet-ota diagram-all.png
render vehicle-fleet-ota diagram-access-control.png --practice AccessControl
render retail-chain diagram-all.png
render retail-chain diagram-access-control.png --practice AccessControl
render hospital-infusion diagram-all.png
render hospital-infusion diagram-threat-modeling.png --practice ThreatModeling
