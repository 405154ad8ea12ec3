// Languages, end to end on the built widget: the whole journey in Spanish with no English on
// screen, the language switch, a clinic's overrides and added language, bad text tables, a
// pseudo-language 40% longer at 320 px and a right-to-left language.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  collectErrors,
  completeQuestionnaire,
  launchChromium,
  loaderPath,
  recordWidgetEvents,
  root,
  sampleAnswers,
  startServer,
  waitForEvents,
  waitForStep,
  withPage,
} from './support.mjs';

const english = JSON.parse(readFileSync(join(root, 'src/text/en.json'), 'utf8'));
const spanish = JSON.parse(readFileSync(join(root, 'src/text/es.json'), 'utf8'));

/** A host page at `path` with `body` (one or more <treatment-compare> elements). */
function hostPage(body, lang = 'en') {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Languages test</title>
<link rel="icon" href="data:,">
<script type="module" src="${loaderPath}"></script></head>
<body><main><h1>Clinic</h1>${body}</main></body></html>`;
}

/** A <treatment-compare> element with attributes and an optional JSON configuration. */
function element(attributes, json) {
  const attrs = Object.entries(attributes).map(([k, v]) => ` ${k}="${v.replace(/"/g, '&quot;')}"`).join('');
  const script = json ? `<script type="application/json">${JSON.stringify(json)}</script>` : '';
  return `<treatment-compare${attrs}>${script}</treatment-compare>`;
}

/** A pseudo-language: every English string about 40% longer, with accents, placeholders kept. */
function pseudoTable() {
  const accents = { a: 'á', e: 'é', i: 'î', o: 'ö', u: 'ü', c: 'ç', n: 'ñ', s: 'š', y: 'ý', A: 'Å', E: 'É', O: 'Ö', S: 'Š' };
  const formats = new Set(['language.dir', 'results.range', 'results.money', 'results.money_code', 'results.date_format', 'results.thousands_separator', 'results.note_ref']);
  const table = {};
  for (const [key, text] of Object.entries(english)) {
    if (formats.has(key) || text === '') continue;
    const parts = text.split(/(\{[a-z_]+\})/);
    const accented = parts.map((p) => (p.startsWith('{') ? p : [...p].map((c) => accents[c] || c).join(''))).join('');
    const letters = text.replace(/\{[a-z_]+\}/g, '').length;
    const pad = Math.ceil(letters * 0.4);
    // Padding in words, as real longer languages wrap.
    const words = [];
    for (let n = 0; n < pad; n += 6) words.push('ŵöŕðš');
    table[key] = words.length ? `${accented} ${words.join(' ').slice(0, Math.max(pad - 1, 1))}` : accented;
  }
  table['language.name'] = 'Pšéûðö';
  return table;
}

const arabic = {
  'language.name': 'العربية',
  'language.dir': 'rtl',
  'questions.title': 'ما العلاج المناسب لبشرتك؟',
  'questions.steps.concerns': 'ما الذي تودّ تحسينه؟',
  'questions.step_names.concerns': 'المخاوف',
  'questions.next': 'التالي',
  'questions.back': 'رجوع',
  'questions.see_results': 'اعرض نتائجي',
  'results.title': 'نتائجك',
  'results.timeline_heading': 'الجدول الزمني',
};

