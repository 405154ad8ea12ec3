// One order, one score, the best match on top (issue 22), end to end on the built demo page at a
// phone's width, in English and Spanish: the cards fall by the score they show, the best-match
// badge (or "not a clear match") is on the first card only, each ranked card says why it stands
// where it does, and what cannot be a match is set apart below a divider with its reason in
// place of a number. The scores are the native engine's for the same answers (the `assess` CLI).
// The first case is the issue's, at a clinic offering plain microneedling only.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  axeViolations,
  collectErrors,
  completeQuestionnaire,
  launchChromium,
  phone,
  root,
  setLocale,
  startServer,
  withPage,
} from './support.mjs';

let browser;
let server;

/** The demo page's clinic configuration (index.html), and its treatments' ids. */
const demoConfig = /(<script type="application\/json">)([\s\S]*?)(<\/script>)/;
const demoTreatments = (html) => Object.keys(JSON.parse(html.match(demoConfig)[2]).treatments);
/** The case is a clinic offering plain microneedling only: the demo page without the
 * microneedling variants (RF treats severe acne scars and laxity, and would make a clear match). */
const plainOnly = (ids) => ids.filter((id) => !id.startsWith('microneedling_'));
const plainPage = '/plain-microneedling.html';

before(async () => {
  const withoutVariants = (html) =>
    html.replace(demoConfig, (_, open, json, close) => {
      const config = JSON.parse(json);
      config.treatments = Object.fromEntries(plainOnly(Object.keys(config.treatments)).map((id) => [id, config.treatments[id]]));
      return open + JSON.stringify(config) + close;
    });
  const demo = readFileSync(join(root, 'dist/index.html'), 'utf8');
  [browser, server] = await Promise.all([launchChromium(), startServer({ overrides: { [plainPage]: withoutVariants(demo) } })]);
});

