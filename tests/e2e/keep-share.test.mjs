// Taking the results to the consultation, end to end: answers kept across a reload per widget
// (and the remember modes), start over, corrupt storage, a shared link's round trip in another
// browser context, and the booking hand-off (placeholders filled, what it carries, the event's
// summary with and without consent).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  answerHealth,
  collectErrors,
  completeQuestionnaire,
  launchChromium,
  loaderPath,
  phone,
  recordWidgetEvents,
  waitForEvents,
  waitForStep,
  withPage,
  startServer,
} from './support.mjs';

function hostPage(body) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Keep and share</title>
<link rel="icon" href="data:,"><script type="module" src="${loaderPath}"></script></head>
<body><main><h1>Glow Clinic</h1><p id="host-text">The host page's own text.</p>${body}</main></body></html>`;
}

const calendly = 'https://calendly.com/glow/consult?a1={treatment_name}&amp;a2={plan}&amp;utm_content={treatment}&amp;lang={locale}';
const pages = {
  '/keep/tab.html': hostPage('<treatment-compare clinic-name="Glow Clinic"></treatment-compare>'),
  '/keep/none.html': hostPage('<treatment-compare remember="none"></treatment-compare>'),
  '/keep/device.html': hostPage('<treatment-compare remember="device"></treatment-compare>'),
  '/keep/two.html': hostPage('<treatment-compare id="first"></treatment-compare><treatment-compare id="second"></treatment-compare>'),
  '/keep/book.html': hostPage(
    `<treatment-compare clinic-name="Glow &amp; Co" booking-url="${calendly}" languages="en es"><script type="application/json">
     {"text": {"en": {"results.treatments.microneedling": "Micro & needling, día 1"}}}</script></treatment-compare>`,
  ),
};

let browser;
let server;

before(async () => {
  [browser, server] = await Promise.all([launchChromium(), startServer({ overrides: pages })]);
});