const pages = {
  '/lang/spanish.html': hostPage(element({ 'clinic-name': 'Clínica Sol', 'booking-url': '#cita' }), 'es-MX'),
  '/lang/switch.html': hostPage(element({ 'clinic-name': 'Glow Clinic', languages: 'en es' })),
  '/lang/clinic.html': hostPage(
    element(
      { languages: 'en fr' },
      {
        text: {
          en: { 'results.treatments.microneedling': 'Collagen induction therapy', 'questions.title': 'Find your treatment' },
          fr: { 'language.name': 'Français', 'questions.title': 'Quel soin vous convient ?', 'questions.next': 'Suivant' },
        },
      },
    ),
  ),
  '/lang/bad.html': hostPage(
    [
      element({ id: 'typo' }, { text: { en: { 'questions.titel': 'Hi' } } }),
      element({ id: 'placeholder', locale: 'es' }, { text: { es: { 'questions.step_count': 'Paso {n} de {todos}' } } }),
      element({ id: 'code' }, { text: { French: { 'questions.title': 'Bonjour' } } }),
      element({ id: 'direction' }, { text: { ar: { 'language.dir': 'right' } } }),
      element({ id: 'ok' }),
    ].join('\n'),
  ),
  '/lang/bad-type.html': hostPage(
    `<treatment-compare id="type"><script type="application/json">{"text": {"fr": {"questions.back": 3}}}</script></treatment-compare>`,
  ),
  '/lang/pseudo.html': hostPage(element({ locale: 'qps' }, { text: { qps: pseudoTable() } })),
  '/lang/rtl.html': hostPage(element({ locale: 'ar' }, { text: { ar: arabic } }), 'ar'),
};

let browser;
let server;

before(async () => {
  [browser, server] = await Promise.all([launchChromium(), startServer({ overrides: pages })]);
});

