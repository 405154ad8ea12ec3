// Accessibility (WCAG 2.2 AA) of the BUILT demo page (dist/, from `trunk build --release
// --offline`) in Debian's Chromium: axe-core on every screen, focus management, the light-DOM
// announcer read back from Chromium's accessibility tree, focus never hidden under the sticky
// Back/Next bar, target sizes, reflow at 320px and at 400% zoom, text spacing, reduced motion and
// forced colours. Every check runs for each locale in LOCALES (set through the element's
// `locale` attribute before the journey); selectors use data attributes and names, and expected
// texts are read from the widget, so a new locale needs nothing but its code here.
// Run: `node --test tests/e2e/a11y.test.mjs`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  axeViolations,
  completeQuestionnaire,
  eventually,
  installDeepActive,
  isoDaysFromNow,
  launchChromium,
  liveRegions,
  noneOfThese,
  sampleAnswers,
  setLocale,
  settle,
  startServer,
  waitForFocus,
  waitForStep,
  withPage,
} from './support.mjs';

const LOCALES = ['en', 'es'];

const narrow = { viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 };
const wide = { viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 };
// A common phone (iPhone 12–15 class), audited as the visitor arrives at each screen too.
const phone390 = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 };
// 400% zoom of a 1280×1024 window: browser zoom divides the CSS viewport by the zoom factor and
// multiplies device pixels per CSS pixel by it, which is exactly a 320×256 viewport at
// deviceScaleFactor 4, layout included (media and container queries see 320px). Pinch zoom
// (CDP Emulation.setPageScaleFactor) would not reflow the page, and WCAG 1.4.10 is about reflow.
const zoom400 = { viewport: { width: 320, height: 256 }, deviceScaleFactor: 4 };

let browser;
let server;

before(async () => {
  [browser, server] = await Promise.all([launchChromium(), startServer()]);
});

