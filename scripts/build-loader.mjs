// Builds the loader a clinic ships from its source modules (scripts/package-widget.sh, after
// wasm-bindgen's files are named):
//
//   node scripts/build-loader.mjs <out treatment-compare.js> <wasm-bindgen's module> <the wasm>
//
// esbuild (tools/, pinned in tools/package.json) bundles src/loader/treatment-compare.js and
// the modules it imports (src/loader/js/) into one ES module, with `tc:build`, the module that
// scripts/inline-loader.mjs writes for these file names (the stylesheet, the first screen, the
// messages from the text tables, the hashed names), and src/loader/first-step-heights.json.
// It also minifies. esbuild rather than joining the modules by hand and keeping terser: it
// resolves the imports (each module keeps its own scope, no name clashes to watch for), imports
// JSON, and its minified output came out smaller gzipped than terser's on the same bundle
// (12,433 bytes against 12,543, gzip -9, 2026-12-07).
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildModule, root } from './inline-loader.mjs';

const [out, glue, wasm] = process.argv.slice(2);
if (!out || !glue || !wasm) throw new Error('usage: node scripts/build-loader.mjs <out treatment-compare.js> <module file name> <wasm file name>');

const require = createRequire(join(root, 'tools', 'package.json'));
let esbuild;
try {
  esbuild = require('esbuild');
} catch {
  throw new Error('build-loader: esbuild is missing from tools/node_modules: run bash scripts/setup.sh');
}

const build = {
  name: 'tc-build',
  setup(b) {
    b.onResolve({ filter: /^tc:build$/ }, () => ({ path: 'tc:build', namespace: 'tc' }));
    b.onLoad({ filter: /.*/, namespace: 'tc' }, () => ({ contents: buildModule(glue, wasm), loader: 'js' }));
  },
};

const result = await esbuild.build({
  entryPoints: [join(root, 'src', 'loader', 'treatment-compare.js')],
  bundle: true,
  format: 'esm',
  // What the loader's syntax needs (private fields and methods, `??=`, static fields): kept as
  // written, never lowered.
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  charset: 'utf8',
  plugins: [build],
  write: false,
  logLevel: 'warning',
});
writeFileSync(out, result.outputFiles[0].contents);
