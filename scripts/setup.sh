#!/usr/bin/env bash
# Installs everything the widget's build and tests need on a fresh Debian 12 machine,
# skipping whatever is already there. Versions follow ../shared/toolchain.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

TRUNK_VERSION=0.21.14
WASM_PACK_VERSION=0.15.1
GECKODRIVER_VERSION=0.37.1
# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v chromedriver >/dev/null || need_apt+=(chromium-driver)
# pdftotext and pdftoppm: the print test reads the PDF Chromium renders (tests/e2e/print.test.mjs).
command -v pdftotext >/dev/null || need_apt+=(poppler-utils)
# The other engines (tests/e2e/engines-*.test.mjs, over WebDriver): Firefox ESR, and WebKitGTK's
# WebKitWebDriver with its MiniBrowser, which needs an X display (Xvfb; it has no headless mode).
command -v firefox-esr >/dev/null || need_apt+=(firefox-esr)
command -v WebKitWebDriver >/dev/null || need_apt+=(webkit2gtk-driver)
command -v Xvfb >/dev/null || need_apt+=(xvfb)
if [ ${#need_apt[@]} -gt 0 ]; then
  say "installing ${need_apt[*]} from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

have_version() { command -v "$1" >/dev/null && "$1" --version 2>/dev/null | grep -q "$2"; }

if ! have_version trunk "$TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (takes ~7 min)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi
if ! have_version wasm-bindgen "$WBG_VERSION"; then
  say "installing wasm-bindgen-cli $WBG_VERSION (takes ~5 min)"
  # Not --locked: its lock file pins a webpki-roots release the registry here lacks.
  cargo install wasm-bindgen-cli --version "$WBG_VERSION" --force
fi
if ! have_version wasm-pack "$WASM_PACK_VERSION"; then
  say "installing wasm-pack $WASM_PACK_VERSION (takes ~3 min)"
  cargo install --locked wasm-pack --version "$WASM_PACK_VERSION"
fi
# Firefox's WebDriver server (Mozilla's geckodriver, from crates.io: about 2 minutes).
if ! have_version geckodriver "$GECKODRIVER_VERSION"; then
  say "installing geckodriver $GECKODRIVER_VERSION (takes ~2 min)"
  cargo install --locked geckodriver --version "$GECKODRIVER_VERSION"
fi
# npm tools (wasm-opt, playwright-core, axe-core, esbuild, terser): reinstalled whenever the lock file changes.
if ! cmp -s tools/package-lock.json tools/node_modules/.installed-lock.json; then
  say "installing npm tools (binaryen's wasm-opt, playwright-core, axe-core, esbuild, terser)"
  (cd tools && npm ci --silent --no-audit --no-fund && cp package-lock.json node_modules/.installed-lock.json)
fi
say "toolchain ready"
