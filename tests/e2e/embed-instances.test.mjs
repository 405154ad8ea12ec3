// End-to-end tests of the <treatment-compare> element's life on a page: two independent
// instances, layout by container width, height that follows the content, removal and attribute
// changes. Against the built example pages (dist/hosts/). Run: `node --test tests/e2e/`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  TAG,
  collectErrors,
  completeQuestionnaire,
  eventually,
  hostPages,
  isoDaysFromNow,
  launchChromium,
  recordWidgetEvents,
  sampleAnswers,
  settle,
  startServer,
  waitForEvents,
  waitForStep,
  withPage,
} from './support.mjs';

const wideScreen = { viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 };

let browser;
let server;

before(async () => {
  [browser, server] = await Promise.all([launchChromium(), startServer()]);
});

after(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

/** Requests for the widget's wasm made by `page` (counted by the browser, not the server). */
function countWasmRequests(page) {
  const wasm = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.endsWith('.wasm')) wasm.push(r.url());
  });
  return wasm;
}

/** A second visitor's answers, different in every step from sampleAnswers. */
const otherAnswers = {
  concerns: { fine_lines: 'severe', pigmentation: null },
  skinType: 'II',
  downtime: 'two_weeks_or_more',
  budget: 'no_fixed_limit',
  injections: 'yes',
  health: { sunburn: 'no' },
  isotretinoin: 'never',
};

/** The number of columns of the grid `selector` inside the element. */
const gridColumns = (locator, selector) =>
  locator.evaluate((el, s) => getComputedStyle(el.shadowRoot.querySelector(s)).gridTemplateColumns.split(' ').filter(Boolean).length, selector);

