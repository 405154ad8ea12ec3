#!/usr/bin/env bash
# Trunk post-build hook (Trunk.toml): gathers what a clinic ships into
# $TRUNK_STAGING_DIR/treatment-compare/:
#   treatment-compare.js                    the custom-element loader (stable name; src/loader/),
#                                           with the widget's stylesheet and first screen
#   treatment-compare-nomodule.js           the message for browsers without ES modules (ES5)
#   treatment-compare-<hash>.js             wasm-bindgen's module (content-hashed name)
#   treatment-compare-<hash>_bg.wasm        the widget (content-hashed name)
# The loader is built from its source modules (src/loader/treatment-compare.js and src/loader/js/)
# by scripts/build-loader.mjs: bundled and minified by esbuild, with the hashed names written in,
# so only the small loader needs revalidating when a clinic updates; the other two can be cached
# forever. wasm-bindgen's module and the no-module message are minified with terser. Both tools
# are in tools/, installed by scripts/setup.sh.
#
# Next to them, for developers and never loaded by a visitor's page: custom-elements.json (the
# Custom Elements Manifest), treatment-compare.d.ts and react.d.ts (TypeScript; src/loader/,
# checked against the code by tests/manifest.rs; the declarations' text keys generated from
# src/text/en.json by scripts/text-keys.mjs) and a package.json naming these files (the
# hashed ones too) with Cargo.toml's version, so that `npm pack` on the folder gives a package
# whose `import 'treatment-compare'` defines the element (tests/e2e/package.test.mjs).
set -euo pipefail
staging=${TRUNK_STAGING_DIR:?run this through trunk (a post_build hook)}
cd "$(dirname "$0")/.."
out="$staging/treatment-compare"
mkdir -p "$out"

shopt -s nullglob
wasm=("$staging"/treatment-compare-*_bg.wasm)
glue=("$staging"/treatment-compare-*.js)
if [ ${#wasm[@]} -ne 1 ] || [ ${#glue[@]} -ne 1 ]; then
  echo "package-widget: expected one treatment-compare-*.js and one treatment-compare-*_bg.wasm in $staging, found: ${glue[*]} ${wasm[*]}" >&2
  exit 1
fi
wasm_name=$(basename "${wasm[0]}")
glue_name=$(basename "${glue[0]}")
mv "${wasm[0]}" "${glue[0]}" "$out/"

# The loader, with the widget's stylesheet, its first screen and the messages it shows itself.
node scripts/build-loader.mjs "$out/treatment-compare.js" "$glue_name" "$wasm_name"
grep -q "$glue_name" "$out/treatment-compare.js" && grep -q "$wasm_name" "$out/treatment-compare.js" || {
  echo "package-widget: could not point the loader at $glue_name and $wasm_name" >&2
  exit 1
}

# The message for browsers without ES modules (src/loader/treatment-compare-nomodule.js, ES5), with
# each built-in language's `embed.unsupported` written in from src/text/<lang>.json.
node -e '
const fs = require("fs");
const [source, target] = process.argv.slice(1);
const texts = {};
for (const file of fs.readdirSync("src/text").filter((f) => /^[a-z]{2,3}\.json$/.test(f)).sort()) {
  const lang = file.slice(0, -5);
  texts[lang] = JSON.parse(fs.readFileSync(`src/text/${file}`, "utf8"))["embed.unsupported"];
  if (typeof texts[lang] !== "string") throw new Error(`src/text/${file} has no embed.unsupported`);
}
const code = fs.readFileSync(source, "utf8");
const marker = "var TEXTS = {};";
if (!code.includes(marker)) throw new Error(`${source} has no "${marker}"`);
fs.writeFileSync(target, code.replace(marker, `var TEXTS = ${JSON.stringify(texts)};`));
' src/loader/treatment-compare-nomodule.js "$out/treatment-compare-nomodule.js"

terser=tools/node_modules/.bin/terser
if [ ! -x "$terser" ]; then
  echo "package-widget: $terser is missing: run bash scripts/setup.sh" >&2
  exit 1
fi
"$terser" "$out/$glue_name" --module --compress passes=2 --mangle --output "$out/$glue_name.min"
mv "$out/$glue_name.min" "$out/$glue_name"
"$terser" "$out/treatment-compare-nomodule.js" --ecma 5 --compress passes=2 --mangle --output "$out/treatment-compare-nomodule.js.min"
mv "$out/treatment-compare-nomodule.js.min" "$out/treatment-compare-nomodule.js"

cp src/loader/custom-elements.json src/loader/react.d.ts "$out/"
node scripts/text-keys.mjs --out "$out/treatment-compare.d.ts"
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
description=$(sed -n 's/^description = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
node -e '
const [version, description, glue, wasm] = process.argv.slice(1);
const pkg = {
  name: "treatment-compare",
  version,
  description,
  type: "module",
  exports: {
    ".": { types: "./treatment-compare.d.ts", default: "./treatment-compare.js" },
    "./react": { types: "./react.d.ts" },
    "./custom-elements.json": "./custom-elements.json",
    "./package.json": "./package.json",
  },
  types: "./treatment-compare.d.ts",
  customElements: "custom-elements.json",
  sideEffects: ["./treatment-compare.js"],
  files: ["treatment-compare.js", "treatment-compare-nomodule.js", glue, wasm, "treatment-compare.d.ts", "react.d.ts", "custom-elements.json"],
  peerDependencies: { "@types/react": ">=19" },
  peerDependenciesMeta: { "@types/react": { optional: true } },
};
process.stdout.write(JSON.stringify(pkg, null, 2) + "\n");
' "$version" "$description" "$glue_name" "$wasm_name" >"$out/package.json"

# Precompressed copies beside each shipped file (`.gz`, `.br`) for static servers that serve them.
node scripts/precompress.mjs "$out"

# The demo page (Trunk's index.html, which has the loader's tag and Trunk's modulepreload of the
# loader after it) preloads wasm-bindgen's module instead, so that it is on its way with the
# loader rather than after it. Not the loader itself: its own <script> tag, just before, already
# fetches it, and Firefox (ESR 153) fires an `error` event on a modulepreload of a module whose
# <script type="module"> came first (no request, no console message; a clinic's error
# monitoring would log it on every page view: tests/e2e/engines-*.test.mjs). Not the
# WebAssembly: the loader fetches it once the page has painted, so that its download takes no
# bandwidth from the page's own first frame.
index="$staging/index.html"
base=${TRUNK_PUBLIC_URL:-/}
loader_preload="<link rel=\"modulepreload\" href=\"${base}treatment-compare/treatment-compare.js\" />"
if [ -f "$index" ]; then
  grep -qF "$loader_preload" "$index" || {
    echo "package-widget: $index has no $loader_preload (Trunk.toml's pattern_preload)" >&2
    exit 1
  }
  preloads="<link rel=\"modulepreload\" href=\"${base}treatment-compare/$glue_name\" />"
  html=$(<"$index")
  printf '%s\n' "${html/"$loader_preload"/"$preloads"}" >"$index"
fi
