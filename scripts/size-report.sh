#!/usr/bin/env bash
# Prints the raw, gzipped and brotli sizes of what a clinic ships: dist/treatment-compare/ after
# `trunk build --release --offline` (the loader, wasm-bindgen's module and the wasm, which
# carries the widget's styles), from the precompressed files the build writes beside them
# (scripts/precompress.mjs: gzip -9, brotli quality 11).
#
# Fails when the gzipped total is over the budget in scripts/size-budget (the size reached plus
# 3%): raising the budget takes a commit that says why.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root/dist/treatment-compare"
budget=$(grep -v '^#' "$root/scripts/size-budget" | tr -d '[:space:]')
total_raw=0; total_gz=0; total_br=0
printf '%-48s %10s %10s %10s\n' file bytes gzipped brotli
for f in *.wasm *.js; do
  [ -f "$f" ] || continue
  if [ ! -f "$f.gz" ] || [ ! -f "$f.br" ] || [ "$f.gz" -ot "$f" ] || [ "$f.br" -ot "$f" ]; then
    echo "size-report: $f.gz or $f.br is missing or older than $f: build with trunk (scripts/package-widget.sh writes them)" >&2
    exit 1
  fi
  raw=$(wc -c <"$f"); gz=$(wc -c <"$f.gz"); br=$(wc -c <"$f.br")
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz)); total_br=$((total_br + br))
  printf '%-48s %10d %10d %10d\n' "$f" "$raw" "$gz" "$br"
done
printf '%-48s %10d %10d %10d\n' 'total (what a clinic ships)' "$total_raw" "$total_gz" "$total_br"
if [ "$total_gz" -gt "$budget" ]; then
  echo "size-report: FAILED: $total_gz bytes gzipped is over the budget of $budget (scripts/size-budget)" >&2
  exit 1
fi
echo "size-report: $total_gz bytes gzipped, within the budget of $budget (scripts/size-budget)"