after(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

// The visitor: severe acne scars, moderate laxity, mild expression lines, type V, up to a
// week of downtime, no injections, a history of cold sores.
const visitor = {
  concerns: { acne_scars: 'severe', laxity: 'moderate', expression_lines: 'mild' },
  skinType: 'V',
  downtime: 'up_to_a_week',
  budget: 'up_to_3000',
  injections: 'no',
  health: { cold_sore_history: 'yes' },
  isotretinoin: 'never',
};

/** The native engine's assessment of the same answers, today. */
function nativeAssessment() {
  // Every health condition the answers file knows (examples/answers.json has them all), answered "no" unless the visitor said otherwise.
  const conditions = Object.keys(JSON.parse(readFileSync(join(root, 'examples/answers.json'), 'utf8')).health.conditions);
  const answers = {
    concerns: Object.entries(visitor.concerns).map(([concern, severity]) => ({ concern, severity })),
    skin_type: visitor.skinType,
    downtime: visitor.downtime,
    preferences: { budget: visitor.budget, injections_ok: false },
    health: {
      isotretinoin: { status: 'never' },
      conditions: Object.fromEntries(conditions.map((c) => [c, visitor.health[c] ?? 'no'])),
    },
  };
  const file = join(mkdtempSync(join(tmpdir(), 'tc-ranking-')), 'answers.json');
  writeFileSync(file, JSON.stringify(answers));
  // As the page the test opens offers: the demo clinic's treatments but the microneedling variants.
  const offer = plainOnly(demoTreatments(readFileSync(join(root, 'index.html'), 'utf8'))).join(',');
  const out = execFileSync('cargo', ['run', '--quiet', '--locked', '--bin', 'assess', '--', '--offer', offer, file], { cwd: root, encoding: 'utf8' });
  return JSON.parse(out);
}

/** The cards as shown: ranked ones and set-apart ones with what each says. */
async function cards(page) {
  const read = (selector) =>
    page.locator(selector).evaluateAll((lis) =>
      lis.map((li) => ({
        family: li.dataset.family,
        score: Number(li.dataset.score),
        number: li.querySelector('.tc-score-number')?.textContent ?? null,
        best: Boolean(li.querySelector('.tc-badge-best')),
        notClear: li.querySelector('.tc-not-clear')?.textContent ?? null,
        versus: li.querySelector('.tc-versus')?.textContent ?? null,
        reason: li.querySelector('.tc-set-apart-reason')?.textContent ?? null,
        setApart: li.dataset.setApart ?? null,
      })),
    );
  return { ranked: await read('ol.tc-ranking > li.tc-family'), apart: await read('ul.tc-ranking-apart > li.tc-family') };
}

test('the cards fall by score, the first says it is no clear match, and what cannot match is set apart with its reason, in English and Spanish', async () => {
  const expected = nativeAssessment();
  const expectedRanked = expected.families.filter((f) => !f.set_apart);
  const expectedApart = expected.families.filter((f) => f.set_apart);
  assert.ok(expectedApart.length >= 1, 'the case sets something apart');
  await withPage(browser, phone, async (page) => {
    const errors = collectErrors(page);
    await page.goto(server.origin + plainPage);
    await completeQuestionnaire(page, visitor);

    const en = await cards(page);
    assert.deepEqual(en.ranked.map((c) => [c.family, c.score]), expectedRanked.map((f) => [f.family, f.score]), 'the native engine\'s order and scores');
    assert.deepEqual(en.apart.map((c) => [c.family, c.setApart]), expectedApart.map((f) => [f.family, f.set_apart]));
    const scores = en.ranked.map((c) => c.score);
    assert.deepEqual(scores, [...scores].sort((a, b) => b - a), 'the numbers fall as the cards go down');
    // The best match is the first card or none: here the top card only helps "some", and the
    // clear match below it is not promoted.
    assert.equal(en.ranked.filter((c) => c.best).length, 0);
    assert.match(en.ranked[0].notClear ?? '', /^Not a clear match/);
    assert.ok(en.ranked.slice(1).every((c) => c.notClear === null));
    assert.ok(en.ranked.every((c) => /^Compared with /.test(c.versus ?? '')), JSON.stringify(en.ranked));
    assert.match(en.ranked[1].versus, /treats acne scars better/, 'the laser below treats the scars better');
    assert.match(en.ranked[1].versus, /higher risk of dark marks for your skin tone/, 'and costs a higher pigment risk');
    // Set apart below a visible divider, each with one reason line instead of a score.
    const heading = page.locator('.tc-set-apart-heading');
    assert.equal(await heading.innerText(), 'Not a match for your answers');
    assert.ok(await heading.isVisible());
    for (const c of en.apart) {
      assert.equal(c.number, null, `${c.family} shows no competing number`);
      assert.ok(c.reason, `${c.family} has its reason`);
    }
    const reasons = Object.fromEntries(en.apart.map((c) => [c.family, c.reason]));
    assert.equal(reasons.injectables, 'You said no to injections');
    assert.equal(reasons.microdermabrasion, 'Does not treat acne scars, sagging skin or expression lines', 'the most bothersome first');
    assert.deepEqual(await axeViolations(page, 'results, en'), []);

    await setLocale(page, 'es');
    await page.locator('section.tc-results[data-complete]').waitFor();
    const es = await cards(page);
    assert.deepEqual(es.ranked.map((c) => [c.family, c.score]), en.ranked.map((c) => [c.family, c.score]), 'the same order in Spanish');
    assert.match(es.ranked[0].notClear ?? '', /^No es una opción clara/);
    assert.ok(es.ranked.every((c) => /^Frente a /.test(c.versus ?? '')), JSON.stringify(es.ranked));
    assert.equal(await page.locator('.tc-set-apart-heading').innerText(), 'No encajan con sus respuestas');
    const razones = Object.fromEntries(es.apart.map((c) => [c.family, c.reason]));
    assert.equal(razones.injectables, 'Usted prefiere no recibir inyecciones');
    assert.equal(razones.microdermabrasion, 'No trata las cicatrices de acné, la flacidez ni las líneas de expresión');
    assert.deepEqual(await axeViolations(page, 'results, es'), []);
    assert.deepEqual(errors, []);
  });
});

test('a clear best match wears the badge on the first card, and only there', async () => {
  await withPage(browser, phone, async (page) => {
    await page.goto(server.url);
    await completeQuestionnaire(page, { ...visitor, concerns: { expression_lines: 'moderate' }, skinType: 'II', injections: 'yes', health: {} });
    const { ranked, apart } = await cards(page);
    assert.equal(ranked[0].family, 'injectables');
    assert.deepEqual(ranked.map((c) => c.best), ranked.map((_, i) => i === 0));
    assert.equal(ranked[0].notClear, null);
    assert.ok(apart.some((c) => c.setApart === 'no_benefit' && /^Does not treat expression lines$/.test(c.reason)), JSON.stringify(apart));
    assert.deepEqual(await axeViolations(page, 'results with a best match'), []);
  });
});
