// The clinic's configurator (dist/configure.html, from examples/configure.html and
// examples/configure/; its checker is the `configurator` wasm in dist/configure/validate/) in
// Chromium, served with the strict Content-Security-Policy throughout: filling the form moves
// both previews; the copied snippet pasted into the plain and strict-CSP host pages works; a
// pasted invalid snippet shows each problem at its field, in the element's own words; snippet →
// form → snippet is identical; axe finds nothing in English or Spanish; the visitor's files
// carry none of the configurator's code.
// Run: `node --test tests/e2e/configure.test.mjs` after `trunk build --release --offline`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  TAG,
  axePath,
  axeTags,
  collectErrors,
  completeQuestionnaire,
  dist,
  eventually,
  hostPages,
  launchChromium,
  pasteSnippet,
  readmeSnippet,
  recordWidgetEvents,
  root,
  settle,
  startServer,
  strictCsp,
  waitForEvents,
  withPage,
} from './support.mjs';
import { TEXT } from '../../examples/configure/text.js';

const wide = { viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 };
const PAGE = '/configure.html';
const phone = (page) => page.frameLocator('#cf-preview-phone').locator(TAG);
const desktop = (page) => page.frameLocator('#cf-preview-desktop').locator(TAG);

let browser;
let server;

before(async () => {
  [browser, server] = await Promise.all([launchChromium(), startServer({ headers: { '*': { 'content-security-policy': strictCsp } } })]);
});

