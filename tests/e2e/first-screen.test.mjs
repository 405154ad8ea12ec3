// The first screen the loader draws before the WebAssembly arrives (src/loader/js/first-screen.js):
// it is the built widget's first screen, node for node, in English and Spanish
// (src/loader/first-screen.json, one tree whose texts refer to src/text/<lang>.json, filled in
// per language: scripts/first-screen.mjs; this test writes it anew with TC_WRITE_FIRST_SCREEN=1); what
// the visitor does on it (ticks, how noticeable, the focus, Next) is what the widget holds once it
// has taken over; it is drawn only where the widget's first screen is known for certain, and the
// element keeps the first step's height free otherwise; it is styled by the widget's stylesheet,
// which the loader carries.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { abstractScreens, resolveScreen, textTables } from '../../scripts/first-screen.mjs';
import { widgetCss } from '../../scripts/inline-loader.mjs';
import {
  axeViolations,
  holdBack,
  installDeepActive,
  launchChromium,
  loaderTag,
  phone,
  root,
  startServer,
  waitForStep,
  waitForWidget,
  withPage,
} from './support.mjs';

const screensFile = join(root, 'src', 'loader', 'first-screen.json');

/** A page with one element: `attributes` (an attribute string) and its JSON configuration, if any. */
const pageWith = (attributes, json = null, lang = 'en') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
  <title>first screen</title>${loaderTag}</head><body><main><treatment-compare ${attributes}>${
    json === null ? '' : `<script type="application/json">${json}</script>`
  }</treatment-compare></main><footer id="after">after the widget</footer></body></html>`;

const pages = {
  '/capture-en.html': pageWith('locale="en" clinic-name="{clinic}"'),
  '/capture-es.html': pageWith('locale="es" clinic-name="{clinic}"'),
  '/plain.html': pageWith('clinic-name="  Glow Clinic " currency="EUR"', '{"treatments": {"microneedling": {}}}', 'es-ES'),
  '/text.html': pageWith('clinic-name="Glow"', '{"text": {"en": {"questions.title": "Our own title"}}}'),
  '/switch.html': pageWith('clinic-name="Glow" languages="en es"'),
  '/broken.html': pageWith('clinic-name="Glow"', '{"treatments": '),
  '/accent.html': pageWith('clinic-name="Glow" accent-color=" #7c3aed "'),
  '/bad-accent.html': pageWith('clinic-name="Glow" accent-color="not-a-colour"'),
  '/clinic-language.html': pageWith('clinic-name="Glow"', '{"text": {"fr": {}}}', 'fr'),
};

let browser;
let server;

before(async () => {
  [browser, server] = await Promise.all([launchChromium(), startServer({ overrides: pages })]);
});

after(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

/**
 * In the page: the first element's first screen (`which` = 'early', the loader's) or its widget
 * ('widget'), as a DOM tree like first-screen.json's, with the document-unique id prefix written
 * `{uid}`.
 */
function tree(page, which) {
  return page.evaluate((which) => {
    const shadow = document.querySelector('treatment-compare').shadowRoot;
    const container = [...shadow.children].find((el) => el.localName === 'div' && el.hasAttribute('data-tc-early') === (which === 'early'));
    const uid = (value) => value.replace(/\btc\d+/g, '{uid}');
    const serialize = (node) => {
      if (node.nodeType === Node.TEXT_NODE) return node.data;
      const attributes = Object.fromEntries([...node.attributes].map((a) => [a.name, uid(a.value)]).sort(([a], [b]) => (a < b ? -1 : 1)));
      const children = [...node.childNodes].filter((n) => n.nodeType === Node.ELEMENT_NODE || n.nodeType === Node.TEXT_NODE);
      return [node.localName, attributes, ...children.map(serialize)];
    };
    return container?.firstElementChild ? serialize(container.firstElementChild) : null;
  }, which);
}

/** `tree` with its attributes in the order the loader builds them (any), for comparing. */
const sorted = (node) =>
  typeof node === 'string' ? node : [node[0], Object.fromEntries(Object.entries(node[1]).sort(([a], [b]) => (a < b ? -1 : 1))), ...node.slice(2).map(sorted)];

/** The widget's first screen in `lang`, as first-screen.json holds it. */
async function capture(page, lang) {
  await page.goto(`${server.origin}/capture-${lang}.html`);
  await waitForStep(page, 'concerns');
  const screen = await tree(page, 'widget');
  const at = (node, path) => path.reduce((n, i) => n[i], node);
  // The root's language is the tag the element shows.
  const root = screen[2];
  assert.equal(root[1].class, 'tc-root');
  root[1].lang = '{lang}';
  const hint = await page.locator('treatment-compare .tc-hint').textContent();
  const first = page.locator('treatment-compare input[name="concern"]').first();
  const concern = await first.getAttribute('value');
  await first.check();
  await page.locator(`treatment-compare select[name="severity-${concern}"]`).waitFor();
  const ticked = await tree(page, 'widget');
  // The severity label is the ticked concern's <li>'s last child.
  const find = (node) => {
    if (typeof node === 'string') return null;
    if (node[0] === 'li' && node.slice(2).some((c) => typeof c !== 'string' && c[0] === 'label' && c[1].class === 'tc-severity')) return node;
    for (const child of node.slice(2)) {
      const found = find(child);
      if (found) return found;
    }
    return null;
  };
  const li = find(ticked);
  assert.ok(li, 'a ticked concern shows how noticeable it is');
  const severity = JSON.parse(JSON.stringify(at(li, [li.length - 1])).replaceAll(concern, '{concern}'));
  return { tree: screen, severity, hint };
}

test("the loader's first screen is the widget's own, in English and Spanish", async () => {
  await withPage(browser, phone, async (page) => {
    const screens = { en: await capture(page, 'en'), es: await capture(page, 'es') };
    const tables = textTables();
    assert.deepEqual(Object.keys(screens), Object.keys(tables), 'a screen for each built-in language');
    if (process.env.TC_WRITE_FIRST_SCREEN) {
      await writeFile(screensFile, `${JSON.stringify(abstractScreens(screens, tables), null, 1)}\n`);
      return;
    }
    const stored = JSON.parse(await readFile(screensFile, 'utf8'));
    for (const [lang, screen] of Object.entries(screens)) {
      assert.deepEqual(resolveScreen(stored, tables[lang]), screen, `src/loader/first-screen.json in ${lang} is out of date (TC_WRITE_FIRST_SCREEN=1 node --test tests/e2e/first-screen.test.mjs, then rebuild)`);
    }
  });
});

test('before the WebAssembly the first screen is on screen, styled by the widget, answerable and accessible', async () => {
  await withPage(browser, phone, async (page) => {
    const wasm = await holdBack(page, '**/*.wasm');
    await page.goto(`${server.origin}/plain.html`);
    await wasm.requested;
    const early = page.locator('treatment-compare [data-tc-early]');
    await early.locator('button.tc-next').waitFor();
    assert.equal(await early.locator('.tc-root').getAttribute('lang'), 'es-ES', "the page's language, as the widget would choose it");
    assert.equal(await early.locator('.tc-clinic').textContent(), 'Glow Clinic', 'the clinic name, trimmed');
    assert.ok((await early.locator('input[name="concern"]').count()) >= 5, 'every concern');
    // Styled by the widget's stylesheet, which the loader carries: the same rules as styles/*.css.
    const rules = await page.evaluate((css) => {
      const shadow = document.querySelector('treatment-compare').shadowRoot;
      const sheet = shadow.adoptedStyleSheets.find((s) => s.__treatmentCompareSheet);
      const expected = new CSSStyleSheet();
      expected.replaceSync(css);
      return [sheet ? [...sheet.cssRules].map((r) => r.cssText) : null, [...expected.cssRules].map((r) => r.cssText)];
    }, widgetCss());
    assert.deepEqual(rules[0], rules[1]);
    const next = await early.locator('button.tc-next').evaluate((b) => getComputedStyle(b).backgroundColor);
    assert.notEqual(next, 'rgba(0, 0, 0, 0)', 'Next has the widget accent colour');
    assert.deepEqual(await axeViolations(page, 'first screen, before the wasm'), []);
    wasm.release();
    await waitForStep(page, 'concerns');
  });
});

/** Opens `path` with the WebAssembly held back until `wasm.release()`; `early` is the first screen. */
async function openHeldBack(page, path) {
  const wasm = await holdBack(page, '**/*.wasm');
  await page.goto(`${server.origin}${path}`);
  await wasm.requested;
  return { wasm, early: page.locator('treatment-compare [data-tc-early]') };
}

test("what the visitor enters on the first screen is the widget's once it takes over, focus included", async () => {
  await withPage(browser, phone, async (page) => {
    const { wasm, early } = await openHeldBack(page, '/plain.html');
    await installDeepActive(page);
    const concerns = early.locator('input[name="concern"]');
    const [a, b] = [await concerns.nth(0).getAttribute('value'), await concerns.nth(2).getAttribute('value')];
    await concerns.nth(0).check();
    await concerns.nth(2).check();
    await concerns.nth(1).check();
    await concerns.nth(1).uncheck();
    const severity = early.locator(`select[name="severity-${b}"]`);
    const options = await severity.locator('option').evaluateAll((all) => all.map((o) => o.value));
    await severity.selectOption(options[options.length - 1]);
    await concerns.nth(0).focus();
    const before = await tree(page, 'early');
    wasm.release();
    await waitForWidget(page);
    assert.deepEqual(await tree(page, 'widget'), sorted(before), "the widget shows what the first screen showed, ticks and choices (the first screen's mirror of a ticked concern is the widget's)");
    const widget = page.locator('treatment-compare');
    assert.ok(await widget.locator(`input[name="concern"][value="${a}"]`).isChecked());
    assert.equal(await widget.locator(`select[name="severity-${b}"]`).inputValue(), options[options.length - 1]);
    assert.ok(await page.evaluate((a) => window.__deepActive()?.matches(`input[name="concern"][value="${a}"]`), a), 'the focus is where it was');
    // The widget holds the answers: they reach the next step and come back.
    await widget.locator('button.tc-next').click();
    await waitForStep(page, 'skin_type');
    await widget.locator('button.tc-back').click();
    await waitForStep(page, 'concerns');
    assert.ok(await widget.locator(`input[name="concern"][value="${b}"]`).isChecked());
    assert.equal(await widget.locator(`select[name="severity-${b}"]`).inputValue(), options[options.length - 1]);
  });
});

test('Next pressed on the first screen takes the widget to the next step, without a layout shift', async () => {
  await withPage(browser, { viewport: { width: 1280, height: 2000 } }, async (page) => {
    await page.addInitScript(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().map((e) => e.value))).observe({ type: 'layout-shift', buffered: true });
    });
    const wasm = await holdBack(page, '**/*.wasm');
    await page.goto(`${server.origin}/plain.html`);
    await wasm.requested;
    const early = page.locator('treatment-compare [data-tc-early]');
    await early.locator('button.tc-next').waitFor();
    const footer = await page.locator('#after').boundingBox();
    wasm.release();
    await waitForWidget(page);
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    assert.deepEqual(await page.locator('#after').boundingBox(), footer, 'what follows the element stays where it was');
    assert.deepEqual(await page.evaluate(() => window.__shifts), [], 'no layout shift when the widget takes over');
  });
  await withPage(browser, phone, async (page) => {
    const { wasm, early } = await openHeldBack(page, '/plain.html');
    await installDeepActive(page);
    await early.locator('input[name="concern"]').first().check();
    await early.locator('button.tc-next').click();
    wasm.release();
    await waitForStep(page, 'skin_type');
    await page.waitForFunction(() => window.__deepActive()?.matches('h2, h2 *, legend *'));
  });
});

test("the clinic's accent colour is on the first screen as on the widget's", async () => {
  await withPage(browser, phone, async (page) => {
    const wasm = await holdBack(page, '**/*.wasm');
    await page.goto(`${server.origin}/accent.html`);
    await wasm.requested;
    // The accent the widget's styles use (their private copy of the public --tc-accent).
    const colour = (root) =>
      page.locator(`treatment-compare ${root} .tc-root`).evaluate((r) => getComputedStyle(r).getPropertyValue('--tcx-accent').trim());
    assert.equal(await colour('[data-tc-early]'), '#7c3aed');
    wasm.release();
    await waitForWidget(page);
    assert.equal(await colour(''), '#7c3aed');
  });
});

test('an element added once the WebAssembly runs is the widget at once, with no first screen', async () => {
  await withPage(browser, phone, async (page) => {
    await page.goto(`${server.origin}/plain.html`);
    await waitForWidget(page);
    const early = await page.evaluate(() => {
      const element = document.createElement('treatment-compare');
      document.querySelector('main').append(element);
      return element.shadowRoot.querySelector('[data-tc-early]') !== null;
    });
    assert.equal(early, false);
    await page.waitForFunction(() => document.querySelectorAll('treatment-compare')[1].shadowRoot.querySelector('.tc-step[data-step="concerns"]'));
  });
});

test("the first screen is not drawn where the widget's is not known for certain: the element keeps its height free instead", async () => {
  const cases = [
    ['/text.html', "the clinic's own texts"],
    ['/switch.html', 'a language switch'],
    ['/broken.html', 'a malformed configuration'],
    ['/clinic-language.html', "a clinic's own language"],
    ['/bad-accent.html', 'an accent colour that is not a colour'],
    ['/plain.html#tc-0=x', 'a shared link'],
  ];
  await withPage(browser, phone, async (page) => {
    const wasm = await holdBack(page, '**/*.wasm');
    for (const [path, why] of cases) {
      await page.goto(`${server.origin}${path}`);
      await wasm.requested;
      const state = await page.evaluate(() => {
        const shadow = document.querySelector('treatment-compare').shadowRoot;
        return { early: shadow.querySelector('[data-tc-early]') !== null, reserved: parseFloat(shadow.firstElementChild.style.minHeight) || 0 };
      });
      assert.deepEqual({ early: state.early, reserving: state.reserved > 500 }, { early: false, reserving: true }, why);
    }
    // Answers kept in the tab (the widget stores them as the visitor answers).
    await page.goto(`${server.origin}/plain.html`);
    await page.evaluate(() => sessionStorage.setItem(`treatment-compare:${location.pathname}:0`, 'x'));
    await page.reload();
    await wasm.requested;
    assert.equal(await page.locator('treatment-compare [data-tc-early]').count(), 0, 'stored answers');
  });
});
