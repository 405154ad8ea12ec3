// The demo page in the other engines a visitor uses: Firefox ESR (Gecko) and WebKitGTK (Safari's
// engine, WebKit), driven over W3C WebDriver (tests/e2e/webdriver.mjs) on the built dist/. The
// whole journey with the native engine's scores, once by keyboard alone; the language switch
// keeping every answer; answers kept across a reload and a share link opened in a fresh session;
// the print button building the printed summary; the first screen before the WebAssembly and the
// widget taking over; the message where WebAssembly is off. On every page: no uncaught error, no
// rejected promise, no CSP violation, no `error` event on any element (the probe).
// Full journeys run at a desktop width, the keyboard journey and the first screen at a phone
// width (the host pages are at a phone width in engines-hosts.test.mjs).
// Run: `node --test tests/e2e/engines-journey.test.mjs` (TC_ENGINES=firefox or webkit for one).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dist, root, sampleAnswers } from './support.mjs';
import {
  Key,
  answerHealth,
  arrowTo,
  completeQuestionnaire,
  desktop,
  engineKeys,
  engines,
  focusMatches,
  has,
  demoOffer,
  nativeAssessment,
  newSession,
  reuse,
  phone,
  ranking,
  startDriver,
  startProbedServer,
  stopDisplay,
  spaceUntilChecked,
  tabTo,
  text,
  waitForStep,
  waitIn,
  withSession,
} from './webdriver.mjs';

let server;
/** Requests for the wasm wait on this while set (the first screen's test holds it back). */
let wasmGate = null;

before(async () => {
  const demo = readFileSync(join(dist, 'index.html'), 'utf8');
  server = await startProbedServer({
    // The demo page without its language: the widget follows the browser's.
    overrides: { '/engines/no-locale.html': demo.replace('<html lang="en">', '<html>') },
    gate: (path) => (path.endsWith('.wasm') && wasmGate ? wasmGate : undefined),
  });
});

after(async () => {
  await server?.close();
  await stopDisplay();
});

/** Asserts that the probe saw nothing wrong on the page. */
async function noProblems(session, where) {
  assert.deepEqual(await session.problems(), [], `${session.driver.name}, ${where}: errors, rejections, CSP violations or error events`);
}

const assessment = nativeAssessment(sampleAnswers, { root, offer: demoOffer(root) });