after(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

/** Records CSP violations in the page and its frames from before any script runs. */
async function watchCsp(page) {
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window.top.__cspViolations ??= []).push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}`);
    });
  });
}

/** Opens the configurator and waits until its checker has loaded and both previews show the widget. */
async function open(page, query = '') {
  await page.goto(`${server.origin}${PAGE}${query}`);
  await page.locator('body[data-ready]').waitFor();
  await phone(page).locator('.tc-root').first().waitFor();
  await desktop(page).locator('.tc-root').first().waitFor();
}

/** Waits until the page has taken in every change made so far (its update runs after input). */
async function updated(page) {
  const before = await page.evaluate(() => Number(document.body.dataset.updates || 0));
  await page.evaluate(() => document.querySelector('#cf-form').dispatchEvent(new Event('input', { bubbles: true })));
  await page.waitForFunction((n) => Number(document.body.dataset.updates || 0) > n, before);
}

const snippetText = (page) => page.locator('#cf-snippet').inputValue();

async function pasteAndLoad(page, snippet) {
  await page.locator('#cf-paste').fill(snippet);
  await page.locator('#cf-load').click();
  await updated(page);
}

test('dist/ has the configurator as examples/ has it, and its checker', async () => {
  const copies = [['configure.html', join('examples', 'configure.html')]];
  for (const file of await readdir(join(root, 'examples', 'configure'))) copies.push([join('configure', file), join('examples', 'configure', file)]);
  for (const [built, source] of copies) {
    const copy = await readFile(join(dist, built)).catch(() => null);
    assert.ok(copy?.equals(await readFile(join(root, source))), `dist/${built} is a copy of ${source}: rebuild`);
  }
  const checker = await readdir(join(dist, 'configure', 'validate'));
  assert.deepEqual(checker.sort(), ['treatment_compare.js', 'treatment_compare_bg.wasm'], 'the checker, from scripts/build-configurator.sh');
});

test('every text of the configurator is in English and Spanish, and the page uses only those', async () => {
  assert.deepEqual(Object.keys(TEXT.es).sort(), Object.keys(TEXT.en).sort(), 'the same keys in both languages');
  for (const [lang, table] of Object.entries(TEXT)) {
    for (const [key, text] of Object.entries(table)) assert.ok(text.trim(), `${lang} ${key} is not empty`);
  }
  const page = await readFile(join(root, 'examples', 'configure.html'), 'utf8');
  const used = [...page.matchAll(/data-t(?:-label|-title)?="([^"]+)"/g)].map((m) => m[1]);
  assert.ok(used.length > 40, 'the page takes its words from the table');
  for (const key of used) assert.ok(key in TEXT.en, `${key} is in the table`);
  for (const html of [page, await readFile(join(root, 'examples', 'configure', 'preview.html'), 'utf8')]) {
    const inline = html.match(/<script(?![^>]*\ssrc=)[^>]*>|<style|\sstyle="|\son[a-z]+="/);
    assert.equal(inline, null, 'nothing inline in the page');
  }
});

test('filling the form moves both previews: the clinic name, its price, an un-offered treatment hidden', async () => {
  await withPage(browser, wide, async (page) => {
    const errors = collectErrors(page);
    await watchCsp(page);
    await open(page);

    await page.locator('#cf-clinic-name').fill('Glow Clinic');
    for (const preview of [phone(page), desktop(page)]) {
      await eventually(async () => (await preview.locator('.tc-clinic').textContent().catch(() => '')) === 'Glow Clinic', {
        message: 'the clinic name in the preview',
      });
    }
    // The two frames lay the widget out for different widths.
    const width = async (preview) => preview.locator('.tc-root').first().evaluate((el) => el.getBoundingClientRect().width);
    assert.ok((await width(phone(page))) < 400, 'the phone preview is phone-width');
    assert.ok((await width(desktop(page))) > 600, 'the computer preview is wider');

    await page.locator('#cf-currency').fill('EUR');
    await page.locator('#cf-microneedling-from').fill('250');
    await page.locator('#cf-microneedling-to').fill('600');
    await page.locator('#cf-microneedling-per').selectOption('session');
    await page.locator('#cf-filler-offered').uncheck();
    await page.locator('[name="not-offered"][value="hide"]').check();
    await updated(page);
    assert.equal(await page.locator('#cf-problems-count').textContent(), TEXT.en['problems.none']);

    const preview = desktop(page);
    await completeQuestionnaire(page, undefined, { scope: preview });
    // The clinic's price is in the "why" of its treatment (open every one, as a visitor may).
    await preview.locator('details.tc-why').evaluateAll((all) => all.forEach((d) => (d.open = true)));
    const results = await eventually(async () => {
      const text = await preview.locator('section.tc-results').textContent();
      return /A course at this clinic costs €/.test(text) && text;
    }, { message: 'the clinic price in the results' });
    // Microneedling's course at 250–600 € a session: both ends the same number of sessions.
    const [, low, high] = results.match(/A course at this clinic costs €([\d,]+)–€([\d,]+)/);
    const sessions = Number(low.replace(/,/g, '')) / 250;
    assert.ok(Number.isInteger(sessions) && sessions >= 1, `${low} is a whole number of sessions at €250`);
    assert.equal(Number(high.replace(/,/g, '')), sessions * 600, 'and the high end the same sessions at €600');
    assert.match(results, /The clinic's own price list/);
    assert.doesNotMatch(results, /Hyaluronic acid filler/, 'the filler is hidden');
    assert.doesNotMatch(results, /not offered at this clinic/i, 'nothing shown as not offered');

    // Shown again as "not offered" when the clinic says so.
    await page.locator('[name="not-offered"][value=""]').check();
    await updated(page);
    // The filler comes back, marked as not offered: in its family's options ("not offered at this
    // clinic"), or as the card's own treatment (data-offered="false"; set apart, here for the
    // injections the visitor said no to).
    await eventually(async () => {
      const text = await preview.locator('section.tc-results').textContent();
      const card = await preview.locator('li.tc-family[data-family="injectables"]').getAttribute('data-offered');
      return /Hyaluronic acid filler/.test(text) && (/not offered at this clinic/i.test(text) || card === 'false');
    }, {
      message: 'the filler shown as not offered',
    });
    assert.deepEqual(await page.evaluate(() => window.__cspViolations ?? []), [], 'no CSP violation');
    // A half-typed price (from without to) is a configuration the preview widgets log, as on any
    // page; nothing else may be logged.
    const configurationMessage = /^console\.error: treatment-compare: treatments\.microneedling\.price: missing field `to` /;
    assert.deepEqual(errors.filter((e) => !configurationMessage.test(e)), [], 'no other console error or exception');
  });
});

test('the copied snippet, pasted into the plain and the strict-CSP host pages, works', async () => {
  let snippet;
  await withPage(browser, wide, async (page, context) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await open(page);
    await page.locator('#cf-clinic-name').fill('Rosa & "Sons" <Clinic>');
    await page.locator('#cf-booking-url').fill('/book?t=');
    await page.locator('#cf-booking-url').press('End');
    await page.locator('[data-placeholder="treatment"]').click();
    await page.locator('#cf-locale').fill('es');
    await page.locator('#cf-languages').fill('es en');
    await page.locator('#cf-accent-color').fill('#7c3aed');
    for (const id of ['peel_medium', 'peel_deep', 'laser_ablative', 'filler']) await page.locator(`#cf-${id}-offered`).uncheck();
    await page.locator('#cf-peel_superficial-from').fill('120');
    await page.locator('#cf-peel_superficial-to').fill('250');
    await page.locator('#cf-add-text').click();
    await page.locator('[data-text="lang"]').fill('es');
    await page.locator('[data-text="key"]').fill('questions.title');
    await page.locator('[data-text="value"]').fill('¿Qué tratamiento le conviene? </script>');
    await updated(page);
    assert.equal(await page.locator('#cf-problems-count').textContent(), TEXT.en['problems.none']);
    await page.locator('#cf-copy').click();
    await page.locator('#cf-copy-status').filter({ hasText: TEXT.en['snippet.copied'] }).waitFor();
    snippet = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(snippet, await snippetText(page), 'the clipboard holds the snippet shown');
  });
  assert.match(snippet, /booking-url="\/book\?t=\{treatment\}"/);
  assert.match(snippet, /clinic-name="Rosa &amp; &quot;Sons&quot; &lt;Clinic&gt;"/);

  const overrides = {};
  for (const path of [hostPages.plain, hostPages.strictCsp]) overrides[path] = (html) => pasteSnippet(html, snippet);
  const host = await startServer({ overrides, headers: { [hostPages.strictCsp]: { 'content-security-policy': strictCsp } } });
  try {
    for (const path of [hostPages.plain, hostPages.strictCsp]) {
      await withPage(browser, { viewport: { width: 1024, height: 900 } }, async (page) => {
        const errors = collectErrors(page);
        await watchCsp(page);
        const events = await recordWidgetEvents(page);
        await page.goto(host.origin + path);
        const [ready] = await waitForEvents(events, { type: 'tc-ready' });
        assert.deepEqual(ready.detail.treatments, ['microneedling', 'microneedling_rf', 'microneedling_prp', 'peel_superficial', 'laser_non_ablative', 'neuromodulator', 'microdermabrasion']);
        assert.equal(ready.detail.locale, 'es');
        const widget = page.locator(TAG);
        assert.equal(await widget.locator('.tc-clinic').textContent(), 'Rosa & "Sons" <Clinic>');
        assert.equal(await widget.locator('.tc-heading').textContent(), '¿Qué tratamiento le conviene? </script>', 'the clinic text, as text');
        await completeQuestionnaire(page, undefined, { scope: widget });
        const [completed] = await waitForEvents(events, { type: 'tc-completed' });
        const treatment = completed.detail.recommended ?? completed.detail.plan[0];
        assert.equal(await widget.locator('a.tc-book').getAttribute('href'), `/book?t=${treatment}`);
        assert.deepEqual(await page.evaluate(() => window.__cspViolations ?? []), [], `${path}: no CSP violation`);
        assert.deepEqual(errors, [], `${path}: no console error or exception`);
      });
    }
  } finally {
    await host.close();
  }
});

