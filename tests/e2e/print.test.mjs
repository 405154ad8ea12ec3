// "Print or save as PDF" on the built example host pages: window.print is replaced by a counter,
// the print button is clicked, Chromium renders the page for print (page.pdf, Letter and A4) and
// pdftotext (Debian's poppler-utils) reads the PDF back. The summary's lines must be there and
// nothing of the host page, also under a site theme's hostile print CSS and the strict CSP, in
// Spanish, and with two widgets on the page; health answers only when the visitor ticks the
// box; afterwards the page is as it was.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  TAG,
  collectErrors,
  completeQuestionnaire,
  dist,
  hostPages,
  launchChromium,
  setLocale,
  startServer,
  strictCsp,
  withPage,
} from './support.mjs';

/**
 * A site theme's print styles at their worst: only its own menu prints, the widget is hidden,
 * and every rule that could bring the rest of the page back, or hide or shrink the summary, is
 * !important.
 */
const HOSTILE_PRINT_CSS = `
@page { margin: 0; size: A5 landscape; }
@media print {
  body * { visibility: hidden !important; }
  nav, nav * { visibility: visible !important; }
  treatment-compare, [data-tc-print] { display: none !important; }
  body > *, main, header, footer, .pb-main, .layout { display: block !important; }
  html, body { height: 100% !important; overflow: hidden !important; }
  * { color: #f0f !important; font-size: 30px !important; float: left !important; }
}`;
const themePath = '/hosts/print-theme.css';
/** Where the server has host page `path` with the theme in its head. */
const themed = (path) => path.replace('/hosts/', '/hosts/themed-');

let browser;
let server;
let dir;

before(async () => {
  // Each host page also with the theme, an external stylesheet (which the strict CSP allows).
  const overrides = { [themePath]: HOSTILE_PRINT_CSS };
  for (const path of Object.values(hostPages)) {
    const html = readFileSync(join(dist, path), 'utf8');
    overrides[themed(path)] = html.replace('</head>', `<link rel="stylesheet" href="${themePath}" />\n</head>`);
  }
  const csp = { 'content-security-policy': strictCsp };
  [browser, server] = await Promise.all([
    launchChromium(),
    startServer({ overrides, headers: { [hostPages.strictCsp]: csp, [themed(hostPages.strictCsp)]: csp } }),
  ]);
  dir = mkdtempSync(join(tmpdir(), 'tc-print-'));
});

