// The bench's static server (scripts/bench.sh): serves a built dist/ on loopback as a clinic's
// static server would, compressed (brotli when the browser asks for it, else gzip), with
// content-hashed files cacheable and the rest revalidated. Every file is compressed once, at
// the highest levels (gzip -9, brotli 11), as precompressed `.gz`/`.br` files would be.
import { createServer } from 'node:http';
import { readFile, readdir } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { contentTypes } from '../tests/e2e/support.mjs';


/** `bytes` gzipped (level 9) and brotli-compressed (quality 11, its text mode for text). */
export function compressed(bytes, type = '') {
  const text = !type.startsWith('application/wasm') && !type.startsWith('image/png');
  return {
    gzip: gzipSync(bytes, { level: 9 }),
    br: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_MODE]: text ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  };
}

/**
 * Serves `dir` on 127.0.0.1 at a free port. Returns `{ origin, served, close }`; `served` lists
 * `{ path, encoding, bytes }` for every response, in order (bytes as sent).
 */
export async function serveCompressed(dir) {
  const cache = new Map();
  const served = [];
  // Compressed before the first request, as precompressed files would be (brotli 11 of the
  // wasm takes seconds, which must not count as the page's loading time).
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath ?? entry.path, entry.name);
    const raw = await readFile(file);
    cache.set(file, { raw, ...compressed(raw, contentTypes[extname(file)] || '') });
  }
  const server = createServer(async (req, res) => {
    try {
      let pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
      if (pathname.endsWith('/')) pathname += 'index.html';
      const file = normalize(join(dir, pathname));
      if (!file.startsWith(dir + sep)) return void res.writeHead(403).end();
      const type = contentTypes[extname(file)] || 'application/octet-stream';
      let entry = cache.get(file);
      if (!entry) {
        let raw;
        try {
          raw = await readFile(file);
        } catch {
          return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        }
        entry = { raw, ...compressed(raw, type) };
        cache.set(file, entry);
      }
      const accepts = String(req.headers['accept-encoding'] || '');
      const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : 'identity';
      const body = encoding === 'identity' ? entry.raw : entry[encoding];
      // Trunk's and package-widget.sh's content-hashed names (`name-<16 hex>`) never change.
      const hashed = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/.test(pathname);
      res.writeHead(200, {
        'content-type': type,
        'content-length': body.length,
        vary: 'accept-encoding',
        'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
        ...(encoding === 'identity' ? {} : { 'content-encoding': encoding }),
      });
      served.push({ path: pathname, encoding, bytes: body.length });
      res.end(body);
    } catch (e) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(e));
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    served,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