test('a pasted invalid snippet shows each problem at its field, in the words of the element itself', async () => {
  await withPage(browser, wide, async (page) => {
    const events = await recordWidgetEvents(page);
    await open(page);
    const broken = `<script type="module" src="/tc/treatment-compare.js"></script>
<treatment-compare clinic-name="Glow" currency="EURO" booking-url="javascript:alert(1)" not-offered="sometimes" data-x="1">
  <script type="application/json">
    {
      "treatments": {
        "microneedling": { "price": { "from": -5, "to": 600 } },
        "peel_superficial": { "price": { "from": 300, "to": 200 } },
        "botox": {}
      },
      "text": { "en": { "questions.titel": "Which one?" } }
    }
  </script>
</treatment-compare>`;
    await pasteAndLoad(page, broken);
    const at = (field) => page.locator(`[data-field="${field}"] > .cf-problem`);
    assert.match(await at('currency').textContent(), /"EURO": expected a three-letter ISO 4217 code/);
    assert.equal(await page.locator('#cf-currency').getAttribute('aria-invalid'), 'true');
    const describedBy = (await page.locator('#cf-currency').getAttribute('aria-describedby')).split(' ');
    assert.ok(describedBy.includes(await at('currency').getAttribute('id')), 'the field is described by its problem');
    assert.match(await at('booking-url').textContent(), /"javascript:" links are not allowed/);
    assert.equal(await at('treatments.microneedling.price.from').textContent(), '-5 is negative: prices start at 0');
    assert.equal(await at('treatments.peel_superficial.price').textContent(), '"from" (300) is more than "to" (200)');
    assert.match(await page.locator('.cf-text-row > .cf-problem').textContent(), /unknown text key \(did you mean "questions.title"\?\)/);
    // What the form cannot hold is listed with the paste.
    const leftOut = await page.locator('#cf-load-result').textContent();
    assert.match(leftOut, /botox: unknown treatment/);
    assert.match(leftOut, /not-offered|Treatments you do not offer/);
    assert.match(leftOut, /"sometimes": expected "show" or "hide"/);
    assert.match(leftOut, /data-x/, 'the attribute the widget does not read is named');
    assert.equal(await page.locator('#cf-loader').inputValue(), '/tc/treatment-compare.js');
    // Every problem in the summary, with the field in the clinic's words.
    const summary = await page.locator('#cf-problems-list').textContent();
    assert.match(summary, /Microneedling – Price from: -5 is negative/);
    assert.match(summary, /Currency: "EURO"/);
    assert.equal(await page.locator('#cf-problems-count').textContent(), '5 problems: the widget would show an error message instead of the comparison until they are fixed.');
    // The preview widget, reading the same configuration, names one of them.
    const error = await eventually(() => events.find((e) => e.type === 'tc-error'), { message: 'tc-error from a preview' });
    const listed = await page.locator('.cf-problem, .cf-left-out').evaluateAll((ps) => ps.map((p) => [p.dataset.problemField, p.textContent]));
    assert.ok(listed.some(([field, text]) => field === error.detail.field && text === error.detail.message), `${JSON.stringify(error.detail)} is listed`);

    // A link in the summary takes the keyboard to the field.
    await page.locator('#cf-problems-list a', { hasText: 'Currency' }).click();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'cf-currency');

    // Fixing a field takes its problem away.
    await page.locator('#cf-currency').fill('EUR');
    await updated(page);
    assert.equal(await at('currency').count(), 0);
    assert.equal(await page.locator('#cf-currency').getAttribute('aria-invalid'), null);

    // Malformed JSON is one problem of the script, in the browser's words.
    await pasteAndLoad(page, '<treatment-compare><script type="application/json">{"treatments": {</script></treatment-compare>');
    assert.match(await page.locator('#cf-load-result').textContent(), /Configuration script: not valid JSON \(/);
    await pasteAndLoad(page, '<p>no element here</p>');
    assert.equal(await page.locator('#cf-load-result').textContent(), TEXT.en['load.none']);
  });
});

