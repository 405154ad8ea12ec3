// Shared by the end-to-end tests (tests/e2e/*.test.mjs) and scripts/screenshot.mjs: serves the
// built demo page (dist/, from `trunk build --release --offline`) on loopback, launches Debian's
// Chromium through playwright-core, and walks the questionnaire through the DOM contract's hooks.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const dist = join(root, 'dist');

// The npm tools live in tools/node_modules (tools/package.json), not next to this file.
const toolsRequire = createRequire(join(root, 'tools', 'package.json'));

/** The path of the axe-core script to inject into a page (`page.addScriptTag({ path })`). */
export function axePath() {
  try {
    return toolsRequire.resolve('axe-core/axe.min.js');
  } catch {
    throw new Error('axe-core is not installed in tools/node_modules: run `cd tools && npm ci`');
  }
}

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * Serves `dist/` on 127.0.0.1 at a free port. `overrides` maps a URL path ("/index.html"; "/"
 * means the same) to a function `(text) => text` that rewrites that file's content, or to a
 * string that replaces it. Returns `{ url, origin, requests, close }`; `requests` lists every
 * path the server was asked for, in order.
 */
export async function startServer({ overrides = {} } = {}) {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`${join(dist, 'index.html')} is missing: run \`trunk build --release --offline\` first`);
  }
  const requests = [];
  const server = createServer(async (req, res) => {
    requests.push(req.url);
    try {
      let pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
      if (pathname.endsWith('/')) pathname += 'index.html';
      const file = normalize(join(dist, pathname));
      if (!file.startsWith(dist + sep)) {
        res.writeHead(403).end();
        return;
      }
      let body;
      try {
        body = await readFile(file);
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const override = overrides[pathname];
      if (typeof override === 'function') body = override(body.toString('utf8'));
      else if (override !== undefined) body = override;
      res.writeHead(200, {
        'content-type': contentTypes[extname(file)] || 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch (e) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(e));
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: `${origin}/`,
    requests,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** Flags that keep Debian's Chromium headless and quiet on a closed network. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches /usr/bin/chromium through playwright-core (never a downloaded browser). */
export async function launchChromium() {
  const { chromium } = toolsRequire('playwright-core');
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
}

/** A phone-sized viewport (iPhone 12–15 class). */
export const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };

/** The question steps in order (`.tc-step[data-step=KEY]`). */
export const steps = ['concerns', 'skin_type', 'downtime', 'preferences', 'health'];

/** The ISO date `days` days from today (local time), e.g. for an event date that stays ahead. */
export function isoDaysFromNow(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Answers that reach the results with a few optional fields filled. */
export const sampleAnswers = {
  concerns: { acne_scars: 'moderate', enlarged_pores: 'mild' },
  skinType: 'V',
  downtime: 'up_to_a_week',
  budget: 'up_to_3000',
  injections: 'no',
  eventDate: isoDaysFromNow(200),
  health: { cold_sore_history: 'yes' },
  isotretinoin: 'never',
};

/** Waits until question step `key` is on screen. */
export async function waitForStep(page, key) {
  await page.waitForSelector(`.tc-step[data-step="${key}"]`);
  await page.waitForSelector(`ol.tc-progress li[aria-current="step"][data-step="${key}"]`);
}

/**
 * Completes the questionnaire from its first step with `answers` (shape of `sampleAnswers`; a
 * concern mapped to null keeps the default severity, omitted optional fields keep the widget's
 * defaults) and waits for the results. `onStep(key)`, if given, runs on each question step
 * after its answers are filled in, before "Next".
 */
export async function completeQuestionnaire(page, answers = sampleAnswers, { onStep } = {}) {
  const next = async () => page.locator('button.tc-next:not([disabled])').click();
  const atStep = (key) => waitForStep(page, key);
  const done = async (key) => {
    if (onStep) await onStep(key);
    await next();
  };

  await atStep('concerns');
  for (const [concern, severity] of Object.entries(answers.concerns)) {
    await page.check(`input[type="checkbox"][name="concern"][value="${concern}"]`);
    if (severity) await page.selectOption(`select[name="severity-${concern}"]`, severity);
  }
  await done('concerns');

  await atStep('skin_type');
  await page.check(`input[type="radio"][name="skin-type"][value="${answers.skinType}"]`);
  await done('skin_type');

  await atStep('downtime');
  if (answers.downtime) await page.check(`input[type="radio"][name="downtime"][value="${answers.downtime}"]`);
  await done('downtime');

  await atStep('preferences');
  if (answers.budget) await page.check(`input[type="radio"][name="budget"][value="${answers.budget}"]`);
  if (answers.injections) await page.check(`input[type="radio"][name="injections"][value="${answers.injections}"]`);
  if (answers.eventDate) await page.fill('input[name="event-date"]', answers.eventDate);
  await done('preferences');

  await atStep('health');
  for (const [condition, answer] of Object.entries(answers.health || {})) {
    await page.check(`input[type="radio"][name="health-${condition}"][value="${answer}"]`);
  }
  if (answers.isotretinoin) {
    await page.check(`input[type="radio"][name="isotretinoin"][value="${answers.isotretinoin}"]`);
    if (answers.isotretinoinLastTaken) {
      await page.fill('input[name="isotretinoin-last-taken"]', answers.isotretinoinLastTaken);
    }
  }
  await done('health');

  await page.waitForSelector('section.tc-results');
}
