#!/usr/bin/env bash
# Prints the raw and gzipped sizes of what a clinic ships: dist/treatment-compare/ after
# `trunk build --release --offline` (the loader, wasm-bindgen's module and the wasm, which
# carries the widget's styles).
set -euo pipefail
cd "$(dirname "$0")/../dist/treatment-compare"
total_raw=0; total_gz=0
printf '%-48s %10s %10s\n' file bytes gzipped
for f in *.wasm *.js; do
  [ -f "$f" ] || continue
  raw=$(wc -c <"$f"); gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-48s %10d %10d\n' "$f" "$raw" "$gz"
done
printf '%-48s %10d %10d\n' 'total (what a clinic ships)' "$total_raw" "$total_gz"
