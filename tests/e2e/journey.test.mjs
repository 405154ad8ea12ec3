// End-to-end tests of the BUILT demo page (dist/index.html, from `trunk build --release
// --offline`) in Debian's Chromium, driven by playwright-core. Run: `node --test tests/e2e/`.
// The demo page embeds the widget as `<treatment-compare>`, which renders into an open shadow
// root: Playwright's CSS locators pierce it, `document.querySelector` does not (go through the
// element's `shadowRoot`). The example host pages are tested in embed-*.test.mjs; the
// accessibility audit (axe-core on every screen, WCAG 2.2 AA) is in a11y.test.mjs.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  collectErrors,
  completeQuestionnaire,
  fullJourney,
  launchChromium,
  phone,
  sampleAnswers,
  startServer,
  steps,
  waitForStep,
  withPage,
} from './support.mjs';

const families = ['microneedling', 'chemical_peel', 'laser', 'injectables', 'microdermabrasion'];
const verdicts = ['suitable', 'talk_to_provider', 'not_now'];

let browser;
let server;

before(async () => {
  [browser, server] = await Promise.all([launchChromium(), startServer()]);
});

after(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

/**
 * What sticks out to the right of the viewport, or null when nothing does. On an emulated phone
 * Chromium widens the layout viewport (innerWidth) to fit overflowing content, so the limit is
 * the smaller of innerWidth and the device width.
 */
async function horizontalOverflow(page) {
  return page.evaluate((deviceWidth) => {
    const width = Math.min(window.innerWidth, deviceWidth);
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth <= width && window.innerWidth <= deviceWidth) return null;
    const tooWide = (el) => el.getBoundingClientRect().right > width + 0.5;
    // Every element, the widget's shadow trees included.
    const all = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        all.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document.body);
    // The innermost culprits: too wide themselves, with no too-wide child.
    const wide = all
      .filter((el) => tooWide(el) && ![...el.children].some(tooWide))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (right ${Math.round(el.getBoundingClientRect().right)})`);
    return `scrollWidth ${scrollWidth}, innerWidth ${window.innerWidth}, device width ${deviceWidth}; too wide: ${wide.join(', ')}`;
  }, page.viewportSize().width);
}

/** Opens every "why" breakdown on the results screen. */
async function openAllWhy(page) {
  await page.$$eval('details.tc-why', (all) => all.forEach((d) => (d.open = true)));
}

test('the demo page completes the whole journey on a phone-sized viewport', async () => {
  await withPage(browser, phone, async (page) => {
    const errors = collectErrors(page);
    const overflow = [];
    const checkOverflow = async (where) => {
      const problem = await horizontalOverflow(page);
      if (problem) overflow.push(`${where}: ${problem}`);
    };
    await page.goto(server.url);
    assert.equal(await page.evaluate(() => window.innerWidth), 390, 'the layout viewport is the phone width');
    await waitForStep(page, 'concerns');
    await checkOverflow('first screen');

    const seen = [];
    await completeQuestionnaire(page, sampleAnswers, {
      onStep: async (key) => {
        seen.push(key);
        await checkOverflow(`step ${key}`);
      },
    });
    assert.deepEqual(seen, steps, 'every question step was shown, in order');

    // The ranking: one entry per treatment family, each with a score and a verdict.
    const ranking = page.locator('.tc-ranking > li.tc-family');
    await ranking.first().waitFor();
    assert.equal(await ranking.count(), 5, 'five families ranked');
    const entries = await ranking.evaluateAll((lis) =>
      lis.map((li) => ({ family: li.dataset.family, score: Number(li.dataset.score), verdict: li.dataset.verdict })),
    );
    assert.deepEqual(entries.map((e) => e.family).sort(), [...families].sort());
    for (const e of entries) {
      assert.ok(e.score >= 0 && e.score <= 100, `${e.family} score ${e.score} in 0..100`);
      assert.ok(verdicts.includes(e.verdict), `${e.family} verdict ${e.verdict}`);
    }

    // The candidacy verdict for microneedling, in words.
    const candidacy = page.locator('section.tc-candidacy');
    await candidacy.waitFor();
    assert.ok(verdicts.includes(await candidacy.getAttribute('data-verdict')), 'candidacy has a verdict');
    assert.ok((await candidacy.innerText()).trim().length > 0, 'candidacy verdict is shown in words');

    // The timeline, with microneedling's row.
    const timeline = page.locator('svg.tc-timeline');
    await timeline.waitFor();
    assert.equal(await timeline.locator('g.tc-timeline-row[data-treatment="microneedling"]').count(), 1);
    assert.ok(await timeline.isVisible(), 'timeline is visible');

    await checkOverflow('results');
    await openAllWhy(page);
    await checkOverflow('results with every "why" open');

    assert.deepEqual(overflow, [], `horizontal overflow on a 390px-wide screen:\n${overflow.join('\n')}`);
    assert.deepEqual(errors, [], `errors in the console:\n${errors.join('\n')}`);
  });
});

test('after the page has loaded the widget makes no network request, and loading stays on loopback', async () => {
  await withPage(browser, { viewport: { width: 1024, height: 800 } }, async (page) => {
    const duringLoad = [];
    const afterLoad = [];
    let loaded = false;
    page.on('request', (r) => (loaded ? afterLoad : duringLoad).push(`${r.method()} ${r.url()}`));
    page.on('websocket', (ws) => afterLoad.push(`websocket ${ws.url()}`));

    await page.goto(server.url, { waitUntil: 'load' });
    await waitForStep(page, 'concerns'); // the wasm has been fetched and the widget mounted
    loaded = true;
    const servedBeforeJourney = server.requests.length;

    // The results screen is used too: every "why" opened, another treatment compared on the
    // timeline, an answer edited and back to the results.
    await fullJourney(page, sampleAnswers);

    assert.deepEqual(afterLoad, [], 'requests made after the page had loaded');
    const servedDuringJourney = server.requests.slice(servedBeforeJourney);
    assert.deepEqual(servedDuringJourney, [], 'paths the server was asked for during the journey');

    assert.ok(duringLoad.some((r) => r.endsWith('.wasm')), `the wasm was loaded (requests: ${duringLoad.join(', ')})`);
    const offsite = duringLoad.filter((r) => !r.split(' ')[1].startsWith(`${server.origin}/`));
    assert.deepEqual(offsite, [], `every request while loading goes to ${server.origin}`);
  });
});

test('the questionnaire works with the keyboard alone and shows where focus is', async () => {
  await withPage(browser, { viewport: { width: 1024, height: 800 } }, async (page) => {
    await page.goto(server.url);
    await waitForStep(page, 'concerns');

    // Focus inside the widget shows as the <treatment-compare> element in document.activeElement;
    // the focused element itself is its shadow root's activeElement.
    const deepActive = () => {
      let el = document.activeElement;
      while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
      return el;
    };
    await page.evaluate(`window.__deepActive = ${deepActive.toString()};`);
    const focused = () =>
      page.evaluate(() => {
        const el = window.__deepActive();
        if (!el || el === document.body) return 'body';
        const attrs = ['type', 'name', 'value'].filter((a) => el.hasAttribute(a)).map((a) => `[${a}="${el.getAttribute(a)}"]`);
        return `${el.tagName.toLowerCase()}${el.className ? `.${el.className.split(' ').join('.')}` : ''}${attrs.join('')}`;
      });
    /** Presses Tab until the focused element matches `selector` (at most `max` presses). */
    const tabTo = async (selector, max) => {
      const path = [];
      for (let i = 0; i < max; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate((s) => window.__deepActive()?.matches(s) ?? false, selector)) return;
        path.push(await focused());
      }
      assert.fail(`${selector} not reached with ${max} Tab presses; focus went: ${path.join(' -> ')}`);
    };
    /** The focused element's focus indicator (outline or box-shadow), or null if it has none. */
    const focusIndicator = () =>
      page.evaluate(() => {
        const s = getComputedStyle(window.__deepActive());
        if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) return `outline ${s.outlineStyle} ${s.outlineWidth}`;
        if (s.boxShadow && s.boxShadow !== 'none') return `box-shadow ${s.boxShadow}`;
        return null;
      });

    const firstConcern = 'input[type="checkbox"][name="concern"]';
    const firstKey = await page.locator(firstConcern).first().getAttribute('value');
    await tabTo(`${firstConcern}[value="${firstKey}"]`, 10);
    assert.ok(await focusIndicator(), 'a focused checkbox shows a focus indicator');

    await page.keyboard.press('Space');
    assert.equal(await page.locator(`${firstConcern}[value="${firstKey}"]`).isChecked(), true, 'Space ticks the checkbox');

    await tabTo('button.tc-next', 30);
    assert.equal(await page.locator('button.tc-next').isDisabled(), false, 'Next is enabled once a concern is ticked');
    assert.ok(await focusIndicator(), 'the focused Next button shows a focus indicator');

    await page.keyboard.press('Enter');
    await waitForStep(page, 'skin_type');
    await page.waitForFunction(() => window.__deepActive()?.matches('.tc-step[data-step="skin_type"] h2'));
    assert.match(await focused(), /^h2/, 'focus moves to the new step\'s heading');
  });
});

/** The demo index.html with the JSON configuration inside `<treatment-compare>` replaced by `json`. */
function withConfig(json) {
  return (html) => {
    const pattern = /(<treatment-compare\b[^>]*>\s*<script type="application\/json">)[\s\S]*?(<\/script>)/;
    assert.match(html, pattern, 'dist/index.html has <treatment-compare> with a JSON script child');
    return html.replace(pattern, (_, open, close) => `${open}${json}${close}`);
  };
}

for (const { name, json, message } of [
  { name: 'a configuration with a field of the wrong type', json: '{ "treatments": 42 }', message: /treatments/ },
  { name: 'a configuration that is not valid JSON', json: '{ "treatments": {}, }', message: /(not valid|invalid) JSON/i },
]) {
  test(`${name} shows a message in the widget, logs an error and leaves the host page intact`, async () => {
    const own = await startServer({ overrides: { '/index.html': withConfig(json) } });
    try {
      await withPage(browser, { viewport: { width: 1024, height: 800 } }, async (page) => {
        const consoleError = page.waitForEvent('console', {
          predicate: (m) => m.type() === 'error' && m.text().includes('treatment-compare'),
        });
        const pageErrors = [];
        page.on('pageerror', (e) => pageErrors.push(String(e)));
        await page.goto(own.url);

        const shown = page.locator('treatment-compare .tc-config-error');
        await shown.waitFor({ state: 'visible' });
        assert.match(await shown.innerText(), message, 'the message says what is wrong');
        assert.match((await consoleError).text(), message, 'the console error says what is wrong');
        assert.equal(await page.locator('treatment-compare button.tc-next').count(), 0, 'no questionnaire');

        assert.equal((await page.locator('main h1').innerText()).trim(), 'Microneedling or something else?');
        assert.ok(await page.locator('main h1').isVisible(), 'the host page heading is still shown');
        assert.ok(await page.locator('.demo-intro').isVisible(), 'the host page intro is still shown');
        assert.deepEqual(pageErrors, [], 'no uncaught exception');
      });
    } finally {
      await own.close();
    }
  });
}
