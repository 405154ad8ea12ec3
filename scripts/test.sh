#!/usr/bin/env bash
# Installs whatever is missing, then runs every test: native engine/catalog/CLI tests, the
# browser tests in headless Chromium (wasm-pack), the release build with its size report, the
# end-to-end tests of the built page (node --test, Playwright + axe-core, Chromium), the same
# journeys in Firefox ESR and WebKitGTK (W3C WebDriver), and the slow
# ones: containment (against a test-trigger build) and the soak.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
log=$(mktemp)
trap 'rm -f "$log"' EXIT

echo "== native tests (cargo test) =="
cargo test --locked 2>&1 | tee -a "$log"

echo "== browser tests (wasm-pack test, headless Chromium) =="
# Every tests/browser*.rs file is a wasm browser test (found here, not listed by hand).
browser_tests=()
for f in tests/browser*.rs; do browser_tests+=(--test "$(basename "$f" .rs)"); done
wasm-pack test --headless --chrome --chromedriver "$(command -v chromedriver)" -- --locked --features embedded-styles "${browser_tests[@]}" 2>&1 | tee -a "$log"

echo "== release build (trunk) and size report =="
trunk build --release --offline
bash scripts/size-report.sh

# The slow end-to-end files and the other engines' run in their own stages, below.
slow=(tests/e2e/containment.test.mjs tests/e2e/soak.test.mjs)
engines=(tests/e2e/engines-*.test.mjs)
e2e=()
for f in tests/e2e/*.test.mjs; do
  [[ " ${slow[*]} ${engines[*]} " == *" $f "* ]] || e2e+=("$f")
done

echo "== end-to-end tests (node --test, Chromium) =="
node --test --test-reporter=tap "${e2e[@]}" 2>&1 | tee -a "$log"

# Firefox ESR and WebKitGTK (Safari's engine) over W3C WebDriver (tests/e2e/webdriver.mjs starts
# geckodriver, WebKitWebDriver and a virtual X display for WebKitGTK): the demo journey, the host
# pages, the language switch, keep and share, print, the first screen, the native scores.
echo "== other engines (node --test, Firefox ESR and WebKitGTK over WebDriver) =="
started=$SECONDS
node --test --test-reporter=tap "${engines[@]}" 2>&1 | tee -a "$log"
echo "other engines: $((SECONDS - started)) s"

# Containment needs a build whose wasm can be made to panic on purpose (the test-trigger
# feature, into dist-trigger/; only our crate recompiles); the containment test also checks that
# dist/ has no trigger. Then the soak: 500 mounts, 200 journeys, 20 instances.
echo "== containment and soak (test-trigger build, node --test, Chromium) =="
started=$SECONDS
trunk build --release --offline --features test-trigger --dist dist-trigger
node --test --test-reporter=tap "${slow[@]}" 2>&1 | tee -a "$log"
echo "containment and soak: $((SECONDS - started)) s"

# One closing line over all runners: cargo's "test result: ok. N passed; M failed; ..." and
# node's TAP totals "# pass N" / "# fail N".
awk '/^test result:/ { p += $4; f += $6 }
     /^# pass [0-9]+$/ { p += $3 }
     /^# fail [0-9]+$/ { f += $3 }
     END { printf "all tests: %d passed, %d failed\n", p, f }' "$log"