after(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

/** Everything a visitor can see or hear inside the widget: text, accessible names, SVG text. */
async function widgetText(page, selector = 'treatment-compare') {
  return page.$eval(selector, (el) => {
    const root = el.shadowRoot;
    const parts = [root.querySelector('.tc-root')?.innerText || root.textContent];
    for (const node of root.querySelectorAll('*')) {
      for (const a of ['aria-label', 'aria-valuetext', 'title', 'placeholder', 'alt']) {
        if (node.hasAttribute(a)) parts.push(node.getAttribute(a));
      }
      if (['title', 'text', 'desc'].includes(node.localName) && node.namespaceURI === 'http://www.w3.org/2000/svg') {
        parts.push(node.textContent);
      }
      if (node.localName === 'option') parts.push(node.textContent);
    }
    return parts.join('\n');
  });
}

/**
 * English fragments from the English text table that a Spanish screen must not show: each
 * English text's literal parts (around its placeholders) that are not also Spanish (names such
 * as "Microneedling", figures), of at least four letters.
 */
function englishFragments() {
  const spanishAll = Object.values(spanish).join('\n');
  const fragments = new Set();
  for (const [key, text] of Object.entries(english)) {
    if (spanish[key] === text) continue;
    for (const raw of text.split(/\{[a-z_]+\}/)) {
      const f = raw.trim().replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
      if ((f.match(/\p{L}/gu) || []).length >= 4 && !spanishAll.includes(f)) fragments.add(f);
    }
  }
  return [...fragments];
}

function englishOn(text, fragments) {
  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return fragments.filter((f) => new RegExp(`(?<!\\p{L})${escape(f)}(?!\\p{L})`, 'u').test(text));
}

test('a Spanish-speaking visitor completes the whole journey on a phone with no English on screen', async () => {
  const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
  await withPage(browser, phone, async (page) => {
    const errors = collectErrors(page);
    await page.goto(`${server.origin}/lang/spanish.html`);
    await waitForStep(page, 'concerns');
    // <html lang="es-MX"> chose Spanish, formatted for Mexico.
    assert.equal(await page.locator('.tc-root').getAttribute('lang'), 'es-MX');
    assert.equal(await page.locator('.tc-root').getAttribute('dir'), 'ltr');

    const fragments = englishFragments();
    assert.ok(fragments.length > 300, `English fragments to look for: ${fragments.length}`);
    const found = [];
    const check = async (where) => {
      const hits = englishOn(await widgetText(page), fragments);
      if (hits.length) found.push(`${where}: ${hits.map((h) => JSON.stringify(h)).join(', ')}`);
    };
    // Concerns that need a combined plan (expression lines, acne scars) and bring the melasma
    // advice and the lasers' cautions on type V skin, so that every part of the results shows.
    const answers = {
      ...sampleAnswers,
      concerns: { acne_scars: 'moderate', expression_lines: 'moderate', melasma: 'mild' },
      injections: 'yes',
      health: { cold_sore_history: 'yes', pregnant_or_breastfeeding: 'not_sure' },
      isotretinoin: 'stopped',
      isotretinoinLastTaken: '2026-10-01',
    };
    await completeQuestionnaire(page, answers, {
      onStep: async (key) => {
        if (key === 'concerns') {
          // The validation hint: untick everything, then tick again.
          await page.locator('input[name="concern"]:checked').evaluateAll((all) => all.forEach((i) => i.click()));
          await page.locator('.tc-hint').filter({ hasText: /\S/ }).waitFor();
          await check('concerns, nothing chosen');
          for (const c of Object.keys(answers.concerns)) await page.check(`input[name="concern"][value="${c}"]`);
        }
        if (key === 'skin_type') {
          await page.locator('.tc-step[data-step="skin_type"] button.tc-quiz-toggle').click();
          await page.locator('.tc-quiz:not([data-pending])').waitFor();
        }
        await check(`step ${key}`);
      },
    });
    await page.$$eval('details.tc-why', (all) => all.forEach((d) => (d.open = true)));
    for (const box of await page.locator('input[type="checkbox"][name="compare"]').all()) await box.check();
    await page.locator('g.tc-timeline-row').nth(1).waitFor();
    await page.locator('section.tc-plan li.tc-plan-step').nth(1).waitFor();
    await page.locator('p.tc-note').waitFor();
    await check('results, every why open, every treatment compared');
    assert.deepEqual(found, [], `English on the Spanish screens:\n${found.join('\n')}`);

    // Dates, counts and money in Spanish.
    const text = await widgetText(page);
    assert.match(text, /\b\d{1,2} (ene|feb|mar|abr|may|jun|jul|ago|sept|oct|nov|dic) \d{4}\b/, 'a date as "1 dic 2026"');
    assert.match(text, /\d sesiones\b/);
    assert.match(text, /Cada \d+ semanas/);
    assert.match(text, /Pedir cita/);
    assert.deepEqual(errors, []);
  });
});

test('the language switch re-renders in place and keeps every answer', async () => {
  await withPage(browser, { viewport: { width: 1024, height: 900 } }, async (page) => {
    await page.goto(`${server.origin}/lang/switch.html`);
    await waitForStep(page, 'concerns');
    const switchButtons = page.locator('.tc-languages button');
    assert.equal(await switchButtons.count(), 2);
    assert.deepEqual(await switchButtons.allInnerTexts(), ['English', 'Español']);
    assert.equal(await page.locator('.tc-language[lang="es"]').getAttribute('aria-pressed'), 'false');

    await page.check('input[name="concern"][value="acne_scars"]');
    await page.selectOption('select[name="severity-acne_scars"]', 'severe');
    await page.click('.tc-language[data-language="es"]');
    await page.locator('.tc-root[lang="es"]').waitFor();
    assert.equal(await page.locator('.tc-language[lang="es"]').getAttribute('aria-pressed'), 'true');
    assert.equal(await page.locator('.tc-step h2').first().innerText(), spanish['questions.steps.concerns']);
    assert.ok(await page.isChecked('input[name="concern"][value="acne_scars"]'), 'the answer is kept');
    assert.equal(await page.inputValue('select[name="severity-acne_scars"]'), 'severe');
    // A changed configuration (an attribute) keeps the visitor's language.
    await page.evaluate(() => document.querySelector('treatment-compare').setAttribute('clinic-name', 'Clínica Glow'));
    await page.locator('.tc-clinic', { hasText: 'Clínica Glow' }).waitFor();
    assert.equal(await page.locator('.tc-root').getAttribute('lang'), 'es');

    await completeQuestionnaire(page, { ...sampleAnswers, concerns: {} }, {});
    const spanishHeading = await page.locator('section.tc-results h2').innerText();
    assert.equal(spanishHeading, spanish['results.title']);
    await page.click('.tc-language[data-language="en"]');
    await page.locator('.tc-root[lang="en"]').waitFor();
    await page.locator('section.tc-results[data-complete]').waitFor();
    assert.equal(await page.locator('section.tc-results h2').innerText(), english['results.title']);
    assert.equal(await page.locator('.tc-ranking > li.tc-family').count(), 5, 'the results stay');
  });
});

test("a clinic's overrides and added language show, and its missing keys are logged once", async () => {
  await withPage(browser, { viewport: { width: 1024, height: 900 } }, async (page) => {
    const warnings = [];
    page.on('console', (m) => m.type() === 'warning' && m.text().includes('treatment-compare') && warnings.push(m.text()));
    await page.goto(`${server.origin}/lang/clinic.html`);
    await waitForStep(page, 'concerns');
    assert.equal(await page.locator('.tc-heading').innerText(), 'Find your treatment');
    await page.click('.tc-language[data-language="fr"]');
    await page.locator('.tc-root[lang="fr"]').waitFor();
    assert.equal(await page.locator('.tc-heading').innerText(), 'Quel soin vous convient ?');
    assert.equal(await page.locator('button.tc-next').innerText(), 'Suivant');
    assert.equal(await page.locator('.tc-step h2').first().innerText(), english['questions.steps.concerns'], 'a missing key falls back to English');
    // Re-rendering (an attribute change) does not log again.
    await page.evaluate(() => document.querySelector('treatment-compare').setAttribute('clinic-name', 'Glow'));
    await page.locator('.tc-clinic', { hasText: 'Glow' }).waitFor();
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0], /text\.fr: \d+ keys are missing and show in English: .*questions\.back/);
  });
});

