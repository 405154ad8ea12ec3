// The 2026-12 clinical review, end to end on the built demo page: the combined plan with its
// joint timeline, the melasma advice and laser cautions, a fit score that cannot be read as a
// safety clearance, and citations a visitor can look up (never "seed").
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  collectErrors,
  completeQuestionnaire,
  launchChromium,
  phone,
  recordWidgetEvents,
  setLocale,
  startServer,
  waitForEvents,
  withPage,
} from './support.mjs';

let browser;
let server;

before(async () => {
  [browser, server] = await Promise.all([launchChromium(), startServer()]);
});

after(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

const planAnswers = {
  concerns: { expression_lines: 'moderate', acne_scars: 'moderate' },
  skinType: 'III',
  downtime: 'up_to_a_week',
  budget: 'up_to_3000',
  injections: 'yes',
  health: {},
  isotretinoin: 'never',
};

/** Every visible text of the results, with every "why" open. */
async function resultsText(page) {
  await page.$$eval('details.tc-why', (all) => all.forEach((d) => (d.open = true)));
  return page.locator('section.tc-results').innerText();
}

test('expression lines and acne scars show microneedling with a neuromodulator as a combined plan', async () => {
  await withPage(browser, phone, async (page) => {
    const errors = collectErrors(page);
    const events = await recordWidgetEvents(page);
    await page.goto(server.url);
    await completeQuestionnaire(page, planAnswers);
    const plan = page.locator('section.tc-plan');
    await plan.waitFor();
    assert.deepEqual((await plan.getAttribute('data-treatments')).split(' ').sort(), ['microneedling', 'neuromodulator']);
    const covers = await plan.locator('.tc-plan-covers li').allInnerTexts();
    assert.equal(covers.length, 2, covers.join('\n'));
    assert.ok(covers.some((c) => /^Expression lines: Wrinkle-relaxing injection — /.test(c)), covers.join('\n'));
    assert.ok(covers.some((c) => /^Acne scars: Microneedling — /.test(c)), covers.join('\n'));
    // The joint timeline: microneedling first, the injection two weeks after its last session.
    const steps = plan.locator('li.tc-plan-step');
    assert.equal(await steps.count(), 2);
    assert.equal(await steps.nth(0).getAttribute('data-treatment'), 'microneedling');
    assert.match(await steps.nth(1).locator('.tc-plan-after').innerText(), /^Starts 2 weeks after the last session of Microneedling \(typical spacing: 2–4 weeks\) — Clinics’ patient pages/);
    assert.match(await steps.nth(0).locator('.tc-plan-dates').innerText(), /^4 sessions, .+ to .+; full results by /);
    assert.match(await plan.innerText(), /Typical spacing; your provider sets the order\./);
    // Each treatment keeps its own health check.
    assert.match(await steps.nth(1).locator('.tc-plan-step-title').innerText(), /^Wrinkle-relaxing injection: Suitable$/);
    // The completed event names the plan's treatments (still no answers).
    const [completed] = await waitForEvents(events, { type: 'tc-completed' });
    assert.deepEqual([...completed.detail.plan].sort(), ['microneedling', 'neuromodulator']);
    assert.equal(JSON.stringify(completed.detail).includes('expression_lines'), false, 'no answers in the event');
    assert.deepEqual(errors, []);
  });
});

test('a visitor who refuses injections gets no plan with an injection, and one concern covered by the best match gets none', async () => {
  await withPage(browser, phone, async (page) => {
    await page.goto(server.url);
    await completeQuestionnaire(page, { ...planAnswers, injections: 'no' });
    await page.locator('section.tc-ranking-section').waitFor();
    assert.equal(await page.locator('section.tc-plan').count(), 0, 'only an injection covers expression lines');
  });
  await withPage(browser, phone, async (page) => {
    await page.goto(server.url);
    await completeQuestionnaire(page, { ...planAnswers, concerns: { acne_scars: 'moderate', enlarged_pores: 'mild' } });
    await page.locator('section.tc-ranking-section').waitFor();
    assert.equal(await page.locator('section.tc-plan').count(), 0, 'microneedling covers acne scars and pores');
  });
});

test('melasma brings the sunscreen-first advice and a laser is never plainly suitable for it', async () => {
  await withPage(browser, phone, async (page) => {
    await page.goto(server.url);
    await completeQuestionnaire(page, { ...planAnswers, concerns: { melasma: 'moderate' }, skinType: 'II' });
    const note = page.locator('p.tc-note');
    assert.match(await note.innerText(), /^Melasma: daily sunscreen .+ — Ogbechie-Godec OA, Elbuluk N, Dermatology and Therapy 2017$/);
    const laser = page.locator('li.tc-family[data-family="laser"]');
    assert.equal(await laser.getAttribute('data-verdict'), 'talk_to_provider');
    assert.equal(await laser.locator('.tc-safety').innerText(), 'Health check: Talk to your provider first');
  });
});

test('the fit score and the health check are two lines on every card, and the summary says both', async () => {
  await withPage(browser, phone, async (page) => {
    await page.goto(server.url);
    // Type VI: the lasers ask for a test spot; microneedling fits best and is suitable.
    await completeQuestionnaire(page, { ...planAnswers, concerns: { acne_scars: 'moderate' }, skinType: 'VI' });
    assert.equal(await page.locator('li.tc-family').count(), 5);
    // The ranked cards show their fit; those set apart (here the injectables, which do nothing
    // for acne scars) their reason instead; every card its health check.
    const ranked = page.locator('ol.tc-ranking > li.tc-family');
    assert.ok((await ranked.count()) >= 3);
    for (const card of await ranked.all()) {
      assert.match(await card.locator('.tc-score-number').innerText(), /^Fits your answers: \d+ \/ 100$/);
    }
    for (const card of await page.locator('ul.tc-ranking-apart > li.tc-family').all()) {
      assert.equal(await card.locator('.tc-score-number').count(), 0);
      assert.ok((await card.locator('.tc-set-apart-reason').innerText()).length > 0);
    }
    for (const card of await page.locator('li.tc-family').all()) {
      assert.match(await card.locator('.tc-safety').innerText(), /^Health check: (Suitable|Talk to your provider first|Not now)$/);
    }
    assert.match(await page.locator('p.tc-summary').innerText(), /fits your answers \d+ out of 100\. Health check: \w/);
    assert.match(await page.locator('p.tc-score-meaning').innerText(), /not a safety clearance/);
    const laser = page.locator('li.tc-family[data-family="laser"]');
    assert.equal(await laser.locator('.tc-safety').innerText(), 'Health check: Talk to your provider first');
  });
});

test('no source a visitor can see says "seed", in English or Spanish', async () => {
  for (const locale of ['en', 'es']) {
    await withPage(browser, phone, async (page) => {
      await page.goto(server.url);
      await setLocale(page, locale);
      await completeQuestionnaire(page, { ...planAnswers, concerns: { ...planAnswers.concerns, melasma: 'mild' } });
      await page.locator('section.tc-plan').waitFor();
      const text = await resultsText(page);
      assert.doesNotMatch(text, /seed|art[ií]culo de referencia/i, locale);
      // The clinic articles are cited by their titles.
      assert.match(text, /Microneedling: Everything You Need to Know/, locale);
    });
  }
});