test('snippet → form → snippet is identical: the README snippet and a snippet using every field', async () => {
  await withPage(browser, wide, async (page) => {
    await open(page);
    const readme = await readmeSnippet();
    await pasteAndLoad(page, readme);
    assert.equal(await snippetText(page), readme, 'the README snippet comes back as it was');
    assert.equal(await page.locator('#cf-clinic-name').inputValue(), 'Glow Clinic');
    assert.equal(await page.locator('#cf-microneedling-from').inputValue(), '250');
    assert.equal(await page.locator('#cf-peel_deep-offered').isChecked(), false);

    // Every field set, then the snippet read back into a fresh page.
    await page.goto('about:blank');
    await open(page);
    const set = {
      '#cf-clinic-name': 'Clínica Sol',
      '#cf-booking-url': 'https://cal.example/book?t={treatment_name}&plan={plan}&lang={locale}',
      '#cf-contact-text': 'Llámenos al 555 0100',
      '#cf-currency': 'MXN',
      '#cf-locale': 'es-MX',
      '#cf-languages': 'es en fr',
      '#cf-accent-color': 'rebeccapurple',
      '#cf-font': '"Inter", sans-serif',
      '#cf-loader': '/assets/tc/treatment-compare.js',
      '#cf-neuromodulator-from': '3000',
      '#cf-neuromodulator-to': '4500.5',
      '#cf-filler-from': '5000',
      '#cf-filler-to': '9000',
    };
    for (const [selector, value] of Object.entries(set)) await page.locator(selector).fill(value);
    await page.locator('#cf-filler-per').selectOption('syringe');
    await page.locator('#cf-neuromodulator-per').selectOption('treatment');
    await page.locator('#cf-laser_ablative-offered').uncheck();
    await page.locator('[name="not-offered"][value="hide"]').check();
    await page.locator('[name="remember"][value="device"]').check();
    const texts = [
      ['fr', 'language.name', 'Français'],
      ['fr', 'questions.title', 'Quel soin vous convient ?'],
      ['es', 'results.treatments.microneedling', 'Inducción de colágeno'],
    ];
    for (const [i, [lang, key, value]] of texts.entries()) {
      await page.locator('#cf-add-text').click();
      const row = page.locator('.cf-text-row').nth(i);
      await row.locator('[data-text="lang"]').fill(lang);
      await row.locator('[data-text="key"]').fill(key);
      await row.locator('[data-text="value"]').fill(value);
    }
    await updated(page);
    assert.equal(await page.locator('#cf-problems-count').textContent(), TEXT.en['problems.none']);
    assert.match(await page.locator('#cf-problems-list').textContent(), /Note: .*keys are missing and show in English/, 'the added language lacks keys: a note, not a problem');
    const first = await snippetText(page);
    assert.match(first, /--tc-font: "Inter", sans-serif;/);
    assert.match(first, /"filler": \{ "price": \{ "from": 5000, "to": 9000, "per": "syringe" \} \}/);

    await page.goto('about:blank');
    await open(page);
    await pasteAndLoad(page, first);
    assert.equal(await snippetText(page), first, 'the snippet comes back as it was');
    assert.equal(await page.locator('.cf-text-row').count(), 3);
    assert.equal(await page.locator('[name="remember"][value="device"]').isChecked(), true);
    // The preview has the font, through CSSOM (the strict CSP allows no style attribute text).
    const font = await phone(page).evaluate((el) => getComputedStyle(el).getPropertyValue('--tc-font').trim());
    assert.equal(font, '"Inter", sans-serif');
  });
});

