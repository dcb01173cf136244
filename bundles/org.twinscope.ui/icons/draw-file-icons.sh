#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Draws the icons of .twin and .smm files (ImageMagick): a page with a folded corner and the kind's motif, at 32 px
# for HiDPI (@2x) and scaled down to 16 px. Run in this folder.
set -e
page() {
  convert -size 32x32 xc:none \
    -fill white -stroke '#1f3b57' -strokewidth 2 -draw 'polygon 5,2 20,2 27,9 27,30 5,30' \
    -fill '#dfe8f0' -draw 'polygon 20,2 20,9 27,9' "$@"
}
# .twin: an asset (square) and its twin (ring), joined by a synchronization
page -stroke none -fill '#f2a541' -draw 'roundrectangle 8,14 14,23 1,1' \
  -fill none -stroke '#2a86c2' -strokewidth 2.5 -draw 'circle 21,18.5 21,22.5' \
  -stroke '#1f3b57' -strokewidth 2 -draw 'line 15,18.5 16.5,18.5' -depth 8 PNG32:twin16@2x.png
# .smm: maturity levels, bars rising from left to right
page -stroke none -fill '#5a9e4b' -draw 'rectangle 8,21 11,26' -draw 'rectangle 14,17 17,26' \
  -fill '#7a3e9d' -draw 'rectangle 20,12 23,26' -depth 8 PNG32:smm16@2x.png
for kind in twin smm; do
  convert "$kind"16@2x.png -resize 16x16 -depth 8 PNG32:"$kind"16.png
done