test('two instances on one page keep their own configuration and answers, and share one wasm download', async () => {
  await withPage(browser, wideScreen, async (page) => {
    const errors = collectErrors(page);
    const events = await recordWidgetEvents(page);
    const wasm = countWasmRequests(page);
    await page.goto(server.origin + hostPages.twoInstances);
    const glow = page.locator(`${TAG}#glow`);
    const lumiere = page.locator(`${TAG}#lumiere`);
    await waitForStep(page, 'concerns', { scope: glow });
    await waitForStep(page, 'concerns', { scope: lumiere });

    // Each says which clinic it is and runs in its own currency.
    assert.equal((await glow.locator('.tc-clinic').textContent()).trim(), 'Glow Clinic');
    assert.equal((await lumiere.locator('.tc-clinic').textContent()).trim(), 'Clinique Lumière');
    const ready = await waitForEvents(events, { type: 'tc-ready' }, 2);
    const readyFor = (id) => ready.find((e) => e.target === id)?.detail;
    assert.equal(readyFor('glow')?.currency, 'USD', 'tc-ready of #glow');
    assert.equal(readyFor('lumiere')?.currency, 'EUR', 'tc-ready of #lumiere');
    assert.deepEqual(readyFor('lumiere')?.treatments, ['microneedling', 'peel_superficial', 'peel_medium', 'microdermabrasion']);

    // A concern ticked in one is not ticked in the other; each Next has its own accent colour.
    await lumiere.locator('input[type="checkbox"][name="concern"][value="acne_scars"]').check();
    assert.equal(await glow.locator('input[type="checkbox"][name="concern"]:checked').count(), 0, 'nothing ticked in #glow');
    assert.equal(await glow.locator('button.tc-next').isDisabled(), true, 'Next in #glow still waits for a concern');
    await glow.locator('input[type="checkbox"][name="concern"][value="fine_lines"]').check();
    await page.mouse.move(0, 0);
    await settle(page);
    const nextColour = (w) => w.evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('button.tc-next')).backgroundColor);
    assert.equal(await nextColour(glow), 'rgb(15, 118, 110)', '#glow Next has accent-color #0f766e');
    assert.equal(await nextColour(lumiere), 'rgb(157, 23, 77)', '#lumiere Next has accent-color rgb(157, 23, 77)');
    await lumiere.locator('input[type="checkbox"][name="concern"][value="acne_scars"]').uncheck();
    await glow.locator('input[type="checkbox"][name="concern"][value="fine_lines"]').uncheck();

    // The Paris clinic's visitor goes all the way through, prices in euros.
    await completeQuestionnaire(page, sampleAnswers, {
      scope: lumiere,
      onStep: async (step) => {
        if (step !== 'preferences') return;
        const text = await lumiere.locator('.tc-step[data-step="preferences"]').innerText();
        assert.match(text, /€/, '#lumiere budget options are in euros');
        assert.doesNotMatch(text, /\$/, '#lumiere shows no dollar amount');
      },
    });
    assert.equal(await glow.locator('.tc-step[data-step="concerns"]').count(), 1, '#glow is still on its first step');
    assert.equal(await glow.locator('input[type="checkbox"][name="concern"]:checked').count(), 0, '#glow has no answer');
    assert.equal(await glow.locator('section.tc-results').count(), 0, '#glow shows no results');

    // Then the New York clinic's visitor, with other answers, in dollars.
    await completeQuestionnaire(page, otherAnswers, {
      scope: glow,
      onStep: async (step) => {
        if (step !== 'preferences') return;
        const text = await glow.locator('.tc-step[data-step="preferences"]').innerText();
        assert.match(text, /\$/, '#glow budget options are in dollars');
        assert.doesNotMatch(text, /€/, '#glow shows no euro amount');
      },
    });
    assert.doesNotMatch(await lumiere.locator('section.tc-results').innerText(), /\$/, '#lumiere results show no dollar amount');
    assert.doesNotMatch(await glow.locator('section.tc-results').innerText(), /€/, '#glow results show no euro amount');

    // not-offered="hide" leaves out the families the Paris clinic does not offer.
    const families = (w) =>
      w.locator('.tc-ranking > li.tc-family').evaluateAll((lis) => lis.map((li) => ({ family: li.dataset.family, offered: li.dataset.offered })));
    const [glowFamilies, lumiereFamilies] = [await families(glow), await families(lumiere)];
    assert.equal(glowFamilies.length, 5, '#glow (not-offered "show") lists all five families');
    assert.ok(glowFamilies.some((f) => f.offered === 'false'), '#glow marks a family it does not offer');
    assert.deepEqual(lumiereFamilies.map((f) => f.family).sort(), ['chemical_peel', 'microdermabrasion', 'microneedling'], '#lumiere lists only what it offers');
    assert.ok(lumiereFamilies.every((f) => f.offered === 'true'), '#lumiere shows no "not offered" family');
    assert.equal(await lumiere.locator('.tc-not-offered').count(), 0, '#lumiere shows no "Not offered" card');

    // Booking: a link for one, the contact text for the other.
    assert.equal(await glow.locator('section.tc-booking a.tc-book').getAttribute('href'), '/book');
    assert.equal(await lumiere.locator('section.tc-booking a.tc-book').count(), 0, '#lumiere has no booking link');
    assert.match(await lumiere.locator('section.tc-booking p.tc-contact').innerText(), /\+33 1 23 45 67 89/);

    // Each kept its own answers: same radio names in two shadow roots do not form one group.
    await lumiere.locator('button.tc-edit[data-step="skin_type"]').click();
    await waitForStep(page, 'skin_type', { scope: lumiere });
    assert.equal(await lumiere.locator('input[name="skin-type"]:checked').getAttribute('value'), 'V', '#lumiere kept type V');
    await glow.locator('button.tc-edit[data-step="skin_type"]').click();
    await waitForStep(page, 'skin_type', { scope: glow });
    assert.equal(await glow.locator('input[name="skin-type"]:checked').getAttribute('value'), 'II', '#glow kept type II');

    const completed = await waitForEvents(events, { type: 'tc-completed' }, 2);
    assert.deepEqual(completed.map((e) => e.target), ['lumiere', 'glow'], 'one tc-completed from each element, in order');
    assert.equal(wasm.length, 1, `the wasm was requested exactly once (${wasm.join(', ')})`);
    assert.deepEqual(errors, [], `errors in the console:\n${errors.join('\n')}`);
  });
});