after(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

const planAnswers = {
  concerns: { expression_lines: 'moderate', acne_scars: 'severe' },
  skinType: 'IV',
  downtime: 'up_to_a_week',
  budget: 'up_to_3000',
  injections: 'yes',
  health: { cold_sore_history: 'yes' },
  isotretinoin: 'never',
};

/** The ranking as shown: family, score and verdict of each card. */
const ranking = (scope) =>
  scope.locator('li.tc-family').evaluateAll((lis) => lis.map((li) => `${li.dataset.family} ${li.dataset.score} ${li.dataset.verdict}`));

test('answers and the current screen survive a reload of the tab; "Start over" clears them', async () => {
  await withPage(browser, phone, async (page) => {
    const errors = collectErrors(page);
    await page.goto(`${server.origin}/keep/tab.html`);
    await waitForStep(page, 'concerns');
    await page.check('input[name="concern"][value="melasma"]');
    await page.locator('select[name="severity-melasma"]').selectOption('severe');
    await page.locator('button.tc-next:not([aria-disabled="true"])').click();
    await waitForStep(page, 'skin_type');
    await page.check('input[name="skin-type"][value="III"]');
    await page.reload();
    await waitForStep(page, 'skin_type');
    assert.equal(await page.locator('input[name="skin-type"][value="III"]').isChecked(), true);
    await page.locator('button.tc-back').click();
    assert.equal(await page.locator('select[name="severity-melasma"]').inputValue(), 'severe');

    // To the results and back again after a reload, then start over.
    await page.reload();
    await waitForStep(page, 'concerns');
    await completeQuestionnaire(page, planAnswers);
    const before = await ranking(page);
    await page.reload();
    await page.locator('section.tc-results[data-complete]').waitFor();
    assert.deepEqual(await ranking(page), before, 'the same results after a reload');
    await page.locator('button.tc-start-over').click();
    await waitForStep(page, 'concerns');
    assert.equal(await page.locator('input[name="concern"]:checked').count(), 0);
    await page.reload();
    await waitForStep(page, 'concerns');
    assert.equal(await page.locator('input[name="concern"]:checked').count(), 0, 'nothing comes back after starting over');
    assert.equal(await page.evaluate(() => sessionStorage.length), 0, 'nothing stored');
    assert.deepEqual(errors, []);
  });
});

test('remember="none" keeps nothing; a new tab never sees the answers', async () => {
  await withPage(browser, phone, async (page, context) => {
    await page.goto(`${server.origin}/keep/none.html`);
    await completeQuestionnaire(page, planAnswers);
    assert.equal(await page.evaluate(() => sessionStorage.length + localStorage.length), 0);
    await page.reload();
    await waitForStep(page, 'concerns');
    // The default (tab) mode: another tab of the same browser starts afresh.
    await page.goto(`${server.origin}/keep/tab.html`);
    await completeQuestionnaire(page, planAnswers);
    const other = await context.newPage();
    await other.goto(`${server.origin}/keep/tab.html`);
    await waitForStep(other, 'concerns');
    assert.equal(await other.locator('input[name="concern"]:checked').count(), 0);
  });
});

test('remember="device" keeps the answers on the device only when the visitor chooses, and forgets them', async () => {
  await withPage(browser, phone, async (page, context) => {
    await page.goto(`${server.origin}/keep/device.html`);
    await completeQuestionnaire(page, planAnswers);
    assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing on the device before the choice');
    const keep = page.locator('input[name="keep-on-device"]');
    await keep.check();
    await page.locator('button.tc-forget').waitFor();
    assert.equal(await page.evaluate(() => localStorage.length), 1);
    // A new tab (a new session) finds them, health answers included: the visitor chose it.
    const later = await context.newPage();
    await later.goto(`${server.origin}/keep/device.html`);
    await later.locator('section.tc-results[data-complete]').waitFor();
    assert.deepEqual(await ranking(later), await ranking(page));
    assert.equal(await later.locator('input[name="keep-on-device"]').isChecked(), true);
    await later.locator('button.tc-forget').click();
    assert.equal(await later.evaluate(() => localStorage.length), 0, 'forgotten on the device');
    assert.equal(await later.locator('input[name="keep-on-device"]').isChecked(), false);
    const after = await context.newPage();
    await after.goto(`${server.origin}/keep/device.html`);
    await waitForStep(after, 'concerns');
  });
});

test('corrupt, foreign or old stored answers start afresh with a notice, and the widget works', async () => {
  for (const stored of ['1.9.9.garbage', 'not json at all', '0.5.1.0000000000000.3.1.1.1....', '2.5.1', '"1.5.1.0000000000000.3.1.1.1...."', '1'.repeat(5000)]) {
    await withPage(browser, phone, async (page) => {
      const errors = collectErrors(page);
      await page.addInitScript((value) => {
        if (!sessionStorage.getItem('__seeded')) {
          sessionStorage.setItem('treatment-compare:/keep/tab.html:0', value);
          sessionStorage.setItem('__seeded', '1');
        }
      }, stored);
      await page.goto(`${server.origin}/keep/tab.html`);
      await waitForStep(page, 'concerns');
      assert.match(await page.locator('.tc-notice').innerText(), /could not be restored/, stored);
      assert.equal(await page.evaluate(() => sessionStorage.getItem('treatment-compare:/keep/tab.html:0')), null, 'the bad value is removed');
      await completeQuestionnaire(page, planAnswers);
      assert.deepEqual(errors.filter((e) => !/stored answers were ignored/.test(e)), [], stored);
    });
  }
});

test('a shared link opens the same results in another browser, leaves the address bar, and leaves health answers out by default', async () => {
  let link;
  let shown;
  let withHealth;
  await withPage(browser, phone, async (page, context) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await page.goto(`${server.origin}/keep/tab.html#section-2`);
    await completeQuestionnaire(page, planAnswers);
    shown = await ranking(page);
    await page.locator('button.tc-share-button').click();
    await page.locator('.tc-share-status').waitFor();
    link = await page.locator('input[name="share-link"]').inputValue();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link, 'the link is on the clipboard');
    assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/keep\/tab\.html#section-2&tc-0=3\.5\.1\.[0-9.]+$/);
    assert.ok(!link.includes('?'), 'nothing in the query string');
    await page.check('input[name="share-health"]');
    await page.locator('button.tc-share-button').click();
    await page.waitForFunction(() => {
      const input = document.querySelector('treatment-compare').shadowRoot.querySelector('input[name="share-link"]');
      return input && input.value.split('.').pop().length >= 20;
    });
    withHealth = await page.locator('input[name="share-link"]').inputValue();
  });
  await withPage(browser, phone, async (page) => {
    const errors = collectErrors(page);
    await page.goto(link);
    // Without its health answers, the link opens on the health step, nothing answered there:
    // no results until the visitor answers them.
    await waitForStep(page, 'health');
    assert.equal(new URL(page.url()).hash, '#section-2', 'the widget removed its part of the fragment');
    assert.match(await page.locator('.tc-notice').innerText(), /left out the health answers\. Answer the health questions below to see the results/);
    assert.equal(await page.locator('.tc-step[data-step="health"] input:checked').count(), 0, 'nothing answered');
    assert.equal(await page.locator('section.tc-results').count(), 0);
    assert.equal(await page.locator('button.tc-next').innerText(), 'See my results');
    await answerHealth(planAnswers, { scope: page });
    await page.locator('button.tc-next').click();
    await page.locator('section.tc-results[data-complete]').waitFor();
    assert.deepEqual(await ranking(page), shown, 'answered again, the same results');
    assert.deepEqual(errors, []);
  });
  await withPage(browser, phone, async (page) => {
    await page.goto(withHealth);
    await page.locator('section.tc-results[data-complete]').waitFor();
    assert.deepEqual(await ranking(page), shown, 'with the health answers, the same verdicts too');
    assert.equal(await page.locator('.tc-notice').count(), 0);
  });
  for (const bad of ['#tc-0=1.5.1.99', '#tc-0=%3Cscript%3E', `#tc-0=${'1.'.repeat(400)}`, '#tc-0=2.5.1.0000000000000.4.1.1.1.....']) {
    await withPage(browser, phone, async (page) => {
      await page.goto(`${server.origin}/keep/tab.html${bad}`);
      await waitForStep(page, 'concerns');
      assert.match(await page.locator('.tc-notice').innerText(), /could not be read/, bad);
      assert.equal(new URL(page.url()).hash, '', 'a refused fragment is removed too');
    });
  }
});

