// The widget moves nothing on its page while it loads (CLS 0): the loader draws the widget's
// first screen at once, or, where it cannot, keeps the first step's height free in each element
// until the widget is there (src/loader/js/first-screen.js and space.js). Each page is loaded with the WebAssembly held back by the test (a slow
// network, as a phone's), every layout shift the browser reports is collected (a buffered
// PerformanceObserver installed before the page's first script), and the sum must be 0 while
// loading and, for the shifts not caused by the visitor's input (what CLS counts), through the
// first steps of the journey. Also: the loader's table of first-step heights is checked against
// the built widget at every width it covers, in English and Spanish.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  holdBack,
  hostPages,
  launchChromium,
  root,
  startServer,
  strictCsp,
  waitForStep,
  withPage,
} from './support.mjs';

const heightsFile = join(root, 'src', 'loader', 'first-step-heights.json');

let browser;
let server;

before(async () => {
  [browser, server] = await Promise.all([
    launchChromium(),
    startServer({
      headers: { [hostPages.strictCsp]: { 'content-security-policy': strictCsp } },
      overrides: {
        // A bare page for measuring the first step at any width.
        '/measure.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>measure</title>
          <script type="module" src="/treatment-compare/treatment-compare.js"></script></head>
          <body><div id="box"></div></body></html>`,
      },
    }),
  ]);
});

after(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

/** Records every layout shift from before the page's first script: `window.__shifts`. */
function recordShifts() {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__shifts.push({
        value: e.value,
        hadRecentInput: e.hadRecentInput,
        at: Math.round(e.startTime),
        sources: (e.sources || []).map((s) => {
          const n = s.node;
          const name = n ? `${n.nodeName.toLowerCase()}${n.id ? `#${n.id}` : ''}${n.className && typeof n.className === 'string' ? `.${n.className.split(' ').join('.')}` : ''}` : '?';
          return `${name} ${JSON.stringify(s.previousRect)} -> ${JSON.stringify(s.currentRect)}`;
        }),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Two animation frames, so what was laid out has been painted and its shifts reported. */
const painted = (page) => page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));

/** The shifts so far, `which` = 'all' or 'counted' (not following input: what CLS adds up). */
async function shifts(page, which) {
  await painted(page);
  const all = await page.evaluate(() => window.__shifts);
  return which === 'all' ? all : all.filter((s) => !s.hadRecentInput);
}

const sum = (entries) => entries.reduce((s, e) => s + e.value, 0);
const describe = (entries) => entries.map((e) => `${e.value.toFixed(4)} at ${e.at} ms${e.hadRecentInput ? ' (after input)' : ''}: ${e.sources.join('; ')}`).join('\n');

const pages = [
  { name: 'the demo page', path: '/' },
  { name: 'the plain host page', path: hostPages.plain },
  { name: 'the hostile-CSS host page', path: hostPages.hostile },
  { name: 'the strict-CSP host page', path: hostPages.strictCsp },
  { name: 'the two-instances host page', path: hostPages.twoInstances },
];

const viewports = [
  { name: 'a phone', options: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true } },
  { name: 'a desktop', options: { viewport: { width: 1280, height: 800 } } },
  // Tall enough that the first step and the page's footer are both in the window: the reserved
  // space must be kept until the visitor's input.
  { name: 'a tall desktop window', options: { viewport: { width: 1280, height: 2200 } } },
];

for (const { name, path } of pages) {
  for (const viewport of viewports) {
    test(`${name} on ${viewport.name}: no layout shift while the widget loads, none without input through the first steps`, async () => {
      await withPage(browser, viewport.options, async (page) => {
        await page.addInitScript(recordShifts);
        const wasm = await holdBack(page, '**/*.wasm');
        await page.goto(server.origin + path, { waitUntil: 'load' });
        // The page is on screen (the loader asks for the wasm once it has painted), each element
        // with the first screen the loader draws (tests/e2e/first-screen.test.mjs).
        await wasm.requested;
        await painted(page);
        assert.ok(wasm.held.length === 1, `the wasm was requested once and is held back (${wasm.held.join(', ')})`);
        const early = await page.$$eval('treatment-compare', (all) => all.map((el) => el.shadowRoot.querySelector('[data-tc-early] .tc-step') !== null));
        assert.ok(early.every(Boolean), `each element shows the first screen while the wasm loads (${early.join(', ')})`);
        const heights = await page.$$eval('treatment-compare', (all) => all.map((el) => el.getBoundingClientRect().height));
        assert.ok(heights.every((h) => h > 500), `each element is as tall as the first step while the wasm loads (heights ${heights.join(', ')})`);

        wasm.release();
        const widgets = page.locator('treatment-compare');
        const count = await widgets.count();
        for (let i = 0; i < count; i++) await waitForStep(page, 'concerns', { scope: widgets.nth(i) });
        const loading = await shifts(page, 'all');
        assert.equal(sum(loading), 0, `layout shifts while the widget loaded:\n${describe(loading)}`);

        // A few steps of the journey in the first widget: the page moves only after input.
        const first = widgets.first();
        await first.locator('input[type="checkbox"][name="concern"][value="acne_scars"]').check();
        await first.locator('button.tc-next:not([aria-disabled="true"])').click();
        await waitForStep(page, 'skin_type', { scope: first });
        await first.locator('input[type="radio"][name="skin-type"][value="III"]').check();
        await first.locator('button.tc-next:not([aria-disabled="true"])').click();
        await waitForStep(page, 'downtime', { scope: first });
        await first.locator('button.tc-back').click();
        await waitForStep(page, 'skin_type', { scope: first });
        const counted = await shifts(page, 'counted');
        assert.equal(sum(counted), 0, `layout shifts not following input through the first steps:\n${describe(counted)}`);
      });
    });
  }
}

test('the demo page with a slow loader too: no layout shift while it loads', async () => {
  await withPage(browser, viewports[1].options, async (page) => {
    await page.addInitScript(recordShifts);
    const wasm = await holdBack(page, '**/*.wasm');
    const loader = await holdBack(page, '**/treatment-compare/treatment-compare.js');
    const loaded = page.goto(server.origin + '/', { waitUntil: 'load' });
    await page.waitForFunction(() => document.readyState !== 'loading');
    loader.release();
    await loaded;
    await wasm.requested;
    await painted(page);
    wasm.release();
    await waitForStep(page, 'concerns');
    const loading = await shifts(page, 'all');
    assert.equal(sum(loading), 0, `layout shifts while the widget loaded:\n${describe(loading)}`);
  });
});

// ---- The loader's table of first-step heights -------------------------------------------

const UNIT = 16;
const MIN_WIDTH = 15;
const MAX_WIDTH = 48;

/**
 * Mounts a widget `width` px wide in `lang` (with a language switch and a clinic's name, as the
 * table assumes) and returns [the height the loader reserved, the first step's height].
 */
async function firstStep(page, width, lang) {
  return page.evaluate(
    async ({ width, lang }) => {
      const box = document.getElementById('box');
      box.style.width = `${width}px`;
      const el = document.createElement('treatment-compare');
      el.setAttribute('clinic-name', 'Glow Clinic (demo)');
      el.setAttribute('languages', 'en es');
      el.setAttribute('locale', lang);
      box.replaceChildren(el);
      const reserved = parseFloat(el.shadowRoot.firstElementChild.style.minHeight);
      const mountPoint = el.shadowRoot.firstElementChild;
      for (let i = 0; i < 200 && !mountPoint.querySelector('.tc-step[data-step="concerns"]'); i++) {
        await new Promise((ok) => requestAnimationFrame(ok));
      }
      const top = mountPoint.getBoundingClientRect().top;
      const shown = Math.max(...[...mountPoint.children].map((c) => c.getBoundingClientRect().bottom)) - top;
      el.remove();
      return [reserved, shown];
    },
    { width, lang },
  );
}

test("the loader's reserved heights cover the first step at every width, in English and Spanish, and not by much", async () => {
  await withPage(browser, { viewport: { width: 1400, height: 900 } }, async (page) => {
    await page.goto(`${server.origin}/measure.html`);
    await page.waitForFunction(() => customElements.get('treatment-compare'));
    const measured = { en: [], es: [] };
    const problems = [];
    for (let u = MIN_WIDTH; u <= MAX_WIDTH; u++) {
      for (const lang of ['en', 'es']) {
        let tallest = 0;
        // At the table's width, half a unit and one pixel short of a unit wider (the table's
        // entry serves up to the next unit).
        for (const width of [u * UNIT, u * UNIT + UNIT / 2, u * UNIT + UNIT - 1]) {
          const [reserved, shown] = await firstStep(page, width, lang);
          tallest = Math.max(tallest, shown);
          if (process.env.TC_WRITE_RESERVATION) continue;
          if (!(reserved >= shown)) problems.push(`${width}px ${lang}: reserved ${reserved}px, the first step is ${shown}px`);
          if (width === u * UNIT && !(reserved <= shown * 1.05 + 2 * UNIT)) problems.push(`${width}px ${lang}: reserved ${reserved}px, far more than the first step's ${shown}px`);
        }
        measured[lang].push(tallest);
      }
    }
    if (process.env.TC_WRITE_RESERVATION) {
      // In units, with 2% and one unit to spare (other fonts than this machine's), rounded up.
      const table = (lang) => `[${measured[lang].map((px) => Math.ceil(((px * 1.02) / UNIT + 1) * 2) / 2).join(', ')}]`;
      await writeFile(heightsFile, `{\n  "en": ${table('en')},\n  "es": ${table('es')}\n}\n`);
      return;
    }
    assert.deepEqual(problems, [], `src/loader/first-step-heights.json is out of date (TC_WRITE_RESERVATION=1 node --test tests/e2e/layout-shift.test.mjs, then rebuild):\n${problems.join('\n')}`);
  });
});
