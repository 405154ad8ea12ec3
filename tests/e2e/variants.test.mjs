// The microneedling variants end to end on the built widget (issue 26): the two new health
// questions in English and Spanish, axe-clean at both widths; a visitor with laxity sees RF
// microneedling beside plain microneedling, with its cautions; a pacemaker or a platelet disorder
// says which variant is not for them, and why; every citation on screen names a findable source;
// stored answers and shared links from before the new questions open on the health step, those
// questions unanswered, with a notice.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  answerHealth,
  answerUntilHealth,
  axeViolations,
  collectErrors,
  completeQuestionnaire,
  launchChromium,
  loaderPath,
  phone,
  root,
  setLocale,
  startServer,
  waitForStep,
  withPage,
} from './support.mjs';

let browser;
let server;
const texts = {};

const hostPage = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Variants</title>
<link rel="icon" href="data:,"><script type="module" src="${loaderPath}"></script></head>
<body><main><h1>Glow Clinic</h1>${body}</main></body></html>`;
const pages = {
  '/variants/tab.html': hostPage('<treatment-compare clinic-name="Glow Clinic"></treatment-compare>'),
  '/variants/plain.html': hostPage(
    '<treatment-compare clinic-name="Plain Clinic"><script type="application/json">{"treatments": {"microneedling": {}, "peel_superficial": {}, "laser_ablative": {}, "filler": {}}}</script></treatment-compare>',
  ),
};

before(async () => {
  [browser, server] = await Promise.all([launchChromium(), startServer({ overrides: pages })]);
  for (const lang of ['en', 'es']) texts[lang] = JSON.parse(await readFile(join(root, `src/text/${lang}.json`), 'utf8'));
});

after(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

const wide = { viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 };
const laxity = { concerns: { laxity: 'moderate' }, skinType: 'III', downtime: 'up_to_a_week', budget: 'no_fixed_limit' };
/** A clinic offering every treatment (no configuration), the variants included. */
const everything = () => `${server.origin}/variants/tab.html`;

/** The widget on a page offering every treatment, in `locale`, answered to the health step. */
async function toHealth(page, locale) {
  await page.goto(everything());
  await waitForStep(page, 'concerns');
  if (locale !== 'en') await setLocale(page, locale);
  await answerUntilHealth(page, { concern: 'laxity', skinType: 'III' });
}

for (const locale of ['en', 'es']) {
  for (const [width, options] of [['390 px', phone], ['1280 px', wide]]) {
    test(`the implanted-device and bleeding-disorder questions, with "not sure", in ${locale} at ${width}, axe-clean`, async () => {
      await withPage(browser, options, async (page) => {
        const t = texts[locale];
        await toHealth(page, locale);
        const gate = page.locator('fieldset.tc-gate[data-gate="history"] .tc-gate-items');
        for (const key of ['bleeding_disorder', 'implanted_device']) {
          assert.ok((await gate.innerText()).includes(t[`questions.condition_names.${key}`]), `${key} listed under the history question`);
        }
        await page.locator('input[name="health-group-history"][value="some"]').check();
        for (const key of ['bleeding_disorder', 'implanted_device']) {
          const row = page.locator(`fieldset[data-condition="${key}"]`);
          assert.equal(await row.locator('legend').innerText(), t[`questions.conditions.${key}`]);
          assert.deepEqual(await row.locator('input').evaluateAll((all) => all.map((i) => i.value)), ['no', 'yes', 'not_sure']);
          assert.equal(await row.locator('input:checked').count(), 0, `${key}: nothing pre-selected`);
        }
        // Blood thinners now ask about blood thinners only.
        await page.locator('input[name="health-group-medicines"][value="some"]').check();
        assert.equal(await page.locator('fieldset[data-condition="blood_thinners"] legend').innerText(), t['questions.conditions.blood_thinners']);
        assert.deepEqual(await axeViolations(page, `health step, every group open (${locale}, ${width})`), []);
      });
    });
  }
}

for (const locale of ['en', 'es']) {
  test(`laxity: RF microneedling beside plain microneedling with its cautions; with a pacemaker it is "not now" and says why (${locale})`, async () => {
    await withPage(browser, phone, async (page) => {
      const t = texts[locale];
      const errors = collectErrors(page);
      await page.goto(everything());
      await waitForStep(page, 'concerns');
      if (locale !== 'en') await setLocale(page, locale);
      await completeQuestionnaire(page, laxity);
      const card = page.locator('li.tc-family[data-family="microneedling"]');
      assert.ok((await card.innerText()).includes(t['results.treatments.microneedling_rf']), 'the family card names RF as its best option');
      const rf = page.locator('details.tc-candidacy-variant[data-treatment="microneedling_rf"]');
      assert.equal(await rf.getAttribute('data-verdict'), 'suitable');
      await rf.locator('summary').click();
      const cautions = await rf.locator('ul.tc-cautions > li').allInnerTexts();
      assert.ok(cautions[0].startsWith(t['results.cautions.fda_rf_safety']), cautions[0]);
      assert.ok(cautions[0].includes(t['results.sources.fda_rf_2025']), 'the caution cites the FDA communication');
      assert.ok((await rf.locator('ul.tc-prepare').innerText()).includes(t['results.care_pause_nsaids']));
      assert.deepEqual(await axeViolations(page, `results with the RF panel open (${locale})`), []);

      // A pacemaker: RF is not for this visitor, and the panel says why.
      await page.locator('button.tc-edit[data-step="health"]').click();
      await waitForStep(page, 'health');
      await page.locator('input[name="health-group-history"][value="some"]').check();
      for (const key of ['cold_sore_history', 'keloid_tendency', 'recent_procedure', 'recent_facial_surgery', 'scleroderma', 'neuromuscular_disorder', 'bleeding_disorder']) {
        await page.locator(`input[name="health-${key}"][value="no"]`).check();
      }
      await page.locator('input[name="health-implanted_device"][value="yes"]').check();
      await page.locator('button.tc-next').click();
      await page.locator('section.tc-results[data-complete]').waitFor();
      assert.ok(!(await card.innerText()).includes(`${t['results.best_variant'].split('{')[0]}${t['results.treatments.microneedling_rf']}`), 'RF is no longer the best option');
      assert.equal(await rf.getAttribute('data-verdict'), 'not_now');
      assert.ok((await rf.locator('summary').innerText()).includes(t['results.verdicts.not_now']), 'the verdict shows without opening');
      await rf.locator('summary').click();
      const reason = rf.locator('ul.tc-reasons li[data-cause="implanted_device"]');
      assert.equal(await reason.getAttribute('data-kind'), 'absolute');
      assert.ok((await reason.innerText()).includes(t['questions.conditions.implanted_device']));
      assert.equal(await page.locator('details.tc-candidacy-variant[data-treatment="microneedling_prp"]').getAttribute('data-verdict'), 'suitable');
      assert.deepEqual(errors, []);
    });
  });
}

test('a platelet disorder rules out microneedling with PRP and makes the others a talk-first', async () => {
  await withPage(browser, wide, async (page) => {
    await page.goto(everything());
    await completeQuestionnaire(page, { concerns: { acne_scars: 'severe' }, skinType: 'III', downtime: 'one_to_three_days', health: { bleeding_disorder: 'yes' } });
    const verdict = (id) => page.locator(`.tc-candidacy[data-treatment="${id}"]`).getAttribute('data-verdict');
    assert.equal(await verdict('microneedling_prp'), 'not_now');
    assert.equal(await verdict('microneedling_rf'), 'talk_to_provider');
    assert.equal(await verdict('microneedling'), 'talk_to_provider');
    const prp = page.locator('details.tc-candidacy-variant[data-treatment="microneedling_prp"]');
    await prp.locator('summary').click();
    assert.ok((await prp.locator('li[data-cause="bleeding_disorder"]').innerText()).includes(texts.en['results.sources.nanda_2021']));
    assert.ok((await prp.locator('ul.tc-cautions').innerText()).includes(texts.en['results.cautions.licensed_sterile']));
  });
});

test('every citation on the results names a source with a year or says it is not a publication', async () => {
  await withPage(browser, wide, async (page) => {
    await page.goto(everything());
    await completeQuestionnaire(page, { concerns: { acne_scars: 'severe', laxity: 'moderate', volume_loss: 'mild' }, skinType: 'V', downtime: 'two_weeks_or_more' });
    for (const summary of await page.locator('details > summary').all()) await summary.click();
    const cited = new Set((await page.locator('.tc-source, .tc-sources li').allInnerTexts()).map((s) => s.trim()).filter(Boolean));
    assert.ok(cited.size >= 6, `citations on screen: ${[...cited].join(' | ')}`);
    assert.ok([...cited].some((c) => c.includes(texts.en['results.sources.alexiades_armenakas_2010'])), 'RF\'s laxity source is among them');
    const seeds = ['seed_000', 'seed_001', 'seed_003', 'seeds', 'safety_policy', 'clinic'].map((k) => texts.en[`results.sources.${k}`]);
    for (const c of cited) {
      assert.ok(!/literature/i.test(c), c);
      const ok = /\b(19|20)\d\d\b/.test(c) || seeds.some((s) => c.includes(s));
      assert.ok(ok, `no year and not a seed article or the widget's own policy: ${c}`);
    }
  });
});

