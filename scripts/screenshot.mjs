// Serves dist/ on loopback, walks the demo through the questionnaire in Debian's Chromium and
// saves screenshots of a question step and the results (docs/screenshot-*.png).
// Usage: node scripts/screenshot.mjs [width]   (after `trunk build --release`)
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';

const root = resolve(new URL('..', import.meta.url).pathname);
const require = createRequire(join(root, 'tools', 'package.json'));
const { chromium } = require('playwright-core');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css' };
const width = Number(process.argv[2] || 420);

const server = createServer(async (req, res) => {
  const path = join(root, 'dist', decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/\/$/, '/index.html'));
  let body;
  try {
    body = await readFile(path);
  } catch {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(path)] || 'application/octet-stream' });
  res.end(body);
}).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(url);
  const next = () => page.click('button.tc-next');
  await page.check('input[name="concern"][value="acne_scars"]');
  await page.check('input[name="concern"][value="enlarged_pores"]');
  await page.selectOption('select[name="severity-enlarged_pores"]', 'mild');
  await page.screenshot({ path: join(root, 'docs/screenshot-question.png') });
  await next();
  await page.check('input[name="skin-type"][value="V"]');
  await next();
  await page.check('input[name="downtime"][value="up_to_a_week"]');
  await next();
  await page.fill('input[name="event-date"]', '2027-06-12');
  await next();
  await page.check('input[name="health-cold_sore_history"][value="yes"]');
  await next();
  await page.check('input[name="compare"][value="peel_superficial"]');
  await page.locator('.tc-results').screenshot({ path: join(root, 'docs/screenshot-results.png') });
  console.log('saved docs/screenshot-question.png and docs/screenshot-results.png');
} finally {
  await browser.close();
  server.close();
}