for (const engine of engineKeys) {
  describe(engines[engine].name, () => {
    let driver;
    /** One session for the tests that need no fresh one (a new session costs Firefox seconds). */
    let session;
    /** The session, readied for a test at viewport `size` with nothing stored. */
    const open = async (size, fn) => {
      await reuse(session, server.origin, size);
      await fn(session);
    };
    before(async () => {
      driver = await startDriver(engine);
      session = await newSession(driver);
    });
    after(async () => {
      await session?.close().catch(() => {});
      await driver?.close();
    });

    test(`${engine}: the demo journey shows the native engine's scores; why, compare and change work`, async () => {
      await open(desktop, async (s) => {
        await s.go(server.url);
        const seen = [];
        await completeQuestionnaire(s, sampleAnswers, { onStep: async (key) => seen.push(key) });
        assert.deepEqual(seen, ['concerns', 'skin_type', 'downtime', 'preferences', 'health']);

        const shown = await ranking(s);
        const native = assessment.families.map((f) => `${f.family} ${f.set_apart ? '-' : f.score}`);
        assert.deepEqual(shown.map((r) => r.split(' ').slice(0, 2).join(' ')), native, 'the order and scores of `assess`');
        assert.ok(await has(s, 'section.tc-candidacy[data-verdict]'), 'the candidacy verdict');
        assert.ok(await has(s, 'svg.tc-timeline g.tc-timeline-row[data-treatment="microneedling"]'), "the timeline's microneedling row");

        // Each "why" opened by a click shows its breakdown.
        const why = await s.$$('details.tc-why > summary');
        assert.ok(why.length >= 3, `${why.length} "why" breakdowns`);
        for (const summary of why) await s.click(summary);
        assert.equal(await s.run(() => [...document.querySelector('treatment-compare').shadowRoot.querySelectorAll('details.tc-why')].every((d) => d.open)), true);

        await s.click('input[type="checkbox"][name="compare"][value="peel_superficial"]');
        await waitIn(s, 'g.tc-timeline-row[data-treatment="peel_superficial"]');

        await s.click('button.tc-edit[data-step="downtime"]');
        await waitForStep(s, 'downtime');
        await s.click('input[type="radio"][name="downtime"][value="two_weeks_or_more"]');
        await s.click('button.tc-next');
        await waitIn(s, 'section.tc-results[data-complete]');
        const changed = nativeAssessment({ ...sampleAnswers, downtime: 'two_weeks_or_more' }, { root, offer: demoOffer(root) });
        assert.deepEqual(
          (await ranking(s)).map((r) => r.split(' ').slice(0, 2).join(' ')),
          changed.families.map((f) => `${f.family} ${f.set_apart ? '-' : f.score}`),
          'after the change, the native engine\'s scores for the new answers',
        );
        await noProblems(s, 'the demo page');
      });
    });

    test(`${engine}: the questionnaire by keyboard alone, at a phone width`, async () => {
      await open(phone, async (s) => {
        await s.go(server.url);
        assert.equal(await s.run(() => window.innerWidth), phone.width);
        await waitForStep(s, 'concerns');
        await tabTo(s, 'input[name="concern"][value="acne_scars"]');
        await spaceUntilChecked(s, 'input[name="concern"][value="acne_scars"]');
        await tabTo(s, 'button.tc-next');
        await s.press(Key.Enter);

        // Each radio group: Tab into it, the arrow keys choose, Tab on to Next.
        // Each new step takes the focus to its heading (in the next frame): Tab from there.
        const arrived = async (step) => {
          await waitForStep(s, step);
          await s.waitFor(focusMatches.source, [`.tc-step[data-step="${step}"] h2`], { message: `focus on the ${step} heading` });
        };
        const radios = async (step, name, value) => {
          await arrived(step);
          if (!value) return;
          await tabTo(s, `input[name="${name}"]`);
          await arrowTo(s, name, value);
          assert.ok(await focusMatches(s, `input[name="${name}"][value="${value}"]:checked`), `${name} ${value} chosen with the arrow keys`);
        };
        const nextStep = async () => {
          await tabTo(s, 'button.tc-next');
          await s.press(Key.Enter);
        };
        await radios('skin_type', 'skin-type', 'IV');
        await nextStep();
        await radios('downtime', 'downtime', 'up_to_a_week');
        await nextStep();
        await radios('preferences', 'injections', 'no');
        await nextStep();
        await arrived('health');
        await answerHealth(s, {}, { keyboard: true });
        await nextStep();
        await waitIn(s, 'section.tc-results[data-complete]');
        // Focus moved to the results' heading, and the ranking is the native engine's.
        await s.waitFor(() => {
          let el = document.activeElement;
          while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
          return Boolean(el && el.closest('section.tc-results') && /^H[1-6]$/.test(el.tagName));
        }, [], { message: "focus on the results' heading" });
        const native = nativeAssessment({ concerns: { acne_scars: null }, skinType: 'IV', downtime: 'up_to_a_week', injections: 'no' }, { root, offer: demoOffer(root) });
        assert.deepEqual(
          (await ranking(s)).map((r) => r.split(' ').slice(0, 2).join(' ')),
          native.families.map((f) => `${f.family} ${f.set_apart ? '-' : f.score}`),
        );
        await noProblems(s, 'the demo page, by keyboard');
      });
    });

    test(`${engine}: the language switch keeps every answer`, async () => {
      await open(desktop, async (s) => {
        await s.go(server.url);
        await waitForStep(s, 'concerns');
        await s.run(() => document.querySelector('treatment-compare').setAttribute('languages', 'en es'));
        await waitIn(s, '.tc-language[data-language="es"]');
        await s.click('input[name="concern"][value="acne_scars"]');
        await waitIn(s, 'select[name="severity-acne_scars"]');
        await s.click('select[name="severity-acne_scars"] > option[value="severe"]');
        await s.click('.tc-language[data-language="es"]');
        await waitIn(s, '.tc-root[lang="es"]');
        assert.ok(await has(s, 'input[name="concern"][value="acne_scars"]:checked'), 'the concern is kept');
        assert.equal(await s.run(() => document.querySelector('treatment-compare').shadowRoot.querySelector('select[name="severity-acne_scars"]').value), 'severe');
        assert.match(await text(s, '.tc-step h2'), /[áéíóúñ¿]|piel|preocupa/i, 'the step is in Spanish');

        await completeQuestionnaire(s, { ...sampleAnswers, concerns: { enlarged_pores: 'mild' } });
        const spanish = await ranking(s);
        const heading = await text(s, 'section.tc-results h2');
        await s.click('.tc-language[data-language="en"]');
        await waitIn(s, '.tc-root[lang="en"]');
        await waitIn(s, 'section.tc-results[data-complete]');
        assert.notEqual(await text(s, 'section.tc-results h2'), heading, 'the results in English');
        assert.deepEqual(await ranking(s), spanish, 'the same results in either language');
        const native = nativeAssessment({ ...sampleAnswers, concerns: { acne_scars: 'severe', enlarged_pores: 'mild' } }, { root, offer: demoOffer(root) });
        assert.deepEqual(spanish.map((r) => r.split(' ').slice(0, 2).join(' ')), native.families.map((f) => `${f.family} ${f.set_apart ? '-' : f.score}`));
        await noProblems(s, 'the language switch');
      });
    });

    test(`${engine}: answers are kept across a reload, and a share link opens the same results in a fresh session`, async () => {
      let link;
      let shown;
      await open(desktop, async (s) => {
        await s.go(server.url);
        await completeQuestionnaire(s, sampleAnswers);
        shown = await ranking(s);
        await noProblems(s, 'before the reload');
        await s.reload();
        await waitIn(s, 'section.tc-results[data-complete]');
        assert.deepEqual(await ranking(s), shown, 'the same results after a reload');

        await s.click('button.tc-share-button');
        await waitIn(s, '.tc-share-status');
        link = await s.run(() => document.querySelector('treatment-compare').shadowRoot.querySelector('input[name="share-link"]').value);
        assert.match(link, /#tc-0=\d+\.[0-9.-]+$/);
        await noProblems(s, 'after the reload and the share button');
      });
      await withSession(driver, { size: desktop }, async (s) => {
        await s.go(link);
        // Without its health answers (the default), the link opens on the health step with
        // nothing answered there, and no results until the visitor answers.
        await waitForStep(s, 'health');
        assert.equal(new URL(await s.url()).hash, '', 'the widget took its part of the address');
        assert.equal(await has(s, '.tc-step[data-step="health"] input:checked'), false, 'nothing answered');
        assert.equal(await has(s, 'section.tc-results'), false, 'no results yet');
        await answerHealth(s, sampleAnswers);
        await s.click('button.tc-next');
        await waitIn(s, 'section.tc-results[data-complete]');
        assert.deepEqual(await ranking(s), shown, 'the health answered again, the same results');
        await noProblems(s, 'the shared link');
      });
    });

    test(`${engine}: the print button builds the printed summary (print() intercepted)`, async () => {
      await open(desktop, async (s) => {
        await s.go(server.url);
        await completeQuestionnaire(s, sampleAnswers);
        await s.run(() => {
          window.__tcPrinted = [];
          window.print = () => {
            // The summary is rendered into the print root's own shadow root (src/ui/print.rs).
            const printRoot = document.querySelector('body > [data-tc-print]');
            window.__tcPrinted.push(printRoot && printRoot.shadowRoot ? printRoot.shadowRoot.textContent : null);
          };
        });
        await s.click('[part="print-button"]');
        const printed = await s.waitFor(() => window.__tcPrinted.length > 0 && window.__tcPrinted);
        assert.equal(printed.length, 1, 'print() called once');
        const summary = printed[0] ?? '';
        assert.match(summary, /Glow Clinic \(demo\)/, 'the clinic in the summary');
        // Every family ranked with a score is named in the summary.
        const ranked = (await ranking(s)).filter((row) => row.split(' ')[1] !== '-');
        assert.ok(ranked.length >= 2, ranked.join('; '));
        for (const row of ranked) {
          const family = row.split(' ')[0];
          const name = await text(s, `li.tc-family[data-family="${family}"] .tc-family-name`);
          assert.ok(name, `${family} has a name on its card`);
          assert.ok(summary.includes(name.trim()), `${name} in the printed summary`);
        }
        assert.ok(summary.length > 400, `a whole summary (${summary.length} characters)`);
        await s.run(() => window.dispatchEvent(new Event('afterprint')));
        await s.waitFor(() => !document.querySelector('body > [data-tc-print]'), [], { message: 'the print root gone after afterprint' });
        await noProblems(s, 'print');
      });
    });

    test(`${engine}: the first screen is there before the WebAssembly, and the widget takes over with what was entered`, async () => {
      let release;
      wasmGate = new Promise((ok) => (release = ok));
      try {
        await open(phone, async (s) => {
          await s.go(server.url);
          await waitIn(s, '[data-tc-early] input[name="concern"][value="melasma"]');
          assert.equal(
            await s.run(() => [...document.querySelector('treatment-compare').shadowRoot.querySelectorAll('.tc-step')].every((step) => step.closest('[data-tc-early]'))),
            true,
            "no widget yet: the only step on screen is the loader's",
          );
          await s.click('[data-tc-early] input[name="concern"][value="melasma"]');
          await waitIn(s, '[data-tc-early] select[name="severity-melasma"]');
          await s.click('[data-tc-early] select[name="severity-melasma"] > option[value="severe"]');
          release();
          await waitForStep(s, 'concerns');
          assert.equal(await has(s, '[data-tc-early]'), false, 'the first screen is gone');
          assert.ok(await has(s, 'input[name="concern"][value="melasma"]:checked'), "the tick is the widget's");
          assert.equal(await s.run(() => document.querySelector('treatment-compare').shadowRoot.querySelector('select[name="severity-melasma"]').value), 'severe');
          await noProblems(s, 'the first screen and the takeover');
        });
      } finally {
        release?.();
        wasmGate = null;
      }
    });

    if (engine === 'firefox') {
      test(`${engine}: with WebAssembly switched off the visitor reads a short message in their language`, async () => {
        for (const [lang, message] of [['es-ES', /^Este navegador no puede mostrar la comparación de tratamientos\./]]) {
          await withSession(driver, { size: phone, lang, prefs: { 'javascript.options.wasm': false } }, async (s) => {
            // The host page without a locale: the widget follows the browser's language.
            await s.go(`${server.origin}/engines/no-locale.html`);
            assert.equal(await s.run(() => typeof WebAssembly), 'undefined', 'WebAssembly is off');
            await waitIn(s, '[role="alert"]');
            assert.match(await text(s, '[role="alert"]'), message);
            assert.equal(await s.run(() => document.querySelector('treatment-compare').shadowRoot.querySelector('[role="alert"]').lang), lang.slice(0, 2));
            assert.equal(await has(s, '[data-tc-early]'), false, 'no first screen to answer in vain');
            await noProblems(s, 'WebAssembly off');
          });
        }
      });
    }
  });
}
