// The clinic can measure it (issue 27), end to end on host pages whose `window.dataLayer` records
// every push: a whole journey in English and in Spanish gives the expected funnel; the booking
// gives `generate_lead`; nothing is pushed without `analytics="datalayer"`, nor under Global
// Privacy Control (the CustomEvents still fire); the page's utm_*/gclid reach the booking link and
// an unnamed parameter (`email=`) does not; hostile parameter values stay inert; the pushes and the
// events carry ids only.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  collectErrors,
  completeQuestionnaire,
  funnelEventTypes,
  launchChromium,
  loaderPath,
  phone,
  recordWidgetEvents,
  widgetEventTypes,
  withPage,
  startServer,
} from './support.mjs';

const hostPage = (body, head = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Measure</title>
<link rel="icon" href="data:,">${head}<script type="module" src="${loaderPath}"></script></head>
<body><main><h1>Glow Clinic</h1>${body}</main></body></html>`;

const attrs = 'booking-url="/book?t={treatment}" forward-params="utm_source utm_medium utm_campaign gclid"';
const pages = {
  // The page's own dataLayer, as a Tag Manager snippet leaves it.
  '/measure/layer.html': hostPage(
    `<treatment-compare id="skin-quiz" analytics="datalayer" languages="en es" ${attrs}></treatment-compare>`,
    '<script>window.dataLayer = window.dataLayer || [];</script>',
  ),
  // No dataLayer on the page: the widget creates it.
  '/measure/es.html': hostPage(`<treatment-compare analytics="datalayer" locale="es" ${attrs}></treatment-compare>`),
  // Keeping the answers on the device offered too.
  '/measure/device.html': hostPage(`<treatment-compare analytics="datalayer" remember="device" ${attrs}></treatment-compare>`),
  // Without the attribute: nothing pushed.
  '/measure/off.html': hostPage(`<treatment-compare ${attrs}></treatment-compare>`, '<script>window.dataLayer = [];</script>'),
};

let browser;
let server;

before(async () => {
  [browser, server] = await Promise.all([launchChromium(), startServer({ overrides: pages })]);
});

after(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

const campaign = '?utm_source=google&utm_medium=cpc&utm_campaign=spring&gclid=Cj0KCQabc&email=jane%40example.com&utm_content=hidden';
const answers = {
  concerns: { acne_scars: 'moderate', enlarged_pores: 'mild' },
  skinType: 'IV',
  downtime: 'up_to_a_week',
  budget: 'up_to_3000',
  eventDate: '2030-06-12',
  health: { cold_sore_history: 'yes', bleeding_disorder: 'not_sure' },
  isotretinoin: 'never',
};
const keys = ['event', 'form_id', 'form_name', 'tc_step', 'tc_step_number', 'tc_step_count', 'tc_action', 'tc_treatment', 'tc_family', 'tc_language'];
const steps = ['concerns', 'skin_type', 'downtime', 'preferences', 'health'];

/** The page's data layer, the widget's entries only (a Tag Manager adds its own). */
const pushes = (page) => page.evaluate(() => (window.dataLayer || []).filter((e) => e && e.form_name === 'treatment-compare').map((e) => ({ ...e })));

/** The results' actions a visitor takes: a "why", a comparison, the booking (taken over by the page). */
async function actOnResults(page) {
  await page.locator('details.tc-why > summary').first().click();
  await page.locator('input[name="compare"][value="peel_superficial"]').check();
  await page.evaluate(() => document.addEventListener('tc-booking-requested', (e) => e.preventDefault()));
  await page.locator('a.tc-book').click();
}

/** Nothing a visitor answered in `json`: concern, health condition, skin type, verdict, score or date. */
function assertIdsOnly(json, what) {
  for (const word of ['acne_scars', 'enlarged_pores', 'cold_sore', 'bleeding', 'isotretinoin', 'suitable', 'talk_to_provider', 'not_now', '"IV"', 'score', '2030', 'verdict', 'email', 'jane']) {
    assert.ok(!json.includes(word), `${what} says ${word}: ${json}`);
  }
}

for (const [path, locale, formId] of [['/measure/layer.html', 'en', 'skin-quiz'], ['/measure/es.html', 'es', '0']]) {
  test(`a whole journey (${locale}) pushes the funnel, ids only, and generate_lead on booking`, async () => {
    await withPage(browser, phone, async (page) => {
      const errors = collectErrors(page);
      const events = await recordWidgetEvents(page, [...widgetEventTypes, ...funnelEventTypes]);
      await page.goto(`${server.origin}${path}${campaign}`);
      await completeQuestionnaire(page, answers);
      await actOnResults(page);
      const layer = await pushes(page);
      const names = layer.map((e) => (e.event === 'treatment_compare_step' ? `step:${e.tc_step}:${e.tc_step_number}/${e.tc_step_count}` : e.event === 'treatment_compare_action' ? `action:${e.tc_action}` : e.event));
      assert.deepEqual(names, [
        'step:concerns:1/5',
        'form_start',
        'step:skin_type:2/5',
        'step:downtime:3/5',
        'step:preferences:4/5',
        'step:health:5/5',
        'treatment_compare_results',
        'action:why',
        'action:compare',
        'generate_lead',
      ]);
      for (const entry of layer) {
        assert.deepEqual(Object.keys(entry).sort(), [...keys].sort(), `${entry.event}: every key, null where it does not apply`);
        assert.equal(entry.form_id, formId);
        assertIdsOnly(JSON.stringify(entry), entry.event);
      }
      const results = layer.find((e) => e.event === 'treatment_compare_results');
      const completed = events.find((e) => e.type === 'tc-completed');
      assert.equal(results.tc_treatment, completed.detail.recommended, 'the best match, and nothing else of tc-completed');
      const why = layer.find((e) => e.tc_action === 'why');
      assert.ok(['microneedling', 'chemical_peel', 'laser', 'injectables', 'microdermabrasion'].includes(why.tc_family), JSON.stringify(why));
      assert.equal(layer.find((e) => e.tc_action === 'compare').tc_treatment, 'peel_superficial');
      const lead = layer.at(-1);
      const booked = events.find((e) => e.type === 'tc-booking-requested');
      assert.equal(lead.tc_treatment, booked.detail.treatment);

      // The CustomEvents say the same, ids only.
      assert.deepEqual(events.filter((e) => e.type === 'tc-step').map((e) => e.detail), steps.map((step, i) => ({ step, number: i + 1, count: 5 })));
      assert.deepEqual(events.filter((e) => e.type === 'tc-started').map((e) => e.detail), [{ step: 'concerns' }]);
      assert.deepEqual(events.filter((e) => e.type === 'tc-action').map((e) => e.detail.action), ['why', 'compare']);
      for (const e of events.filter((e) => funnelEventTypes.includes(e.type))) {
        assert.equal(e.bubbles && e.composed, true);
        assertIdsOnly(JSON.stringify(e.detail), e.type);
      }

      // Campaigns reach the booking page; nothing else of the page's address does.
      const href = await page.locator('a.tc-book').getAttribute('href');
      assert.equal(href, `/book?t=${booked.detail.treatment}&utm_source=google&utm_medium=cpc&utm_campaign=spring&gclid=Cj0KCQabc`);
      assert.equal(booked.detail.url, href);
      for (const e of [...events, ...layer]) assert.ok(!JSON.stringify(e).includes('utm_content') && !JSON.stringify(e).includes('jane'), JSON.stringify(e));
      assert.deepEqual(errors, []);
    });
  });
}

test('the language switch, start over and a second start are pushed too', async () => {
  await withPage(browser, phone, async (page) => {
    await page.goto(`${server.origin}/measure/layer.html`);
    await completeQuestionnaire(page, answers);
    await page.locator('.tc-language[data-language="es"]').click();
    await page.locator('button.tc-start-over').click();
    await page.locator('input[name="concern"][value="dullness"]').check();
    const layer = await pushes(page);
    const tail = layer.slice(layer.findIndex((e) => e.event === 'treatment_compare_results'));
    assert.deepEqual(
      tail.map((e) => [e.event, e.tc_action, e.tc_language, e.tc_step]),
      [
        ['treatment_compare_results', null, null, null],
        ['treatment_compare_action', 'language', 'es', null],
        ['treatment_compare_action', 'start_over', null, null],
        ['treatment_compare_step', null, null, 'concerns'],
        ['form_start', null, null, 'concerns'],
      ],
    );
  });
});

test('printing, sharing and keeping the answers on the device are pushed as actions, ids only', async () => {
  await withPage(browser, phone, async (page, context) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    // The print dialog is not opened in a test: window.print counted instead.
    await page.addInitScript(() => {
      window.__prints = 0;
      window.print = () => {
        window.__prints += 1;
      };
    });
    await page.goto(`${server.origin}/measure/device.html`);
    await completeQuestionnaire(page, answers);
    await page.locator('button.tc-print-button').click();
    await page.waitForFunction(() => window.__prints === 1);
    await page.locator('button.tc-share-button').click();
    await page.locator('.tc-share-status').waitFor();
    await page.locator('input[name="keep-on-device"]').check();
    const actions = (await pushes(page)).filter((e) => e.event === 'treatment_compare_action');
    assert.deepEqual(actions.map((e) => e.tc_action), ['print', 'share', 'keep']);
    for (const e of actions) {
      assert.equal(e.tc_treatment ?? e.tc_family ?? e.tc_language ?? null, null, JSON.stringify(e));
      assertIdsOnly(JSON.stringify(e), e.tc_action);
    }
  });
});

test('nothing is pushed without analytics="datalayer", and the CustomEvents still fire', async () => {
  await withPage(browser, phone, async (page) => {
    const events = await recordWidgetEvents(page, funnelEventTypes);
    await page.goto(`${server.origin}/measure/off.html${campaign}`);
    await completeQuestionnaire(page, answers);
    await actOnResults(page);
    assert.deepEqual(await page.evaluate(() => window.dataLayer), []);
    assert.equal(events.filter((e) => e.type === 'tc-step').length, 5);
    // forward-params works without analytics.
    assert.match(await page.locator('a.tc-book').getAttribute('href'), /&utm_source=google&utm_medium=cpc&utm_campaign=spring&gclid=Cj0KCQabc$/);
  });
});

test('under Global Privacy Control nothing is pushed, and the CustomEvents still fire', async () => {
  await withPage(browser, phone, async (page) => {
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
    const events = await recordWidgetEvents(page, funnelEventTypes);
    await page.goto(`${server.origin}/measure/layer.html`);
    await completeQuestionnaire(page, answers);
    await actOnResults(page);
    assert.deepEqual(await pushes(page), []);
    assert.deepEqual(events.filter((e) => e.type === 'tc-action').map((e) => e.detail.action), ['why', 'compare']);
  });
});

test('hostile parameter values stay inert: encoded into the link, never run, never elsewhere', async () => {
  await withPage(browser, phone, async (page) => {
    const errors = collectErrors(page);
    const dialogs = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    const hostile = encodeURIComponent('"><img src=x onerror="window.__pwned=1;alert(1)">');
    const evil = encodeURIComponent('javascript:alert(2)//&t=x#frag');
    await page.goto(`${server.origin}/measure/layer.html?utm_source=${hostile}&utm_campaign=${evil}&gclid=${'g'.repeat(400)}`);
    await completeQuestionnaire(page, answers);
    const href = await page.locator('a.tc-book').getAttribute('href');
    assert.ok(href.startsWith('/book?t='), href);
    assert.ok(href.includes(`&utm_source=${hostile.replaceAll("'", '%27')}`) || href.includes('&utm_source=%22%3E%3Cimg'), href);
    assert.ok(href.includes('&utm_campaign=javascript%3Aalert(2)%2F%2F%26t%3Dx%23frag'), href);
    assert.ok(!href.includes('gclid'), 'a value over 200 characters is not forwarded');
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.equal(await page.locator('img[src="x"]').count(), 0);
    assert.deepEqual(dialogs, []);
    for (const entry of await pushes(page)) assert.ok(!JSON.stringify(entry).includes('img'), JSON.stringify(entry));
    assert.deepEqual(errors, []);
  });
});
