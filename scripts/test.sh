#!/usr/bin/env bash
# Installs whatever is missing, then runs every test: native engine/catalog/CLI tests, the
# browser tests in headless Chromium, and the release build with its size report.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"

echo "== native tests (cargo test) =="
cargo test --locked

echo "== browser tests (wasm-pack test, headless Chromium) =="
wasm-pack test --headless --chrome --chromedriver "$(command -v chromedriver)" -- --locked

echo "== release build (trunk) and size report =="
trunk build --release --offline
bash scripts/size-report.sh