after(async () => {
  await Promise.all([browser?.close(), server?.close()]);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Expression lines and acne scars with injections welcome: microneedling + neuromodulator. */
const planAnswers = {
  concerns: { expression_lines: 'moderate', acne_scars: 'moderate' },
  skinType: 'III',
  downtime: 'up_to_a_week',
  budget: 'up_to_3000',
  injections: 'yes',
  // Cold sores: a reason on microneedling's candidacy; a neuromuscular disorder concerns the
  // neuromodulator only, so it is nowhere in the summary but in the health answers.
  health: { cold_sore_history: 'yes', neuromuscular_disorder: 'not_sure' },
  isotretinoin: 'never',
};

/** Host texts of the example pages, none of which may print. */
const hostTexts = [
  'two instances',
  '1 Example Street',
  'Example page for the treatment-compare widget',
  'A simple clinic page',
  'Certified therapists',
  'This page allows scripts',
  'Two clinics, one page',
];

/** Texts of the widget's screen that a clean summary leaves out. */
const screenTexts = ['Print or save as PDF', 'Change concerns', 'Compare microneedling with', 'Why this score', 'Book a consultation'];

/**
 * Opens `path` with window.print counted (an init script: not subject to the page's CSP) and
 * CSP violations recorded. Returns `{ prints, violations, csp }`: `prints()` is the calls so far,
 * `csp` the page's Content-Security-Policy header.
 */
async function open(page, path) {
  const violations = [];
  await page.exposeBinding('__tcViolation', (_source, v) => violations.push(v));
  await page.addInitScript(() => {
    window.__tcPrints = 0;
    window.print = () => {
      window.__tcPrints += 1;
    };
    document.addEventListener('securitypolicyviolation', (e) => window.__tcViolation(`${e.violatedDirective} ${e.blockedURI}`), true);
  });
  const response = await page.goto(server.origin + path);
  return { prints: () => page.evaluate(() => window.__tcPrints), violations, csp: response.headers()['content-security-policy'] };
}

/** What a host page is made of outside the widgets' shadow roots, to compare before and after. */
function pageState(page) {
  return page.evaluate(() => ({
    body: [...document.body.children].map((el) => `${el.localName}${[...el.attributes].map((a) => ` ${a.name}=${a.value}`).join('')}`),
    html: document.documentElement.outerHTML.length,
    sheets: document.adoptedStyleSheets.length,
    roots: document.querySelectorAll('[data-tc-print]').length,
  }));
}

/**
 * Clicks `widget`'s print button (ticking the health box first when `health`), checks that the
 * page was asked to print once and the summary is on the page, renders it for print in `format`
 * and returns `{ text, pages, size }`: the PDF's text with white space collapsed, its page count
 * and the first page's size in points.
 */
async function printed(page, widget, prints, { format = 'Letter', health = false } = {}) {
  const before = await prints();
  const box = widget.locator('input[name="print-health"]');
  if (health) await box.check();
  else assert.equal(await box.isChecked(), false, 'the health box starts unticked');
  await widget.locator('[part="print-button"]').click();
  await page.waitForFunction((n) => window.__tcPrints > n, before);
  assert.equal(await prints(), before + 1, 'window.print() called once');
  assert.equal(await page.locator('body > [data-tc-print]').count(), 1, 'one print root');
  assert.ok(await page.evaluate(() => document.body.lastElementChild.matches('[data-tc-print]')), 'at the end of the body');
  const file = join(dir, `summary-${Date.now()}.pdf`);
  writeFileSync(file, await page.pdf({ format }));
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8').replace(/\s+/g, ' ');
  const info = execFileSync('pdfinfo', [file]).toString();
  const [, w, h] = info.match(/Page size:\s+([\d.]+) x ([\d.]+) pts/);
  return { text, pages: Number(info.match(/Pages:\s+(\d+)/)[1]), size: [Math.round(w), Math.round(h)] };
}

function assertAll(text, wanted, what) {
  const missing = wanted.filter((w) => !text.includes(w));
  assert.deepEqual(missing, [], `${what} missing from the printout:\n${text}`);
}

function assertNone(text, unwanted, what) {
  const found = unwanted.filter((w) => text.includes(w));
  assert.deepEqual(found, [], `${what} in the printout:\n${text}`);
}

/** The English summary of `planAnswers` at Glow Clinic. */
const englishSummary = [
  'Glow Clinic',
  'Your treatment comparison',
  'Printed on ',
  'Your concerns',
  'Expression lines: Moderate',
  'Acne scars: Moderate',
  'How the treatments compare',
  'Fits your answers: ',
  'Health check: Talk to your provider first',
  'Health check: Suitable',
  'A combined plan for all your concerns',
  'Expression lines: Wrinkle-relaxing injection',
  'Acne scars: Microneedling',
  'Typical spacing; your provider sets the order.',
  'Microneedling for you: Talk to your provider first',
  'Before your treatment',
  'After your treatment',
  'Your timeline',
  'Timeline in detail',
  'Sources',
  'Source: ',
  'This is general information, not medical advice. A consultation with Glow Clinic decides what is right for you.',
];

/** What only the health answers say. */
const healthTexts = [
  'Your health answers Have you taken isotretinoin tablets for acne (Accutane, Roaccutane)? Never',
  'Do you have a nerve or muscle disorder, such as myasthenia gravis? Not sure',
  'You answered “No” to every other health question.',
];

for (const format of ['Letter', 'A4']) {
  test(`the plain page prints the summary alone on ${format}, without health answers unless ticked, and is left as it was`, async () => {
    await withPage(browser, { viewport: { width: 1000, height: 900 } }, async (page) => {
      const errors = collectErrors(page);
      const { prints } = await open(page, hostPages.plain);
      const widget = page.locator(TAG);
      await completeQuestionnaire(page, planAnswers, { scope: widget });
      const state = await pageState(page);

      const plain = await printed(page, widget, prints, { format });
      assertAll(plain.text, englishSummary, 'the summary');
      assertNone(plain.text, [...hostTexts, ...screenTexts], 'host page or screen-only texts');
      assertNone(plain.text, healthTexts, 'health answers');
      // Microneedling's cold-sore reason is a health answer too: left out, saying so.
      assertNone(plain.text, ['Do you get cold sores?'], 'a health answer behind a reason');
      assertAll(plain.text, ['Your health answers behind this are left out of this printout.'], 'the note');
      assert.deepEqual(plain.size, format === 'Letter' ? [612, 792] : [596, 843], 'the paper size asked for');
      assert.ok(plain.pages >= 2 && plain.pages <= 5, `${plain.pages} pages`);
      // Chromium fired afterprint after rendering: the root and the page's sheet are gone.
      assert.deepEqual(await pageState(page), state, 'the page after printing');

      const withHealth = await printed(page, widget, prints, { format, health: true });
      assertAll(withHealth.text, [...englishSummary, ...healthTexts, 'Do you get cold sores? Yes'], 'the summary with health answers');
      assertAll(withHealth.text, ['You answered “Yes” to “Do you get cold sores?”'], 'the reason');
      assertNone(withHealth.text, [...hostTexts, ...screenTexts, 'left out of this printout'], 'host page texts');
      assert.deepEqual(await pageState(page), state, 'the page after printing again');
      assert.deepEqual(errors, []);
    });
  });
}

test('the root waits for afterprint while print() returns at once, and the next print replaces it', async () => {
  await withPage(browser, { viewport: { width: 1000, height: 900 } }, async (page) => {
    const { prints } = await open(page, hostPages.plain);
    const widget = page.locator(TAG);
    await completeQuestionnaire(page, planAnswers, { scope: widget });
    const state = await pageState(page);
    for (let i = 1; i <= 2; i++) {
      await widget.locator('[part="print-button"]').click();
      await page.waitForFunction((n) => window.__tcPrints === n, i);
      const now = await pageState(page);
      assert.equal(now.roots, 1, 'one print root');
      assert.equal(now.sheets, state.sheets + 1, "one sheet of the widget's in the document");
    }
    // On screen the root shows nothing and the page looks the same.
    assert.equal(await page.locator('body > [data-tc-print]').evaluate((el) => getComputedStyle(el).display), 'none');
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    assert.deepEqual(await pageState(page), state, 'the page after afterprint');
    assert.equal(await prints(), 2);
  });
});

for (const [name, path] of [
  ['plain', hostPages.plain],
  ['hostile CSS', hostPages.hostile],
  ['strict CSP', hostPages.strictCsp],
]) {
  test(`the ${name} page with a site theme's hostile print CSS prints the summary and nothing else`, async () => {
    await withPage(browser, { viewport: { width: 1000, height: 900 } }, async (page) => {
      const errors = collectErrors(page);
      const { prints, violations, csp } = await open(page, themed(path));
      assert.equal(await page.locator(`link[href="${themePath}"]`).count(), 1, 'the theme is on the page');
      if (path === hostPages.strictCsp) assert.equal(csp, strictCsp, 'served with the strict CSP header');
      const widget = page.locator(TAG);
      await completeQuestionnaire(page, planAnswers, { scope: widget });
      // The control: printed from the browser's menu, the page shows its own menu, no summary.
      const control = join(dir, `control-${Date.now()}.pdf`);
      writeFileSync(control, await page.pdf({ format: 'A4' }));
      const own = execFileSync('pdftotext', ['-enc', 'UTF-8', control, '-']).toString('utf8').replace(/\s+/g, ' ');
      // (Upper case on the hostile page: its stylesheet transforms every text.)
      assert.match(own, /hostile/i, `the theme prints the page's menu: ${own}`);
      assertNone(own, ['Your treatment comparison'], 'the summary before the button is pressed');

      const state = await pageState(page);
      const { text, size } = await printed(page, widget, prints, { format: 'A4' });
      assertAll(text, englishSummary, 'the summary');
      assertNone(text, [...hostTexts, ...screenTexts, ...healthTexts], 'host page texts');
      assert.doesNotMatch(text, /hostile/i, "the page's menu");
      assert.deepEqual(size, [596, 843], 'A4 in portrait, not the theme\'s A5 landscape');
      assert.deepEqual(await pageState(page), state, 'the page after printing');
      assert.deepEqual(violations, [], 'CSP violations');
      assert.deepEqual(errors, []);
    });
  });
}

test('in Spanish the summary is Spanish', async () => {
  await withPage(browser, { viewport: { width: 1000, height: 900 } }, async (page) => {
    const { prints, violations, csp } = await open(page, themed(hostPages.strictCsp));
    assert.equal(csp, strictCsp);
    await setLocale(page, 'es');
    const widget = page.locator(TAG);
    await completeQuestionnaire(page, planAnswers, { scope: widget });
    const { text } = await printed(page, widget, prints, { format: 'A4', health: true });
    assertAll(
      text,
      [
        'Glow Clinic',
        'Su comparación de tratamientos',
        'Impreso el ',
        'Lo que desea mejorar',
        'Líneas de expresión: Moderada',
        'Comparación de los tratamientos',
        'Revisión de salud: ',
        'Un plan combinado para todas sus preocupaciones',
        'Sus respuestas de salud',
        'Usted respondió “No” a todas las demás preguntas de salud.',
        'Su calendario',
        'Fuentes',
        'Esta información es general y no constituye asesoramiento médico.',
      ],
      'the Spanish summary',
    );
    assertNone(text, [...englishSummary.filter((s) => s !== 'Glow Clinic' && s !== 'Sources' && s !== 'Source: '), ...hostTexts], 'English or host texts');
    assert.deepEqual(violations, []);
  });
});

test('of two widgets on a page, each prints its own summary only', async () => {
  await withPage(browser, { viewport: { width: 1280, height: 900 } }, async (page) => {
    const { prints, violations } = await open(page, themed(hostPages.twoInstances));
    const glow = page.locator('#glow');
    const lumiere = page.locator('#lumiere');
    await completeQuestionnaire(page, planAnswers, { scope: glow });
    await completeQuestionnaire(page, { ...planAnswers, concerns: { acne_scars: 'mild' } }, { scope: lumiere });
    const state = await pageState(page);

    const second = await printed(page, lumiere, prints);
    assertAll(second.text, ['Clinique Lumière', 'Acne scars: Mild', 'A consultation with Clinique Lumière decides'], "the second widget's summary");
    assertNone(second.text, ['Glow Clinic', 'Expression lines', ...hostTexts], "the first widget's or the page's texts");

    const first = await printed(page, glow, prints);
    assertAll(first.text, ['Glow Clinic', 'Expression lines: Moderate', 'A consultation with Glow Clinic decides'], "the first widget's summary");
    assertNone(first.text, ['Clinique Lumière', 'Acne scars: Mild', ...hostTexts], "the second widget's or the page's texts");

    // Printing one and then the other before the browser prints: only the last one is there.
    await lumiere.locator('[part="print-button"]').click();
    await glow.locator('[part="print-button"]').click();
    await page.waitForFunction(() => window.__tcPrints === 4);
    assert.equal(await page.locator('body > [data-tc-print]').count(), 1);
    assert.match(await page.locator('body > [data-tc-print] .tc-print-header').innerText(), /Glow Clinic/);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    assert.deepEqual(await pageState(page), state, 'the page after printing');
    assert.deepEqual(violations, []);
  });
});