test('each bad text configuration names the key, fires tc-error and leaves the page working', async () => {
  const expected = {
    typo: 'text.en.questions.titel',
    placeholder: 'text.es.questions.step_count',
    code: 'text.French',
    direction: 'text.ar.language.dir',
  };
  for (const [path, cases] of [
    ['/lang/bad.html', expected],
    ['/lang/bad-type.html', { type: 'text.fr.questions.back' }],
  ]) {
    await withPage(browser, { viewport: { width: 1024, height: 900 } }, async (page) => {
      const events = await recordWidgetEvents(page);
      const logged = [];
      page.on('console', (m) => m.type() === 'error' && logged.push(m.text()));
      await page.goto(`${server.origin}${path}`);
      const errors = await waitForEvents(events, { type: 'tc-error' }, Object.keys(cases).length);
      for (const [id, field] of Object.entries(cases)) {
        const event = errors.find((e) => e.target === id);
        assert.ok(event, `tc-error from #${id}`);
        assert.equal(event.detail.field, field);
        const message = await page.locator(`#${id} .tc-config-error`).innerText();
        assert.ok(message.includes(field), `#${id} shows "${message}"`);
        assert.ok(logged.some((l) => l.includes(field)), `${field} logged`);
      }
      if (cases.typo) {
        assert.match(await page.locator('#typo .tc-config-error').innerText(), /did you mean "questions\.title"/);
        assert.match(await page.locator('#placeholder .tc-config-error').innerText(), /^No es posible iniciar/, 'the Spanish table was refused in Spanish');
        assert.equal(await page.locator('#placeholder .tc-root').getAttribute('lang'), 'es');
        // The valid widget on the same page works.
        await page.locator('#ok input[name="concern"][value="acne_scars"]').check();
        await page.locator('#ok button.tc-next:not([disabled])').click();
        await page.locator('#ok .tc-step[data-step="skin_type"]').waitFor();
      }
      assert.equal(await page.locator('h1').innerText(), 'Clinic', "the page's own content is untouched");
    });
  }
});

