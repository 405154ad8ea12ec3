#!/usr/bin/env bash
# Trunk post-build hook (Trunk.toml), beside package-widget.sh: the configurator's checker,
#   $TRUNK_STAGING_DIR/configure/validate/treatment_compare.js        wasm-bindgen's module
#   $TRUNK_STAGING_DIR/configure/validate/treatment_compare_bg.wasm   the widget's configuration code
# a build of this crate with the `configurator` feature (src/configurator.rs: every problem of a
# configuration at once), loaded only by dist/configure.html. What a clinic ships
# (dist/treatment-compare/) is the build without the feature, made by Trunk before this runs.
# Only this crate recompiles (about 30 s in release on 2 cores); the result is kept in target/configurator/
# under a hash of the sources, so a second Trunk build of the same sources (the test-trigger
# build in scripts/test.sh) copies it instead.
set -euo pipefail
staging=${TRUNK_STAGING_DIR:?run this through trunk (a post_build hook)}
cd "$(dirname "$0")/.."
profile=${TRUNK_PROFILE:-debug}
release=()
[ "$profile" = release ] && release=(--release)

key=$( (echo "$profile"; find src styles build.rs Cargo.toml Cargo.lock src/text/en.json -type f -print0 | sort -z | xargs -0 sha256sum) | sha256sum | cut -c1-16)
cache="target/configurator/$profile-$key"
if [ ! -f "$cache/treatment_compare_bg.wasm" ]; then
  cargo build --lib --locked --target wasm32-unknown-unknown "${release[@]}" --features configurator
  built="target/wasm32-unknown-unknown/$profile/treatment_compare.wasm"
  rm -rf target/configurator/"$profile"-*
  mkdir -p "$cache"
  # Without its name section the module is about 222 KB gzipped; wasm-opt would save little
  # more and take half a minute.
  wasm-bindgen --target web --no-typescript --remove-name-section --remove-producers-section --out-dir "$cache" "$built"
fi
mkdir -p "$staging/configure/validate"
cp "$cache/treatment_compare.js" "$cache/treatment_compare_bg.wasm" "$staging/configure/validate/"