test('each instance lays out for the width of its container, not of the window', async () => {
  await withPage(browser, wideScreen, async (page) => {
    await page.goto(server.origin + hostPages.twoInstances);
    const glow = page.locator(`${TAG}#glow`);
    const lumiere = page.locator(`${TAG}#lumiere`);
    await waitForStep(page, 'concerns', { scope: glow });
    await waitForStep(page, 'concerns', { scope: lumiere });

    const width = (w) => w.evaluate((el) => el.getBoundingClientRect().width);
    assert.ok((await width(lumiere)) <= 320, `#lumiere sits in the 320px column (${await width(lumiere)}px)`);
    assert.ok((await width(glow)) >= 600, `#glow has the wide column (${await width(glow)}px)`);

    // styles/questions.css: `@container tc (min-width: 34em)` puts the concern cards in two
    // columns; widget.css: from 30em the progress bar names its steps.
    assert.equal(await gridColumns(glow, '.tc-concerns'), 2, 'the wide instance shows the concerns in two columns');
    assert.equal(await gridColumns(lumiere, '.tc-concerns'), 1, 'the narrow instance, on the same 1280px window, in one');
    const nameShown = (w) => w.evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('.tc-progress-name')).position !== 'absolute');
    assert.equal(await nameShown(glow), true, 'the wide instance names the steps in its progress bar');
    assert.equal(await nameShown(lumiere), false, 'the narrow instance does not');
    const lumiereHeight = await lumiere.evaluate((el) => el.getBoundingClientRect().height);
    const glowHeight = await glow.evaluate((el) => el.getBoundingClientRect().height);
    assert.ok(lumiereHeight > glowHeight, `the narrow instance is taller (${lumiereHeight}px vs ${glowHeight}px): one column of cards`);

    // Widen only the sidebar: the same instance switches to two columns, the window unchanged.
    await page.locator('aside.narrow').evaluate((aside) => {
      aside.style.flex = '0 0 800px';
      aside.style.width = '800px';
    });
    await eventually(async () => (await gridColumns(lumiere, '.tc-concerns')) === 2, { message: '#lumiere in two columns once its column is 800px wide' });
    // And narrow the main column: #glow goes to one column.
    await glow.evaluate((el) => {
      el.style.width = '300px';
    });
    await eventually(async () => (await gridColumns(glow, '.tc-concerns')) === 1, { message: '#glow in one column once it is 300px wide' });
  });
});

test('the widget grows with its content instead of scrolling inside', async () => {
  await withPage(browser, wideScreen, async (page) => {
    await page.goto(server.origin + hostPages.plain);
    const widget = page.locator(TAG);
    await waitForStep(page, 'concerns', { scope: widget });
    const measure = () =>
      widget.evaluate((el) => {
        const root = el.shadowRoot.querySelector('.tc-root');
        // Any box inside that scrolls vertically (an inner scrollbar).
        const scrolling = [...el.shadowRoot.querySelectorAll('*')]
          .filter((n) => ['auto', 'scroll'].includes(getComputedStyle(n).overflowY) && n.scrollHeight > n.clientHeight + 1)
          .map((n) => `${n.tagName.toLowerCase()}.${[...n.classList].join('.')} (${n.scrollHeight} > ${n.clientHeight})`);
        return {
          display: getComputedStyle(el).display,
          height: el.getBoundingClientRect().height,
          clientHeight: el.clientHeight,
          scrollHeight: el.scrollHeight,
          rootHeight: root.getBoundingClientRect().height,
          scrolling,
        };
      });

    const first = await measure();
    assert.notEqual(first.display, 'inline', 'the element is a block-level box (an inline custom element has no height of its own)');
    assert.ok(first.clientHeight > 200, `the first step has a height (${first.clientHeight}px)`);
    assert.equal(first.scrollHeight, first.clientHeight, 'no inner scrolling on the first step');
    assert.ok(first.height >= first.rootHeight - 0.5, 'the element is as tall as the widget inside');
    assert.deepEqual(first.scrolling, [], 'no box inside scrolls vertically on the first step');

    await completeQuestionnaire(page, sampleAnswers, { scope: widget });
    await widget.locator('details.tc-why').evaluateAll((all) => all.forEach((d) => (d.open = true)));
    await settle(page);
    const results = await measure();
    assert.ok(results.height > first.height + 200, `the element grew from ${first.height}px to ${results.height}px`);
    assert.equal(results.scrollHeight, results.clientHeight, 'no inner scrolling on the results');
    assert.ok(results.height >= results.rootHeight - 0.5, 'the element is as tall as the results inside');
    assert.deepEqual(results.scrolling, [], 'no box inside scrolls vertically on the results');
  });
});

/** Opens the plain host page, ticks acne scars and goes on to the skin-type step. */
async function openAtSkinType(page) {
  await page.goto(server.origin + hostPages.plain);
  const widget = page.locator(TAG);
  await waitForStep(page, 'concerns', { scope: widget });
  await widget.locator('input[type="checkbox"][name="concern"][value="acne_scars"]').check();
  await widget.locator('button.tc-next:not([aria-disabled="true"])').click();
  await waitForStep(page, 'skin_type', { scope: widget });
  return widget;
}