test('a clinic offering only plain microneedling shows no variant panel', async () => {
  await withPage(browser, phone, async (page) => {
    await page.goto(`${server.origin}/variants/plain.html`);
    await completeQuestionnaire(page, laxity);
    assert.equal(await page.locator('.tc-candidacy-variant').count(), 0);
    assert.equal(await page.locator('section.tc-candidacy[data-treatment="microneedling"]').count(), 1);
  });
});

/** Answers saved before the new questions (version 2: 19 health answers). Laxity, type III. */
const concerns = '0000000000020';
const v2 = (gates, answers) => `2.5.1.${concerns}.3.1.1.1....${gates}${answers}0`;

test('stored answers from before the new questions open on the health step, those questions unanswered, with a notice', async () => {
  await withPage(browser, phone, async (page) => {
    const errors = collectErrors(page);
    await page.addInitScript((value) => {
      if (!sessionStorage.getItem('__seeded')) {
        sessionStorage.setItem('treatment-compare:/variants/tab.html:0', value);
        sessionStorage.setItem('__seeded', '1');
      }
    }, v2('001', '0'.repeat(19)));
    await page.goto(`${server.origin}/variants/tab.html`);
    await waitForStep(page, 'health');
    assert.equal(await page.locator('.tc-notice').innerText().then((s) => s.includes(texts.en['embed.notice_questions_added'])), true);
    for (const key of ['bleeding_disorder', 'implanted_device']) {
      assert.equal(await page.locator(`fieldset[data-condition="${key}"] input:checked`).count(), 0, `${key} unanswered`);
    }
    assert.equal(await page.locator('input[name="health-cold_sore_history"][value="no"]').isChecked(), true, 'the earlier answers are kept');
    assert.deepEqual(await axeViolations(page, 'health step with the notice'), []);
    await page.locator('input[name="health-bleeding_disorder"][value="no"]').check();
    await page.locator('input[name="health-implanted_device"][value="no"]').check();
    await page.locator('button.tc-next').click();
    await page.locator('section.tc-results[data-complete]').waitFor();
    assert.deepEqual(errors, []);
  });
});

test('a shared link from before the new questions opens on the health step; "none of these" was said of a shorter list and is asked again', async () => {
  await withPage(browser, wide, async (page) => {
    await page.goto(`${server.origin}/variants/tab.html#tc-0=${v2('000', '0'.repeat(19))}`);
    await waitForStep(page, 'health');
    assert.ok((await page.locator('.tc-notice').innerText()).includes(texts.en['embed.notice_questions_added']));
    assert.equal(await page.locator('input[name="health-group-now"][value="none"]').isChecked(), true);
    assert.equal(await page.locator('input[name="health-group-history"]:checked').count(), 0, 'history asked again');
    await answerHealth({}, { scope: page });
    await page.locator('button.tc-next').click();
    await page.locator('section.tc-results[data-complete]').waitFor();
  });
});