for (const lang of ['en', 'es']) {
  test(`axe finds no WCAG A/AA or best-practice violation (${lang}), nothing scrolls sideways at 320px, and the page speaks ${lang}`, async () => {
    // bypassCSP: only so that axe can be injected; the page itself runs under the strict CSP.
    await withPage(browser, { ...wide, bypassCSP: true }, async (page) => {
      await open(page);
      if (lang !== 'en') await page.locator(`[data-ui-lang="${lang}"]`).click();
      await page.locator(`html[lang="${lang}"]`).waitFor();
      // A state with problems, a text row and a warning: everything the page can show.
      await page.locator('#cf-currency').fill('EURO');
      await page.locator('#cf-microneedling-from').fill('-1');
      await page.locator('#cf-microneedling-to').fill('10');
      await page.locator('#cf-add-text').click();
      await page.locator('[data-text="lang"]').fill('fr');
      await page.locator('[data-text="key"]').fill('language.name');
      await page.locator('[data-text="value"]').fill('Français');
      await updated(page);
      await pasteAndLoad(page, await snippetText(page));
      for (const el of await page.locator('[data-t]').all()) {
        const key = await el.getAttribute('data-t');
        assert.equal(await el.textContent(), TEXT[lang][key], `${key} in ${lang}`);
      }
      assert.equal(await page.title(), TEXT[lang]['page.title']);
      // The element's own messages are English, and marked so (WCAG 3.1.2) whatever the page's language.
      const messages = page.locator('.cf-problem > span');
      assert.ok((await messages.count()) >= 2);
      for (const lang of await messages.evaluateAll((all) => all.map((s) => s.lang))) assert.equal(lang, 'en');
      // The treatments go by the widget's own names in that language.
      const table = JSON.parse(await readFile(join(root, lang === 'es' ? 'src/text/es.json' : 'src/text/en.json'), 'utf8'));
      const names = await page.locator('[data-treatment-name]').evaluateAll((els) => els.map((e) => [e.dataset.treatmentName, e.textContent]));
      assert.equal(names.length, 11, "every treatment, the microneedling variants included");
      for (const [id, name] of names) assert.equal(name, table[`results.treatments.${id}`], `${id} in ${lang}`);

      for (const frame of page.frames()) await frame.addScriptTag({ path: axePath() });
      await settle(page);
      const result = await page.evaluate((values) => window.axe.run(document, { runOnly: { type: 'tag', values } }), axeTags);
      const violations = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}`).join('\n')}`);
      assert.deepEqual(violations, [], violations.join('\n'));

      // At 320px (and so at 400% zoom of 1280px) nothing scrolls sideways.
      await page.setViewportSize({ width: 320, height: 640 });
      await eventually(() => page.evaluate(() => document.documentElement.scrollWidth <= 320), { message: 'no sideways scrolling at 320px' });
    });
  });
}

test('the visitor\'s files carry none of the configurator; its checker has it', async () => {
  const files = await readdir(join(dist, 'treatment-compare'));
  for (const file of files.filter((f) => f.endsWith('.js'))) {
    const text = await readFile(join(dist, 'treatment-compare', file), 'utf8');
    assert.doesNotMatch(text, /text_table|function validate|configure/, `${file} has no configurator export`);
  }
  const checker = await readFile(join(dist, 'configure', 'validate', 'treatment_compare.js'), 'utf8');
  for (const name of ['validate', 'facts', 'text_table']) assert.match(checker, new RegExp(`export function ${name}\\(`));
  const wasm = files.find((f) => f.endsWith('_bg.wasm'));
  const visitor = await readFile(join(dist, 'treatment-compare', wasm));
  const own = await readFile(join(dist, 'configure', 'validate', 'treatment_compare_bg.wasm'));
  // Export names are strings in the wasm; `text_table` is no word of the widget's own.
  assert.equal(own.includes('text_table'), true, "the checker's wasm exports text_table");
  assert.equal(visitor.includes('text_table'), false, "the visitor's wasm has no text_table");
});
