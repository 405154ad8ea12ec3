#!/usr/bin/env bash
# Prints the raw and gzipped sizes of what `trunk build --release` put in dist/.
set -euo pipefail
cd "$(dirname "$0")/../dist"
total_raw=0; total_gz=0
printf '%-48s %10s %10s\n' file bytes gzipped
for f in *.wasm *.js *.css; do
  [ -f "$f" ] || continue
  raw=$(wc -c <"$f"); gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-48s %10d %10d\n' "$f" "$raw" "$gz"
done
printf '%-48s %10d %10d\n' 'total (wasm + js + css)' "$total_raw" "$total_gz"