after(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

/** Opens the demo page in `locale` and waits for the first step. */
async function open(page, locale) {
  await page.goto(server.url);
  await waitForStep(page, 'concerns');
  await setLocale(page, locale);
  await installDeepActive(page);
}

/** Presses Next with the keyboard (it may be aria-disabled, which Playwright will not click). */
async function pressNext(page) {
  await page.locator('button.tc-next').focus();
  await page.keyboard.press('Enter');
}

const concerns = Object.keys(sampleAnswers.concerns);

/**
 * Walks every screen in the current locale, calling `check(name)` on each: every question step,
 * the ticked concerns (their severity fields), the skin-type quiz opened, the health step with
 * isotretinoin "stopped" (its date field and the hint), and the results with every "why" open and
 * every treatment compared on the timeline.
 */
async function everyScreen(page, check) {
  const $ = (s) => page.locator(s);
  await check('concerns');
  for (const c of concerns) await $(`input[name="concern"][value="${c}"]`).check();
  await check('concerns with concerns ticked');
  await pressNext(page);

  await waitForStep(page, 'skin_type');
  await check('skin type');
  await $('button.tc-quiz-toggle').click();
  await $('.tc-quiz:not([data-pending])').waitFor();
  await check('skin type with the quiz open');
  await $(`input[name="skin-type"][value="${sampleAnswers.skinType}"]`).check();
  await pressNext(page);

  await waitForStep(page, 'downtime');
  await check('downtime');
  await pressNext(page);

  await waitForStep(page, 'preferences');
  await check('preferences');
  await $(`input[name="budget"][value="${sampleAnswers.budget}"]`).check();
  await $(`input[name="injections"][value="${sampleAnswers.injections}"]`).check();
  await $('input[name="event-date"]').fill(sampleAnswers.eventDate);
  await check('preferences with an event date');
  await pressNext(page);

  await waitForStep(page, 'health');
  await check('health');
  await $('input[name="health-group-now"][value="none"]').check();
  await $('input[name="health-group-medicines"][value="some"]').check();
  await $('input[name="health-group-history"][value="not_sure"]').check();
  await $('input[name="isotretinoin"][value="stopped"]').check();
  await $('input[name="isotretinoin-last-taken"]').waitFor();
  await check('health with two groups open and isotretinoin stopped (date field and hint)');
  await $('input[name="isotretinoin-last-taken"]').fill(isoDaysFromNow(-400));
  await $('input[name="health-group-history"][value="none"]').check();
  for (const c of ['blood_thinners', 'immunosuppressants', 'photosensitising_medication', 'numbing_or_metal_allergy']) {
    await $(`input[name="health-${c}"][value="no"]`).check();
  }
  await pressNext(page);

  await $('section.tc-results[data-complete]').waitFor();
  await page.$$eval('details.tc-why', (all) => all.forEach((d) => (d.open = true)));
  for (const box of await $('input[type="checkbox"][name="compare"]').all()) await box.check();
  const compared = await $('input[type="checkbox"][name="compare"]').evaluateAll((all) => all.map((b) => b.value));
  assert.ok(compared.length >= 4, `several treatments to compare (${compared.join(', ')})`);
  for (const key of compared) await $(`g.tc-timeline-row[data-treatment="${key}"]`).waitFor();
  await check('results with every "why" open and every treatment compared');
}

/** Replaces the widget with its configuration-error message (a currency that is not an ISO code:
 * any three capitals, such as XYZ, are accepted as one). */
async function showConfigError(page) {
  await page.locator('treatment-compare').evaluate((el) => el.setAttribute('currency', 'EURO'));
  await page.locator('treatment-compare .tc-config-error').waitFor();
}

for (const locale of LOCALES) {
  for (const [width, options, onArrival] of [
    ['320px', narrow, false],
    ['1280px', wide, false],
    ['390×844, as each screen arrives and at rest', phone390, true],
  ]) {
    test(`axe (WCAG 2.2 AA and best practices): no violation on any screen, ${locale}, ${width}`, async () => {
      await withPage(browser, options, async (page) => {
        await open(page, locale);
        const found = [];
        // Each screen is audited with the sticky Back/Next bar resting in its own place, at the
        // end of the form. Scrolled elsewhere, the bar's buttons pass over the controls above them
        // as the page moves, and axe counts a control half under the Next button as a small
        // target ("partially obscured"), wherever that happens to be (it moves with the
        // language's line breaks). That is sticky content while scrolling, which WCAG 2.4.11 is
        // about: the focus test below proves no focused control is ever under the bar, and the
        // target-size test that every control is 24×24 px or more.
        // On a phone, each screen is also audited where the widget leaves it when it arrives
        // (scrolled to its heading, the bar over whatever is below): what a visitor sees first.
        const audit = async (where) => {
          if (onArrival) found.push(...(await axeViolations(page, `${where}, on arrival`)));
          await page.locator('treatment-compare').evaluate((el) => el.scrollIntoView({ block: 'end' }));
          found.push(...(await axeViolations(page, where)));
        };
        await everyScreen(page, audit);
        await showConfigError(page);
        await audit('configuration error');
        assert.deepEqual(found, [], `axe found violations:\n${found.join('\n')}`);
      });
    });
  }

  test(`axe at 390×844: each question step as the visitor leaves it (answers entered, nothing scrolled by the test), and the results (${locale})`, async () => {
    await withPage(browser, phone390, async (page) => {
      await open(page, locale);
      const found = [];
      await completeQuestionnaire(page, sampleAnswers, { onStep: async (key) => found.push(...(await axeViolations(page, `${key}, answered`))) });
      found.push(...(await axeViolations(page, 'results')));
      assert.deepEqual(found, [], `axe found violations:\n${found.join('\n')}`);
    });
  });

  test(`the keyboard keeps its place: ticking a concern or opening the quiz leaves the focus where it was (${locale})`, async () => {
    await withPage(browser, wide, async (page) => {
      await open(page, locale);
      const box = `input[name="concern"][value="${concerns[0]}"]`;
      await page.locator(box).focus();
      await page.keyboard.press('Space');
      await page.locator(`select[name="severity-${concerns[0]}"]`).waitFor();
      await waitForFocus(page, box);
      assert.ok(await page.locator(box).isChecked());
      // Tab goes on to the choice that appeared for it.
      await page.keyboard.press('Tab');
      await waitForFocus(page, `select[name="severity-${concerns[0]}"]`);
      await pressNext(page);
      await waitForStep(page, 'skin_type');
      await page.locator('button.tc-quiz-toggle').focus();
      await page.keyboard.press('Enter');
      await page.locator('.tc-quiz:not([data-pending])').waitFor();
      await waitForFocus(page, 'button.tc-quiz-toggle[aria-expanded="true"]');
    });
  });

  test(`focus moves to the new screen's heading: Next, Back, "Change" buttons and the results (${locale})`, async () => {
    await withPage(browser, wide, async (page) => {
      await open(page, locale);
      const heading = (key) => `.tc-step[data-step="${key}"] h2`;
      await page.locator(`input[name="concern"][value="${concerns[0]}"]`).check();
      await pressNext(page);
      await waitForFocus(page, heading('skin_type'));
      await page.locator('button.tc-back').click();
      await waitForFocus(page, heading('concerns'));
      await pressNext(page);
      await waitForFocus(page, heading('skin_type'));
      await page.locator(`input[name="skin-type"][value="${sampleAnswers.skinType}"]`).check();
      for (const key of ['downtime', 'preferences', 'health']) {
        await pressNext(page);
        await waitForFocus(page, heading(key));
      }
      await noneOfThese(page);
      await pressNext(page);
      await waitForFocus(page, 'section.tc-results > h2');

      for (const key of ['concerns', 'skin_type', 'downtime', 'preferences', 'health']) {
        await page.locator(`button.tc-edit[data-step="${key}"]`).click();
        await waitForFocus(page, heading(key));
        await pressNext(page); // "Back to results"
        await waitForFocus(page, 'section.tc-results > h2');
      }
    });
  });

  test(`announcements: a light-DOM live region in Chromium's accessibility tree says each step, each problem, the quiz's outcome and the results (${locale})`, async () => {
    await withPage(browser, wide, async (page) => {
      await open(page, locale);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Accessibility.enable');
      await cdp.send('DOM.enable');
      const regions = async () => {
        const all = (await liveRegions(cdp)).filter((r) => r.host === 'light:treatment-compare');
        const polite = all.filter((r) => r.live === 'polite');
        const assertive = all.filter((r) => r.live === 'assertive');
        assert.equal(polite.length, 1, `one polite region in the element's light DOM: ${JSON.stringify(all)}`);
        assert.equal(assertive.length, 1, `one assertive region in the element's light DOM: ${JSON.stringify(all)}`);
        for (const r of all) assert.equal(r.ignored, false, `the ${r.role} region is exposed`);
        return { polite: polite[0].text, assertive: assertive[0].text };
      };
      /** Waits until the region of kind `live` reads `expected` (and the other one is empty). */
      const announced = async (live, expected, what) => {
        const other = live === 'polite' ? 'assertive' : 'polite';
        let last;
        await eventually(
          async () => {
            last = await regions();
            return last[live] === expected && last[other] === '';
          },
          { message: `${what}: "${expected}" in the ${live} region (last seen: ${JSON.stringify(last)})` },
        );
      };
      const text = (selector) => page.locator(selector).first().innerText().then((t) => t.trim());
      const stepNews = async (key) => {
        await waitForStep(page, key);
        const [count, title] = [await text('.tc-step-count'), await text(`.tc-step[data-step="${key}"] h2`)];
        const said = (await regions()).polite;
        return { count, title, said };
      };

      // Nothing is said on arrival; the regions are there, empty, before the first message.
      assert.deepEqual(await regions(), { polite: '', assertive: '' }, 'the regions exist, empty, from the start');

      // Pressing Next before answering: the problem, assertively, and again on a second press.
      const concernHint = await text('.tc-hint');
      assert.ok(concernHint.length > 0, 'the concerns step shows why Next is disabled');
      await pressNext(page);
      await announced('assertive', concernHint, 'Next pressed with no concern');
      await page.locator(`input[name="concern"][value="${concerns[0]}"]`).check();
      await page.locator(`input[name="concern"][value="${concerns[0]}"]`).uncheck();
      await announced('polite', concernHint, 'the last concern unticked');
      await page.locator(`input[name="concern"][value="${concerns[0]}"]`).check();

      // A step change: "Step 2 of 5: <the step's title>".
      await pressNext(page);
      await eventually(async () => {
        const { count, title, said } = await stepNews('skin_type');
        return said.includes(count) && said.includes(title);
      }, { message: 'the skin-type step announced with its number and title' });
      const skinHint = await text('.tc-hint');
      await pressNext(page);
      await announced('assertive', skinHint, 'Next pressed with no skin type');
      // The skin-type quiz, answered in full: its outcome.
      await page.locator('button.tc-quiz-toggle').click();
      await page.locator('.tc-quiz:not([data-pending])').waitFor();
      for (const select of await page.locator('.tc-quiz select').all()) {
        await select.selectOption({ index: 2 });
      }
      await page.locator('.tc-quiz-result.tc-quiz-done').waitFor();
      await announced('polite', await text('.tc-quiz-result'), 'the quiz answered');
      await page.locator(`input[name="skin-type"][value="${sampleAnswers.skinType}"]`).check();
      for (const key of ['downtime', 'preferences', 'health']) {
        await pressNext(page);
        await eventually(async () => {
          const { count, title, said } = await stepNews(key);
          return said.includes(count) && said.includes(title) && (await regions()).assertive === '';
        }, { message: `the ${key} step announced` });
      }

      // Nothing answered on the health step: pressing "See my results" says what is missing.
      const groupHint = await text('.tc-hint');
      assert.ok(groupHint.length > 0, 'the health step says what it needs');
      await pressNext(page);
      await announced('assertive', groupHint, '"See my results" pressed with the health step unanswered');
      await noneOfThese(page);
      // A missing answer appears: the medicines opened (their questions unanswered), then
      // isotretinoin stopped, with no date yet.
      await page.locator('input[name="health-group-medicines"][value="some"]').check();
      const questionHint = await text('.tc-hint');
      await announced('polite', questionHint, 'the medicines opened, unanswered');
      await page.locator('input[name="isotretinoin"][value="never"]').check();
      for (const c of ['blood_thinners', 'immunosuppressants', 'photosensitising_medication', 'numbing_or_metal_allergy']) {
        await page.locator(`input[name="health-${c}"][value="no"]`).check();
      }
      await page.locator('input[name="isotretinoin"][value="stopped"]').check();
      const dateHint = await text('.tc-hint');
      assert.ok(dateHint.length > 0, 'the health step asks for the date');
      await announced('polite', dateHint, 'isotretinoin "stopped" without a date');
      await page.locator('input[name="isotretinoin"][value="never"]').check();

      // The results: their summary line.
      await pressNext(page);
      await page.locator('section.tc-results[data-complete]').waitFor();
      await announced('polite', await text('.tc-summary'), 'the results');
    });
  });

  test(`a focused control is never under the sticky Back/Next bar and always shows its focus ring, 320px (${locale})`, async () => {
    await withPage(browser, { viewport: { width: 320, height: 568 }, deviceScaleFactor: 1 }, async (page) => {
      await open(page, locale);
      const report = () =>
        page.evaluate(() => {
          const el = window.__deepActive();
          const root = el.getRootNode();
          const nav = root.querySelector?.('.tc-nav');
          // A visually hidden radio (the health answers) shows its focus on its label text.
          const shown = getComputedStyle(el).opacity === '0' ? el.nextElementSibling : el;
          const s = getComputedStyle(shown);
          const r = shown.getBoundingClientRect();
          const n = nav && nav.getBoundingClientRect();
          const inNav = Boolean(nav && nav.contains(el));
          const transparent = s.outlineColor === 'transparent' || /rgba\([^)]*,\s*0\)$/.test(s.outlineColor);
          return {
            name: `${el.tagName.toLowerCase()}${el.name ? `[name=${el.name}]` : ''}${el.value ? `[value=${el.value}]` : ''}`,
            inNav,
            covered: Boolean(!inNav && n && r.bottom > n.top && r.top < n.bottom),
            inViewport: r.top >= 0 && r.bottom <= window.innerHeight,
            ring: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && !transparent,
            rect: `${Math.round(r.top)}..${Math.round(r.bottom)}`,
            nav: n ? `${Math.round(n.top)}..${Math.round(n.bottom)}` : 'none',
          };
        });
      /**
       * Tabs from the step's first control (focused from the top of the page, as a visitor
       * arriving there would) to Next, checking every focused control on the way.
       */
      const tabThrough = async (where, first) => {
        const problems = [];
        let seen = 0;
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.locator(first).first().focus();
        await page.keyboard.press('Shift+Tab');
        for (let i = 0; i < 80; i++) {
          await page.keyboard.press('Tab');
          const r = await report();
          seen++;
          if (r.covered) problems.push(`${where}: ${r.name} (${r.rect}) is under the sticky bar (${r.nav})`);
          if (!r.inViewport) problems.push(`${where}: ${r.name} (${r.rect}) is not scrolled into view`);
          if (!r.ring) problems.push(`${where}: ${r.name} shows no focus ring`);
          if (r.name.startsWith('button') && r.inNav && (await page.evaluate(() => window.__deepActive().matches('.tc-next')))) break;
        }
        assert.ok(seen >= 8, `${where}: tabbed through ${seen} controls`);
        return problems;
      };

      const problems = [];
      for (const c of concerns) await page.locator(`input[name="concern"][value="${c}"]`).check();
      problems.push(...(await tabThrough('concerns', 'input[name="concern"]')));
      await pressNext(page);
      await waitForStep(page, 'skin_type');
      await page.locator(`input[name="skin-type"][value="${sampleAnswers.skinType}"]`).check();
      for (const key of ['downtime', 'preferences', 'health']) {
        await pressNext(page);
        await waitForStep(page, key);
      }
      await page.locator('input[name="health-group-medicines"][value="some"]').check();
      await page.locator('input[name="isotretinoin"][value="stopped"]').check();
      problems.push(...(await tabThrough('health', '.tc-step[data-step="health"] input')));
      assert.deepEqual(problems, [], problems.join('\n'));
    });
  });

  test(`every control is at least 24×24 CSS pixels on every screen, 320px and 1280px (${locale})`, async () => {
    for (const options of [narrow, wide]) {
      await withPage(browser, options, async (page) => {
        await open(page, locale);
        const small = new Set();
        await everyScreen(page, async (where) => {
          const found = await page.locator('treatment-compare').evaluate((host) =>
            [...host.shadowRoot.querySelectorAll('input, select, button, summary, a[href], [tabindex]:not([tabindex="-1"])')]
              .filter((el) => el.getClientRects().length > 0)
              .map((el) => ({ el, r: el.getBoundingClientRect() }))
              .filter(({ r }) => r.width < 24 || r.height < 24)
              .map(({ el, r }) => `${el.tagName.toLowerCase()}.${el.className}[${el.name || el.textContent.trim().slice(0, 30)}] ${r.width.toFixed(1)}×${r.height.toFixed(1)}`),
          );
          for (const f of found) small.add(`[${where}, ${options.viewport.width}px] ${f}`);
        });
        assert.deepEqual([...small], [], 'controls smaller than 24×24 px');
      });
    }
  });

  /** What makes the page scroll sideways, or null. */
  const sidewaysScroll = (page) =>
    page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      if (document.documentElement.scrollWidth <= width) return null;
      const host = document.querySelector('treatment-compare');
      const wide = [...host.shadowRoot.querySelectorAll('*')]
        .filter((el) => el.getBoundingClientRect().right > width + 0.5)
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
      return `scrollWidth ${document.documentElement.scrollWidth} > ${width}: ${wide.join(', ')}`;
    });

  for (const [name, options] of [
    ['320px wide', narrow],
    ['400% zoom of a 1280px window', zoom400],
  ]) {
    test(`no horizontal scrolling on any screen at ${name} (${locale})`, async () => {
      await withPage(browser, options, async (page) => {
        await open(page, locale);
        const found = [];
        await everyScreen(page, async (where) => {
          const problem = await sidewaysScroll(page);
          if (problem) found.push(`[${where}] ${problem}`);
        });
        await showConfigError(page);
        const problem = await sidewaysScroll(page);
        if (problem) found.push(`[configuration error] ${problem}`);
        assert.deepEqual(found, [], found.join('\n'));
      });
    });
  }

  test(`WCAG 1.4.12 text spacing clips no text and causes no sideways scrolling, 320px and 1280px (${locale})`, async () => {
    for (const options of [narrow, wide]) {
      await withPage(browser, options, async (page) => {
        await open(page, locale);
        // The success criterion's spacing, as the user's own stylesheet would set it.
        await page.locator('treatment-compare').evaluate((host) => {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(`
            * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
            p { margin-bottom: 2em !important; }`);
          host.shadowRoot.adoptedStyleSheets = [...host.shadowRoot.adoptedStyleSheets, sheet];
        });
        assert.equal(
          await page.locator('treatment-compare .tc-root').evaluate((el) => getComputedStyle(el).letterSpacing),
          '1.92px',
          'the spacing override applies inside the shadow root',
        );
        const found = [];
        await everyScreen(page, async (where) => {
          const clipped = await page.locator('treatment-compare').evaluate((host) =>
            [...host.shadowRoot.querySelectorAll('*')]
              .filter((el) => {
                const s = getComputedStyle(el);
                const hides = (v) => v === 'hidden' || v === 'clip';
                if (!hides(s.overflowX) && !hides(s.overflowY)) return false;
                // Visually hidden text (clipped to 1px on purpose) is not shown text.
                if (s.clipPath === 'inset(50%)' || el.clientWidth <= 1) return false;
                if (!el.textContent.trim()) return false;
                return (hides(s.overflowX) && el.scrollWidth > el.clientWidth + 1) || (hides(s.overflowY) && el.scrollHeight > el.clientHeight + 1);
              })
              .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} scroll ${el.scrollWidth}×${el.scrollHeight} > client ${el.clientWidth}×${el.clientHeight}`),
          );
          for (const c of clipped) found.push(`[${where}, ${options.viewport.width}px] clipped: ${c}`);
          const problem = await sidewaysScroll(page);
          if (problem) found.push(`[${where}, ${options.viewport.width}px] ${problem}`);
        });
        assert.deepEqual(found, [], found.join('\n'));
      });
    }
  });

  test(`prefers-reduced-motion: reduce turns off every transition, animation and smooth scroll (${locale})`, async () => {
    const motion = (page) =>
      page.locator('treatment-compare').evaluate((host) => {
        const moving = [];
        for (const el of [...host.shadowRoot.querySelectorAll('*')]) {
          for (const pseudo of [null, '::before', '::after']) {
            const s = getComputedStyle(el, pseudo);
            const zero = (list) => list.split(',').every((d) => parseFloat(d) === 0);
            const name = `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}${pseudo || ''}`;
            if (!zero(s.transitionDuration)) moving.push(`${name} transition ${s.transitionDuration}`);
            if (s.animationName !== 'none' && !zero(s.animationDuration)) moving.push(`${name} animation ${s.animationName}`);
            if (s.scrollBehavior !== 'auto') moving.push(`${name} scroll-behavior ${s.scrollBehavior}`);
          }
        }
        return moving;
      });
    const screens = async (page) => {
      const found = [];
      await everyScreen(page, async (where) => found.push(...(await motion(page)).map((m) => `[${where}] ${m}`)));
      return found;
    };
    // The control: without the preference the widget does animate, so the check can fail.
    const moving = await withPage(browser, { ...wide, reducedMotion: 'no-preference' }, async (page) => {
      await open(page, locale);
      return screens(page);
    });
    assert.ok(moving.length > 0, 'with no preference some transitions run (the check sees them)');
    await withPage(browser, { ...wide, reducedMotion: 'reduce' }, async (page) => {
      await open(page, locale);
      assert.equal(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches), true);
      const found = await screens(page);
      assert.deepEqual(found, [], found.join('\n'));
    });
  });

  test(`forced colours (Windows high contrast) keep checked states, focus rings, score bars and chart marks visible (${locale})`, async () => {
    await withPage(browser, { ...wide, forcedColors: 'active' }, async (page) => {
      await open(page, locale);
      assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true, 'forced colours are emulated');
      const problems = [];
      const looks = (selector) =>
        page.locator(selector).first().evaluate((el) => {
          const s = getComputedStyle(el);
          return ['color', 'background-color', 'border-top-color', 'border-top-width', 'outline-style', 'outline-color', 'outline-width'].map((p) => `${p}: ${s.getPropertyValue(p)}`).join('; ');
        });
      const differ = async (checked, unchecked, what) => {
        const [a, b] = [await looks(checked), await looks(unchecked)];
        if (a === b) problems.push(`${what}: a checked one looks like an unchecked one (${a})`);
      };
      const ring = async (what) => {
        const r = await page.evaluate(() => {
          const el = window.__deepActive();
          const shown = getComputedStyle(el).opacity === '0' ? el.nextElementSibling : el;
          const s = getComputedStyle(shown);
          let bg = null;
          for (let e = shown; e && !bg; e = e.parentElement) {
            const c = getComputedStyle(e).backgroundColor;
            if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') bg = c;
          }
          return { style: s.outlineStyle, width: s.outlineWidth, color: s.outlineColor, bg };
        });
        if (r.style === 'none' || parseFloat(r.width) < 2 || r.color === 'transparent' || /^rgba\(.*,\s*0\)$/.test(r.color) || r.color === r.bg) {
          problems.push(`${what}: focus ring not visible (${JSON.stringify(r)})`);
        }
      };

      await page.locator(`input[name="concern"][value="${concerns[0]}"]`).check();
      await differ('li.tc-concern.tc-checked .tc-check', 'li.tc-concern:not(.tc-checked) .tc-check', 'concern cards');
      await page.locator(`input[name="concern"][value="${concerns[1]}"]`).focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      await ring('a concern checkbox');
      await pressNext(page);
      await waitForStep(page, 'skin_type');
      await page.locator(`input[name="skin-type"][value="${sampleAnswers.skinType}"]`).check();
      await differ('.tc-card.tc-checked', '.tc-step[data-step="skin_type"] .tc-card:not(.tc-checked)', 'skin-type cards');
      for (const key of ['downtime', 'preferences', 'health']) {
        await pressNext(page);
        await waitForStep(page, key);
      }
      await noneOfThese(page);
      await page.locator('input[name="health-group-history"][value="some"]').check();
      for (const c of ['keloid_tendency', 'recent_procedure', 'recent_facial_surgery', 'scleroderma', 'neuromuscular_disorder', 'bleeding_disorder', 'implanted_device']) {
        await page.locator(`input[name="health-${c}"][value="no"]`).check();
      }
      await page.locator('input[name="health-cold_sore_history"][value="yes"]').check();
      await differ('input[name="health-cold_sore_history"]:checked + span', 'input[name="health-cold_sore_history"]:not(:checked) + span', 'health answers');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      await ring('a checked health answer');
      await page.keyboard.press('ArrowRight');
      await ring('a health answer');
      await page.locator('input[name="health-cold_sore_history"][value="yes"]').check();
      await pressNext(page);
      await page.locator('section.tc-results[data-complete]').waitFor();
      for (const box of await page.locator('input[type="checkbox"][name="compare"]').all()) await box.check();
      await settle(page);

      // Score bars: the fill differs from its track. Chart marks and legend swatches: painted in
      // the user's high-contrast palette (SVG fills are not forced by the browser, so the theme's
      // teal would stay, whatever the user's colours), and not only in the background colour.
      const paint = await page.locator('treatment-compare').evaluate((host) => {
        const $$ = (s) => [...host.shadowRoot.querySelectorAll(s)];
        const canvas = getComputedStyle(host.shadowRoot.querySelector('.tc-root')).backgroundColor;
        const probe = document.createElement('span');
        host.shadowRoot.querySelector('.tc-root').append(probe);
        const palette = new Set(
          ['Canvas', 'CanvasText', 'Highlight', 'HighlightText', 'LinkText', 'GrayText', 'ButtonText', 'ButtonFace', 'ButtonBorder', 'Mark', 'MarkText', 'VisitedText', 'ActiveText'].map((c) => {
            probe.style.setProperty('color', c);
            return getComputedStyle(probe).color;
          }),
        );
        probe.remove();
        const bars = $$('svg.tc-score-bar').map((svg) => {
          const fill = getComputedStyle(svg.querySelector('.tc-score-fill')).fill;
          const track = getComputedStyle(svg.querySelector('.tc-score-track')).fill;
          return { fill, track };
        });
        const clear = (c) => c === 'none' || c === 'transparent' || /^rgba\(.*,\s*0\)$/.test(c);
        const paints = (el) => {
          const s = getComputedStyle(el);
          const html = !(el instanceof SVGElement);
          return [
            !html && s.fill,
            !html && parseFloat(s.strokeWidth) > 0 && s.stroke,
            html && s.backgroundColor,
            html && parseFloat(s.borderLeftWidth) > 0 && s.borderLeftColor,
            html && parseFloat(s.borderTopWidth) > 0 && s.borderTopColor,
          ].filter((c) => c && !clear(c));
        };
        const visible = (el) => {
          const used = paints(el);
          return used.length > 0 && used.every((c) => palette.has(c)) && used.some((c) => c !== canvas);
        };
        const marks = $$('.tc-session, .tc-downtime, .tc-lasting, .tc-fading, .tc-first-results, .tc-full-results, .tc-event, .tc-swatch');
        return {
          canvas,
          palette: [...palette],
          bars,
          kinds: [...new Set(marks.map((m) => m.getAttribute('class')))],
          hidden: marks.filter((m) => !visible(m)).map((m) => `${m.getAttribute('class')} (${paints(m).join(', ') || 'nothing'})`),
        };
      });
      assert.ok(paint.bars.length >= 3, 'score bars shown (one per ranked card)');
      for (const b of new Set(paint.bars.map((b) => JSON.stringify(b)))) {
        const { fill, track } = JSON.parse(b);
        if (fill === track) problems.push(`a score bar's fill is its track's colour (${fill})`);
        if (!paint.palette.includes(fill) || !paint.palette.includes(track)) problems.push(`a score bar is not in the high-contrast palette (fill ${fill}, track ${track})`);
      }
      for (const kind of ['tc-session', 'tc-downtime', 'tc-lasting', 'tc-first-results', 'tc-full-results']) {
        assert.ok(paint.kinds.includes(kind), `the chart has ${kind} marks (${paint.kinds.join(', ')})`);
      }
      for (const h of new Set(paint.hidden)) problems.push(`chart mark ${h}: not in the high-contrast palette, or only the background ${paint.canvas}`);
      await page.locator('button.tc-edit').first().focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      await ring('a "Change" button');
      assert.deepEqual(problems, [], problems.join('\n'));
    });
  });
}

test('the announcer stays hidden but exposed on the hostile-CSS page', async () => {
  await withPage(browser, wide, async (page) => {
    await page.goto(`${server.origin}/hosts/hostile-css.html`);
    await waitForStep(page, 'concerns');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Accessibility.enable');
    await cdp.send('DOM.enable');
    const regions = (await liveRegions(cdp)).filter((r) => r.host === 'light:treatment-compare');
    assert.deepEqual(regions.map((r) => `${r.role} ${r.live} ${r.ignored ? 'ignored' : 'exposed'}`).sort(), ['alert assertive exposed', 'status polite exposed']);
    const boxes = await page.locator('[slot="tc-announcer"], [slot="tc-announcer"] > *').evaluateAll((all) =>
      all.map((el) => {
        const r = el.getBoundingClientRect();
        return { w: r.width, h: r.height, clip: getComputedStyle(el).clipPath, display: getComputedStyle(el).display };
      }),
    );
    assert.equal(boxes.length, 3);
    for (const b of boxes) assert.deepEqual(b, { w: 1, h: 1, clip: 'inset(50%)', display: 'block' }, 'visually hidden despite the page\'s rules');
  });
});
