// End-to-end tests of the <treatment-compare> element's contract with its page: invalid
// configuration (message, console, tc-error, nothing else harmed) and the events it dispatches
// (tc-ready, tc-completed, tc-booking-requested). Against the built plain example page
// (dist/hosts/plain.html), rewritten per test through the server's overrides.
// Run: `node --test tests/e2e/`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  TAG,
  collectErrors,
  completeQuestionnaire,
  hostPages,
  idle,
  launchChromium,
  recordWidgetEvents,
  sampleAnswers,
  startServer,
  treatmentKeys,
  waitForEvents,
  waitForStep,
  withPage,
} from './support.mjs';

const desktop = { viewport: { width: 1024, height: 900 }, deviceScaleFactor: 1 };
const families = ['microneedling', 'chemical_peel', 'laser', 'injectables', 'microdermabrasion'];
const verdicts = ['suitable', 'talk_to_provider', 'not_now'];
const plainOffers = ['microneedling', 'peel_superficial', 'laser_non_ablative', 'neuromodulator', 'microdermabrasion'];

let browser;
let server;

before(async () => {
  [browser, server] = await Promise.all([launchChromium(), startServer()]);
});

after(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

const OPENING = /<treatment-compare\b([^>]*)>/;
const JSON_CHILD = /(<treatment-compare\b[^>]*>\s*<script type="application\/json">)[\s\S]*?(<\/script>)/;

/**
 * Rewrites plain.html: the element gets id="broken", the attributes in `attrs` (replaced or
 * added) and, if given, `json` as its JSON child. After it come a second, valid element
 * (id="valid") and a page script that makes the page's "call us" button answer clicks.
 */
function brokenPlainPage({ json, attrs = {} }) {
  return (html) => {
    assert.match(html, OPENING, 'plain.html has <treatment-compare>');
    assert.match(html, JSON_CHILD, 'plain.html has a JSON child');
    if (json !== undefined) html = html.replace(JSON_CHILD, (_, open, close) => `${open}${json}${close}`);
    html = html.replace(OPENING, (_, existing) => {
      let attributes = ` id="broken"${existing}`;
      for (const [name, value] of Object.entries(attrs)) {
        const pattern = new RegExp(`\\s${name}="[^"]*"`);
        attributes = pattern.test(attributes) ? attributes.replace(pattern, ` ${name}="${value}"`) : `${attributes} ${name}="${value}"`;
      }
      return `<treatment-compare${attributes}>`;
    });
    html = html.replace(
      '</treatment-compare>',
      '</treatment-compare>\n<treatment-compare id="valid" clinic-name="Second Clinic" currency="USD"></treatment-compare>',
    );
    const script = `<script>
      window.hostScriptRan = true;
      document.querySelector('button.call').addEventListener('click', (e) => { e.target.textContent = 'calling'; });
    </script>`;
    assert.ok(html.includes('</body>'));
    return html.replace('</body>', `${script}\n</body>`);
  };
}

for (const { name, json, attrs, field, problem } of [
  { name: 'malformed JSON', json: '{ "treatments": { "microneedling": {} }, }', field: 'configuration script', problem: /^not valid JSON/ },
  { name: 'an unknown treatment', json: '{ "treatments": { "microneedling": {}, "botox": {} } }', field: 'treatments.botox', problem: /^unknown treatment/ },
  {
    name: 'a negative price',
    json: '{ "treatments": { "filler": { "price": { "from": -5, "to": 100, "per": "syringe" } } } }',
    field: 'treatments.filler.price.from',
    problem: /^-5 is negative/,
  },
  { name: 'a colour that is not one', attrs: { 'accent-color': 'banana' }, field: 'accent-color', problem: /^"banana" is not a CSS colou?r/ },
  { name: 'a currency that is not an ISO code', attrs: { currency: 'EURO' }, field: 'currency', problem: /^"EURO": expected a three-letter ISO 4217 code/ },
  { name: 'a javascript: booking URL', attrs: { 'booking-url': 'javascript:alert(1)' }, field: 'booking-url', problem: /javascript/i },
]) {
  test(`${name} shows a message naming ${field}, logs it, fires tc-error and harms nothing else on the page`, async () => {
    const own = await startServer({ overrides: { [hostPages.plain]: brokenPlainPage({ json, attrs }) } });
    try {
      await withPage(browser, desktop, async (page) => {
        const pageErrors = [];
        page.on('pageerror', (e) => pageErrors.push(String(e)));
        const consoleErrors = [];
        page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
        const events = await recordWidgetEvents(page);
        await page.goto(own.origin + hostPages.plain);

        const broken = page.locator(`${TAG}#broken`);
        const message = broken.locator('.tc-config-error[role="alert"]');
        await message.waitFor({ state: 'visible' });
        const text = (await message.innerText()).trim();
        assert.ok(text.startsWith('The treatment comparison could not start.'), `the message says the widget could not start: ${text}`);
        assert.ok(text.includes(`${field}: `), `the message names ${field}: ${text}`);
        assert.match(text.slice(text.indexOf(`${field}: `) + field.length + 2), problem, 'the message says what is wrong');
        assert.equal(await broken.locator('button, input, .tc-step').count(), 0, 'no questionnaire in the broken element');

        const [error] = await waitForEvents(events, { type: 'tc-error', target: 'broken' });
        assert.equal(error.detail.field, field, 'tc-error detail.field');
        assert.match(error.detail.message, problem, 'tc-error detail.message');
        assert.deepEqual(Object.keys(error.detail).sort(), ['field', 'message']);
        assert.equal(error.bubbles && error.composed, true, 'tc-error bubbles and is composed');

        const logged = consoleErrors.filter((t) => t.startsWith(`treatment-compare: ${field}: `));
        assert.equal(logged.length, 1, `one console error "treatment-compare: ${field}: ..." (console errors: ${JSON.stringify(consoleErrors)})`);
        assert.match(logged[0].slice(`treatment-compare: ${field}: `.length), problem);

        // Everything else on the page goes on: the other widget, the page's own script and content.
        const valid = page.locator(`${TAG}#valid`);
        await waitForStep(page, 'concerns', { scope: valid });
        await valid.locator('input[type="checkbox"][name="concern"][value="dullness"]').check();
        await valid.locator('button.tc-next:not([aria-disabled="true"])').click();
        await waitForStep(page, 'skin_type', { scope: valid });
        await waitForEvents(events, { type: 'tc-ready', target: 'valid' });
        assert.equal(events.filter((e) => e.type === 'tc-ready' && e.target === 'broken').length, 0, 'no tc-ready from the broken element');
        assert.equal(events.filter((e) => e.type === 'tc-error').length, 1, 'one tc-error in all');

        assert.equal(await page.evaluate(() => window.hostScriptRan), true, 'the page\'s own script ran');
        await page.locator('main > p.after button.call').click();
        assert.equal(await page.locator('main > p.after button.call').innerText(), 'calling', 'the page\'s own button still works');
        assert.ok(await page.locator('main > h1').isVisible(), 'the page heading is shown');
        assert.deepEqual(pageErrors, [], 'no uncaught exception');
      });
    } finally {
      await own.close();
    }
  });
}

/**
 * Opens the plain page with the event recorder, checks nothing, completes the journey noting every
 * answer key the screens offer (input names, concern values), and returns what the tests need.
 */
async function journeyWithEvents(page) {
  const events = await recordWidgetEvents(page);
  await page.goto(server.origin + hostPages.plain);
  const widget = page.locator(TAG);
  await waitForStep(page, 'concerns', { scope: widget });
  const answerKeys = new Set();
  await completeQuestionnaire(page, sampleAnswers, {
    scope: widget,
    onStep: async (step) => {
      // The health step asks a group's questions once it is opened: open each group answered
      // "none of these" to note them, then answer it "none of these" again.
      const closed = step === 'health' ? await widget.locator('input[name^="health-group-"][value="none"]:checked').evaluateAll((all) => all.map((i) => i.name)) : [];
      for (const name of closed) await widget.locator(`input[name="${name}"][value="not_sure"]`).check();
      const names = await widget.locator(`.tc-step[data-step="${step}"] input`).evaluateAll((inputs) =>
        inputs.flatMap((i) => [i.name.replace(/^health-/, ''), i.type === 'checkbox' ? i.value : null]).filter(Boolean),
      );
      for (const n of names) answerKeys.add(n);
      for (const name of closed) await widget.locator(`input[name="${name}"][value="none"]`).check();
    },
  });
  const completed = await waitForEvents(events, { type: 'tc-completed' });
  return { events, widget, answerKeys, completed: completed[0] };
}

test('tc-ready fires once, with the first step on screen, carrying version, locale, currency and the offered treatments', async () => {
  await withPage(browser, desktop, async (page) => {
    const errors = collectErrors(page);
    const events = await recordWidgetEvents(page);
    await page.goto(server.origin + hostPages.plain);
    await waitForStep(page, 'concerns', { scope: page.locator(TAG) });
    const [ready] = await waitForEvents(events, { type: 'tc-ready' });
    assert.deepEqual(Object.keys(ready.detail).sort(), ['currency', 'locale', 'treatments', 'version']);
    assert.match(ready.detail.version, /^\d+\.\d+\.\d+/, 'version');
    assert.equal(ready.detail.locale, 'en');
    assert.equal(ready.detail.currency, 'USD');
    assert.deepEqual(ready.detail.treatments, plainOffers, 'the offered treatments, in catalog order');
    assert.deepEqual(
      { bubbles: ready.bubbles, composed: ready.composed, cancelable: ready.cancelable, rendered: ready.rendered, step: ready.step },
      { bubbles: true, composed: true, cancelable: false, rendered: true, step: 'concerns' },
      'tc-ready bubbles, is composed, and comes with the first step on screen',
    );
    await idle(page);
    assert.equal(events.filter((e) => e.type === 'tc-ready').length, 1, 'tc-ready once');
    assert.deepEqual(errors, [], `errors in the console:\n${errors.join('\n')}`);
  });
});

test('tc-completed says what the results screen shows: ranking order, scores, verdicts, offered, best match, candidacy', async () => {
  await withPage(browser, desktop, async (page) => {
    const errors = collectErrors(page);
    const { widget, completed } = await journeyWithEvents(page);
    const { detail } = completed;
    assert.deepEqual(Object.keys(detail).sort(), ['candidacy', 'plan', 'ranking', 'recommended']);
    const planShown = await widget.locator('section.tc-plan').getAttribute('data-treatments').catch(() => null);
    assert.deepEqual(detail.plan, planShown ? planShown.split(' ') : [], 'the plan as shown (none here: no section)');
    assert.equal(completed.bubbles && completed.composed, true, 'tc-completed bubbles and is composed');
    assert.equal(completed.cancelable, false);

    const shown = await widget.locator('.tc-ranking > li.tc-family').evaluateAll((lis) =>
      lis.map((li) => ({
        family: li.dataset.family,
        score: Number(li.dataset.score),
        verdict: li.dataset.verdict,
        offered: li.dataset.offered === 'true',
        recommended: li.classList.contains('tc-recommended'),
        setApart: li.dataset.setApart ?? null,
        reason: Boolean(li.querySelector('.tc-set-apart-reason')),
      })),
    );
    for (const r of detail.ranking) {
      assert.deepEqual(Object.keys(r).sort(), ['family', 'offered', 'score', 'treatment', 'verdict']);
      assert.ok(families.includes(r.family) && treatmentKeys.includes(r.treatment) && verdicts.includes(r.verdict), JSON.stringify(r));
    }
    for (const c of detail.candidacy) {
      assert.deepEqual(Object.keys(c).sort(), ['treatment', 'verdict']);
      assert.ok(treatmentKeys.includes(c.treatment) && verdicts.includes(c.verdict), JSON.stringify(c));
    }
    assert.deepEqual(detail.ranking.map((r) => r.family), shown.map((s) => s.family), 'ranking order = the cards\' order');
    assert.equal(detail.ranking[0].family, shown[0].family, 'the first card is the first ranking entry');
    assert.deepEqual(
      detail.ranking.map(({ family, score, verdict }) => ({ family, score, verdict })),
      shown.map(({ family, score, verdict }) => ({ family, score, verdict })),
      'scores and verdicts as shown',
    );

    const microneedling = detail.candidacy.find((c) => c.treatment === 'microneedling');
    assert.equal(microneedling?.verdict, await widget.locator('section.tc-candidacy').getAttribute('data-verdict'), 'microneedling\'s verdict as shown');

    const recommendedCard = shown.find((s) => s.recommended);
    if (detail.recommended === null) {
      assert.equal(recommendedCard, undefined, 'no card marked best match when recommended is null');
    } else {
      const entry = detail.ranking.find((r) => r.treatment === detail.recommended);
      assert.ok(entry, `recommended ${detail.recommended} is a ranking entry's treatment`);
      assert.equal(recommendedCard?.family, entry.family, 'the best-match card is the recommended treatment\'s family');
      assert.equal(entry.offered, true, 'the recommended treatment is one the clinic offers');
      assert.notEqual(entry.verdict, 'not_now', 'the recommended treatment is not "not now"');
    }

    // "offered": each entry names the treatment that represents its family; the card for that
    // family must say the same (data-offered, and the "Not offered at this clinic" note).
    const offered = (list) => list.map(({ family, offered: o }) => ({ family, offered: o }));
    const event = offered(detail.ranking);
    assert.deepEqual(
      event,
      offered(shown),
      `"offered" in tc-completed vs the cards' data-offered. The event's entries: ${JSON.stringify(detail.ranking)}`,
    );
    // A family whose named treatment is not offered is set apart with its reason: "Not offered
    // at this clinic", or a weightier one (not now, or injections the visitor said no to).
    for (const card of shown.filter((s) => !s.offered)) {
      assert.ok(['not_now', 'injections_declined', 'not_offered'].includes(card.setApart) && card.reason, JSON.stringify(card));
    }
    assert.ok(shown.filter((s) => s.setApart === 'not_offered').every((s) => !s.offered), 'no offered family is called not offered');
    assert.deepEqual(errors, [], `errors in the console:\n${errors.join('\n')}`);
  });
});

test('tc-completed carries none of the visitor\'s answers, and fires again only for new answers', async () => {
  await withPage(browser, desktop, async (page) => {
    const errors = collectErrors(page);
    const { events, widget, answerKeys, completed } = await journeyWithEvents(page);
    for (const key of ['cold_sore_history', 'pregnant_or_breastfeeding', 'acne_scars', 'isotretinoin', 'event-date']) {
      assert.ok(answerKeys.has(key), `the screens asked about ${key} (answer keys noted: ${[...answerKeys].join(', ')})`);
    }

    // No health condition, concern or other answer key, no date.
    const json = JSON.stringify(completed.detail);
    const leaked = [...answerKeys].filter((k) => !families.includes(k) && !treatmentKeys.includes(k) && json.includes(`"${k}"`));
    assert.deepEqual(leaked, [], 'answer keys in the tc-completed detail');
    for (const word of ['pregnan', 'cold_sore', 'isotretinoin', 'acne_scars', 'enlarged_pores', 'event', 'date', 'health', 'concern']) {
      assert.ok(!json.toLowerCase().includes(word), `"${word}" in the tc-completed detail: ${json}`);
    }
    assert.doesNotMatch(json, /\d{4}-\d{2}-\d{2}/, 'no date in the tc-completed detail');
    assert.doesNotMatch(json, new RegExp(sampleAnswers.eventDate), 'not the event date');

    // New answers: a new event. The same answers again: none.
    await widget.locator('button.tc-edit[data-step="downtime"]').click();
    await waitForStep(page, 'downtime', { scope: widget });
    await widget.locator('input[type="radio"][name="downtime"][value="two_weeks_or_more"]').check();
    await widget.locator('button.tc-next:not([aria-disabled="true"])').click();
    await widget.locator('section.tc-results[data-complete]').waitFor();
    await waitForEvents(events, { type: 'tc-completed' }, 2);
    await widget.locator('button.tc-edit[data-step="skin_type"]').click();
    await waitForStep(page, 'skin_type', { scope: widget });
    await widget.locator('button.tc-next:not([aria-disabled="true"])').click();
    await widget.locator('section.tc-results[data-complete]').waitFor();
    await idle(page);
    assert.equal(events.filter((e) => e.type === 'tc-completed').length, 2, 'tc-completed again for new answers only');
    assert.equal(events.filter((e) => e.type === 'tc-ready').length, 1, 'tc-ready only once');
    assert.deepEqual(errors, [], `errors in the console:\n${errors.join('\n')}`);
  });
});

test('clicking the booking link fires tc-booking-requested: preventDefault() keeps the visitor on the page, otherwise the link is followed', async () => {
  await withPage(browser, desktop, async (page) => {
    const errors = collectErrors(page);
    const events = await recordWidgetEvents(page);
    await page.goto(server.origin + hostPages.plain);
    const widget = page.locator(TAG);
    await completeQuestionnaire(page, sampleAnswers, { scope: widget });
    const [completed] = await waitForEvents(events, { type: 'tc-completed' });
    const book = widget.locator('section.tc-booking a.tc-book');
    assert.equal(await book.getAttribute('href'), '/book');
    assert.equal(await book.getAttribute('part'), 'booking-link', 'the link is the booking-link part');

    // The host takes over booking.
    await widget.evaluate((el) => {
      window.__takeOver = (e) => e.preventDefault();
      el.addEventListener('tc-booking-requested', window.__takeOver);
    });
    const before = page.url();
    await book.click();
    const [prevented] = await waitForEvents(events, { type: 'tc-booking-requested' });
    assert.equal(prevented.cancelable, true, 'tc-booking-requested is cancelable');
    assert.equal(prevented.bubbles && prevented.composed, true, 'tc-booking-requested bubbles and is composed');
    assert.equal(prevented.defaultPrevented, true);
    assert.deepEqual(Object.keys(prevented.detail).sort(), ['summary', 'treatment', 'url']);
    assert.ok(prevented.detail.url === '/book' || prevented.detail.url === `${server.origin}/book`, `detail.url: ${prevented.detail.url}`);
    assert.equal(prevented.detail.treatment, completed.detail.recommended, 'detail.treatment is the recommended treatment');
    await idle(page);
    assert.equal(page.url(), before, 'the page did not navigate');
    assert.ok(await widget.locator('section.tc-results').isVisible(), 'the results are still shown');

    // Without preventDefault(), the link is followed.
    await widget.evaluate((el) => el.removeEventListener('tc-booking-requested', window.__takeOver));
    await Promise.all([page.waitForURL(`${server.origin}/book`), book.click()]);
    const requested = events.filter((e) => e.type === 'tc-booking-requested');
    assert.equal(requested.length, 2, 'a second tc-booking-requested');
    assert.equal(requested[1].defaultPrevented, false);
    assert.deepEqual(requested[1].detail, prevented.detail, 'the same detail');
    assert.deepEqual(errors.filter((e) => !/404|Not Found/i.test(e)), [], `errors in the console:\n${errors.join('\n')}`);
  });
});