test('a clipboard that refuses the link leaves it shown to copy by hand, with no "copied" status', async () => {
  await withPage(browser, phone, async (page) => {
    const errors = collectErrors(page);
    // As a browser that refuses clipboard access (a setting, a policy, no permission) answers.
    await page.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    });
    await page.goto(`${server.origin}/keep/tab.html`);
    await completeQuestionnaire(page, planAnswers);
    await page.locator('button.tc-share-button').click();
    const field = page.locator('input[name="share-link"]');
    await field.waitFor();
    assert.match(await field.inputValue(), /^http:\/\/127\.0\.0\.1:\d+\/keep\/tab\.html#tc-0=3\.5\.1\.[0-9.]+$/);
    assert.equal(await page.locator('.tc-share-status').count(), 0, 'nothing says it was copied');
    assert.match(await page.locator('.tc-share-link').innerText(), /copy/i, 'the field says to copy it');
    assert.deepEqual(errors, []);
  });
});

test('two widgets on one page keep their own answers and their own part of a link', async () => {
  await withPage(browser, phone, async (page) => {
    await page.goto(`${server.origin}/keep/two.html`);
    const first = page.locator('treatment-compare#first');
    const second = page.locator('treatment-compare#second');
    await completeQuestionnaire(page, planAnswers, { scope: first });
    await first.locator('button.tc-share-button').click();
    await first.locator('input[name="share-link"]').waitFor();
    const link = await first.locator('input[name="share-link"]').inputValue();
    assert.match(link, /#tc-first=3\./);
    await page.reload();
    await first.locator('section.tc-results[data-complete]').waitFor();
    await waitForStep(page, 'concerns', { scope: second });
    assert.equal(await second.locator('input[name="concern"]:checked').count(), 0, 'the second widget starts afresh');
  });
});

test('the booking link carries the filled placeholders, says so first, and the event summary adds concerns only with consent', async () => {
  await withPage(browser, phone, async (page) => {
    const events = await recordWidgetEvents(page);
    await page.route('https://calendly.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: 'booked' }));
    await page.goto(`${server.origin}/keep/book.html`);
    await completeQuestionnaire(page, { ...planAnswers, skinType: 'III', concerns: { expression_lines: 'moderate', acne_scars: 'moderate' } });
    const book = page.locator('a.tc-book');
    const href = await book.getAttribute('href');
    const url = new URL(href);
    assert.equal(url.origin, 'https://calendly.com');
    assert.equal(url.searchParams.get('a1'), 'Micro & needling, día 1', 'the name, encoded and decoded intact');
    assert.match(href, /a1=Micro%20%26%20needling%2C%20d%C3%ADa%201&/);
    assert.equal(url.searchParams.get('a2'), 'microneedling,neuromodulator');
    assert.equal(url.searchParams.get('utm_content'), 'microneedling');
    assert.equal(url.searchParams.get('lang'), 'en');
    const tells = await page.locator('.tc-booking-tells').innerText();
    assert.match(tells, /^Your booking request will tell Glow & Co: Micro & needling, día 1, the combined plan \(.+\), your language \(English\) and each treatment’s health check, never your health answers\.$/);

    await page.evaluate(() => document.querySelector('treatment-compare').addEventListener('tc-booking-requested', (e) => e.preventDefault()));
    await book.click();
    const [first] = await waitForEvents(events, { type: 'tc-booking-requested' });
    assert.deepEqual(Object.keys(first.detail.summary).sort(), ['compared', 'locale', 'plan', 'recommended', 'verdicts']);
    assert.equal(JSON.stringify(first.detail).includes('cold_sore'), false);
    await page.check('input[name="share-answers"]');
    assert.match(await page.locator('.tc-booking-tells').innerText(), /your concerns and skin type/);
    await book.click();
    const [, second] = await waitForEvents(events, { type: 'tc-booking-requested' }, 2);
    assert.deepEqual(second.detail.summary.concerns, [
      { concern: 'expression_lines', severity: 'moderate' },
      { concern: 'acne_scars', severity: 'moderate' },
    ]);
    assert.equal(second.detail.summary.skin_type, 'III');
    assert.equal(/cold_sore|health|isotretinoin/.test(JSON.stringify(second.detail)), false, 'never health answers');

    // In Spanish the name and the language follow the visitor's choice.
    await page.locator('.tc-languages button[lang="es"]').click();
    await page.locator('.tc-root[lang="es"]').waitFor();
    // Each part below the top follows in a task of its own.
    await page.locator('section.tc-results[data-complete]').waitFor();
    const es = new URL(await page.locator('a.tc-book').getAttribute('href'));
    assert.equal(es.searchParams.get('lang'), 'es');
    assert.equal(es.searchParams.get('a1'), 'Microneedling');
    assert.match(await page.locator('.tc-booking-tells').innerText(), /^Su solicitud de cita le dirá a Glow & Co: /);
  });
});
