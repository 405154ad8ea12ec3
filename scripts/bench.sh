#!/usr/bin/env bash
# The speed benchmark (README "Speed"; not run by CI): builds the release widget (dist/) and a
# Yew 0.23 hello-world with the same release profile and wasm-opt flags (bench/hello/, its own
# dist/), serves each compressed on loopback (bench/serve.mjs), and prints one table side by
# side (bench/bench.mjs): first form control visible (desktop and a Lighthouse-mobile-like
# phone: 4x CPU, 150 ms round trip, 1.6 Mbps down), bytes (gzip and brotli), CLS while loading,
# long tasks and the slowest interaction over the full journey at 4x CPU, and Lighthouse's four
# mobile scores. Medians of BENCH_RUNS runs (default 5; BENCH_LIGHTHOUSE_RUNS for Lighthouse,
# default the same, 0 skips it). BENCH_NO_BUILD=1 measures the dist/ folders as they are.
# Lighthouse is installed into bench/node_modules (bench/package-lock.json) when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"

if ! cmp -s bench/package-lock.json bench/node_modules/.installed-lock.json; then
  echo "[bench] installing Lighthouse into bench/node_modules"
  (cd bench && npm ci --silent --no-audit --no-fund && cp package-lock.json node_modules/.installed-lock.json)
fi

if [ "${BENCH_NO_BUILD:-}" != 1 ]; then
  echo "[bench] building the widget (trunk build --release --offline)"
  trunk build --release --offline >/tmp/tc-bench-build.log 2>&1 || { tail -30 /tmp/tc-bench-build.log; exit 1; }
  echo "[bench] building the hello-world baseline (bench/hello)"
  (cd bench/hello && trunk build --release --offline) >/tmp/tc-bench-hello.log 2>&1 || { tail -30 /tmp/tc-bench-hello.log; exit 1; }
fi

echo "[bench] measuring (${BENCH_RUNS:-5} runs each; progress below, the table at the end)"
node bench/bench.mjs "$@"
