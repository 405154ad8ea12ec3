// Writes `<file>.gz` (GNU gzip -9) and `<file>.br` (brotli, quality 11) beside each file a
// clinic ships from dist/treatment-compare/ (the loader, wasm-bindgen's module, the wasm), so
// that a static server set up for precompressed files (nginx `gzip_static` / `brotli_static`,
// Caddy `precompressed`, Apache with rewrite rules) sends them without compressing on the fly.
// gzip is GNU gzip's (Node's zlib writes 0.7% larger files for the wasm); brotli is Node's own:
// no extra tool. Run by scripts/package-widget.sh (the Trunk post-build hook).
//
//   node scripts/precompress.mjs <dir>
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/precompress.mjs <dir>');
  process.exit(2);
}
for (const name of readdirSync(dir)) {
  if (!/\.(js|wasm)$/.test(name)) continue;
  const data = readFileSync(join(dir, name));
  // -n: no name or time stamp in the file, so the same build gives the same bytes.
  writeFileSync(join(dir, `${name}.gz`), execFileSync('gzip', ['-9', '-n', '-c', join(dir, name)], { maxBuffer: 1 << 30 }));
  const br = brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      [constants.BROTLI_PARAM_MODE]: name.endsWith('.js') ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC,
    },
  });
  writeFileSync(join(dir, `${name}.br`), br);
}