test('removing the element unmounts the widget cleanly; a new element mounts without fetching the wasm again', async () => {
  await withPage(browser, wideScreen, async (page) => {
    const errors = collectErrors(page);
    const events = await recordWidgetEvents(page);
    const wasm = countWasmRequests(page);
    const widget = await openAtSkinType(page);

    await page.evaluate(() => {
      window.__removed = document.querySelector('treatment-compare');
      window.__removed.remove();
    });
    await page.waitForFunction(() => !window.__removed.shadowRoot.querySelector('*:not(div:empty)'));
    const left = await page.evaluate(() => ({
      text: window.__removed.shadowRoot.textContent.trim(),
      tcRoot: Boolean(window.__removed.shadowRoot.querySelector('.tc-root')),
      inputs: window.__removed.shadowRoot.querySelectorAll('input, button').length,
      announcer: window.__removed.querySelectorAll('[slot="tc-announcer"]').length,
    }));
    assert.deepEqual(left, { text: '', tcRoot: false, inputs: 0, announcer: 0 }, 'the removed element\'s shadow root is emptied, its live regions removed');

    // A page script (a single-page app) adds a new element later.
    await page.evaluate(() => {
      const el = document.createElement('treatment-compare');
      el.id = 'later';
      el.setAttribute('clinic-name', 'Glow Clinic Uptown');
      el.setAttribute('currency', 'GBP');
      document.querySelector('main').append(el);
    });
    const later = page.locator(`${TAG}#later`);
    await waitForStep(page, 'concerns', { scope: later });
    assert.equal((await later.locator('.tc-clinic').textContent()).trim(), 'Glow Clinic Uptown');
    const ready = await waitForEvents(events, { type: 'tc-ready', target: 'later' });
    assert.equal(ready[0].detail.currency, 'GBP');
    assert.equal(ready[0].detail.treatments.length, 11, 'no JSON child: all eleven treatments offered');
    assert.equal(wasm.length, 1, `the wasm was requested once (${wasm.join(', ')})`);
    assert.deepEqual(errors, [], `errors in the console:\n${errors.join('\n')}`);
  });
});

test('changing an attribute re-renders the widget and keeps the step and the answers', async () => {
  await withPage(browser, wideScreen, async (page) => {
    const errors = collectErrors(page);
    const widget = await openAtSkinType(page);
    await widget.locator('input[type="radio"][name="skin-type"][value="IV"]').check();

    await widget.evaluate((el) => el.setAttribute('clinic-name', 'Glow Clinic Downtown'));
    await eventually(async () => (await widget.locator('.tc-clinic').textContent()).trim() === 'Glow Clinic Downtown', {
      message: 'the header to show the new clinic name',
    });
    assert.equal(await widget.locator('.tc-step[data-step="skin_type"]').count(), 1, 'still on the skin type step');
    assert.equal(await widget.locator('input[name="skin-type"]:checked').getAttribute('value'), 'IV', 'the skin type answer is kept');

    await widget.locator('button.tc-back').click();
    await waitForStep(page, 'concerns', { scope: widget });
    assert.equal(await widget.locator('input[name="concern"][value="acne_scars"]').isChecked(), true, 'the concern answer is kept');

    // The currency too: the budget options follow it.
    await widget.locator('button.tc-next:not([aria-disabled="true"])').click();
    await waitForStep(page, 'skin_type', { scope: widget });
    await widget.locator('button.tc-next:not([aria-disabled="true"])').click();
    await waitForStep(page, 'downtime', { scope: widget });
    await widget.locator('input[type="radio"][name="downtime"][value="up_to_a_week"]').check();
    await widget.locator('button.tc-next:not([aria-disabled="true"])').click();
    await waitForStep(page, 'preferences', { scope: widget });
    const budgets = () => widget.locator('.tc-step[data-step="preferences"]').innerText();
    assert.match(await budgets(), /\$/);
    await widget.evaluate((el) => el.setAttribute('currency', 'EUR'));
    await eventually(async () => /€/.test(await budgets()), { message: 'the budget options in euros' });
    assert.doesNotMatch(await budgets(), /\$/, 'no dollar amount left');
    assert.equal(await widget.locator('.tc-step[data-step="preferences"]').count(), 1, 'still on the preferences step');
    await widget.locator('input[type="radio"][name="budget"][value="up_to_1000"]').check();
    await widget.locator('input[name="event-date"]').fill(isoDaysFromNow(120));
    await widget.evaluate((el) => el.setAttribute('accent-color', '#1d4ed8'));
    await page.mouse.move(0, 0);
    await eventually(
      async () => (await widget.evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('button.tc-next')).backgroundColor)) === 'rgb(29, 78, 216)',
      { message: 'Next in the new accent colour' },
    );
    assert.equal(await widget.locator('input[name="budget"]:checked').getAttribute('value'), 'up_to_1000', 'the budget answer is kept');
    assert.equal(await widget.locator('input[name="event-date"]').inputValue(), isoDaysFromNow(120), 'the event date is kept');
    assert.deepEqual(errors, [], `errors in the console:\n${errors.join('\n')}`);
  });
});