/** What sticks out to the right of a `width`-px viewport or is clipped, on this screen. */
async function layoutProblems(page, width) {
  return page.evaluate((width) => {
    const problems = [];
    const root = document.querySelector('treatment-compare').shadowRoot;
    if (document.documentElement.scrollWidth > width) problems.push(`page scrollWidth ${document.documentElement.scrollWidth}`);
    for (const el of root.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      const name = `${el.localName}.${[...el.classList].join('.')}`;
      if (r.right > width + 0.5 || r.left < -0.5) problems.push(`${name} sticks out (${Math.round(r.left)}..${Math.round(r.right)})`);
      const style = getComputedStyle(el);
      const clips = (o) => o === 'hidden' || o === 'clip';
      const hasText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
      if (!hasText || el.namespaceURI === 'http://www.w3.org/2000/svg') continue;
      // Text for screen readers only (the progress names on narrow screens) is clipped on purpose.
      if (style.clipPath === 'inset(50%)' && r.width <= 1 && r.height <= 1) continue;
      if (clips(style.overflowX) && el.scrollWidth > el.clientWidth + 1) problems.push(`${name} clips its text horizontally`);
      if (clips(style.overflowY) && el.scrollHeight > el.clientHeight + 1) problems.push(`${name} clips its text vertically`);
      if (style.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth) problems.push(`${name} is cut with an ellipsis`);
    }
    return problems.slice(0, 8);
  }, width);
}

test('a pseudo-language 40% longer shows no clipped or overflowing text at 320 px', async () => {
  await withPage(browser, { viewport: { width: 320, height: 640 } }, async (page) => {
    const errors = collectErrors(page);
    await page.goto(`${server.origin}/lang/pseudo.html`);
    await waitForStep(page, 'concerns');
    assert.match(await page.locator('.tc-heading').innerText(), /Ŵĥ|Wĥ|Whîçh|ŵöŕðš/);
    const found = [];
    await completeQuestionnaire(page, sampleAnswers, {
      onStep: async (key) => {
        for (const p of await layoutProblems(page, 320)) found.push(`${key}: ${p}`);
      },
    });
    await page.$$eval('details.tc-why', (all) => all.forEach((d) => (d.open = true)));
    for (const box of await page.locator('input[type="checkbox"][name="compare"]').all()) await box.check();
    // The chart fits its row labels in the next animation frame after it renders (timeline_chart.rs).
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    for (const p of await layoutProblems(page, 320)) found.push(`results: ${p}`);
    assert.deepEqual(found, []);
    assert.deepEqual(errors, []);
  });
});

test('a right-to-left language mirrors the layout, the progress and the timeline, with no overflow', async () => {
  await withPage(browser, { viewport: { width: 320, height: 640 } }, async (page) => {
    await page.goto(`${server.origin}/lang/rtl.html`);
    await waitForStep(page, 'concerns');
    const root = page.locator('.tc-root');
    assert.equal(await root.getAttribute('dir'), 'rtl');
    assert.equal(await root.getAttribute('lang'), 'ar');
    assert.equal(await root.evaluate((el) => getComputedStyle(el).direction), 'rtl');
    assert.equal(await page.locator('.tc-heading').innerText(), arabic['questions.title']);
    // The progress runs from the right: the first step's item is right of the second's.
    const steps = page.locator('ol.tc-progress > li');
    const [first, second] = [await steps.nth(0).boundingBox(), await steps.nth(1).boundingBox()];
    assert.ok(first.x > second.x, `first step at ${first.x}, second at ${second.x}`);
    assert.deepEqual(await layoutProblems(page, 320), []);

    await completeQuestionnaire(page, sampleAnswers, {});
    // The timeline runs from the right: a course's first session is right of its last.
    const sessions = page.locator('g.tc-timeline-row').first().locator('circle.tc-session');
    const count = await sessions.count();
    assert.ok(count > 1, 'several sessions');
    const [a, b] = [await sessions.nth(0).boundingBox(), await sessions.nth(count - 1).boundingBox()];
    assert.ok(a.x > b.x, `first session at ${a.x}, last at ${b.x}`);
    // The score bars fill from the right.
    const bar = await page.locator('.tc-score-bar').first().boundingBox();
    const fill = await page.locator('.tc-score-fill').first().boundingBox();
    assert.ok(Math.abs(fill.x + fill.width - (bar.x + bar.width)) < 1.5, 'the fill starts at the right end');
    assert.deepEqual(await layoutProblems(page, 320), []);
  });
});
