// "Where clinics build their sites": the README's Wix wrapper (the ```js block under "#### Wix"),
// saved next to the loader as the README says, works the way Wix's Custom Element uses it: the
// page loads the wrapper's script, Wix's code creates the element once it is defined and sets
// the attributes after it is on the page. The widget then runs with the wrapper's configuration
// and the attributes, re-rendering as they arrive, through to the results and the booking link.
// (Wix itself cannot run here; the README says so.)
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  TAG,
  collectErrors,
  completeQuestionnaire,
  dist,
  docBlock,
  eventually,
  launchChromium,
  recordWidgetEvents,
  root,
  startServer,
  waitForEvents,
  withPage,
} from './support.mjs';

/** The ```js block under "Wix" (docs/clinics/site-builders.md). */
const readmeWixWrapper = () => docBlock('### Wix', 'js');

const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<title>A Wix page</title>
<script type="module" src="/treatment-compare/treatment-compare-wix.js"></script>
</head>
<body><h1>Glow Clinic</h1><main id="wix-section"></main></body>
</html>
`;

let browser;
let server;
let wrapper;

before(async () => {
  wrapper = await readmeWixWrapper();
  [browser, server] = await Promise.all([
    launchChromium(),
    startServer({ overrides: { '/treatment-compare/treatment-compare-wix.js': wrapper, '/wix.html': page } }),
  ]);
});

after(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

test("the README's Wix wrapper passes on every attribute the element has", async () => {
  const manifest = JSON.parse(await readFile(join(dist, 'treatment-compare', 'custom-elements.json'), 'utf8'));
  const attributes = manifest.modules[0].declarations[0].attributes.map((a) => a.name);
  const observed = wrapper.match(/static observedAttributes = \[([^\]]*)\]/)[1].match(/'[a-z-]+'/g);
  assert.deepEqual(observed.map((a) => a.slice(1, -1)), attributes);
});

test("the README's Wix wrapper runs the widget with its configuration and the attributes set after it", async () => {
  const tag = wrapper.match(/customElements\.define\('([a-z-]+)'/)[1];
  await withPage(browser, { viewport: { width: 1024, height: 900 } }, async (page) => {
    const errors = collectErrors(page);
    const events = await recordWidgetEvents(page);
    await page.goto(`${server.origin}/wix.html`);
    // As Wix's runtime does: create the element and put it on the page; its attributes come
    // later (here once the widget is on screen, the latest they can come).
    await page.evaluate(async (tag) => {
      await customElements.whenDefined(tag);
      document.getElementById('wix-section').append(document.createElement(tag));
    }, tag);
    const [ready] = await waitForEvents(events, { type: 'tc-ready' });
    // The wrapper's configuration, not the default eleven treatments.
    assert.deepEqual(ready.detail.treatments, ['microneedling', 'peel_superficial', 'neuromodulator']);
    const widget = page.locator(`${tag} > ${TAG}`);
    assert.equal(await widget.count(), 1, 'the wrapper holds one widget');
    await page.evaluate((tag) => {
      const element = document.querySelector(tag);
      element.setAttribute('clinic-name', 'Glow Clinic');
      element.setAttribute('booking-url', '/book?treatment={treatment}');
    }, tag);
    await eventually(async () => (await widget.locator('.tc-clinic').textContent()) === 'Glow Clinic', {
      message: 'the clinic name set after the element was on the page',
    });
    await completeQuestionnaire(page, undefined, { scope: widget });
    await waitForEvents(events, { type: 'tc-completed' });
    assert.match(await widget.locator('a.tc-book').getAttribute('href'), /^\/book\?treatment=[a-z_]*$/);
    assert.deepEqual(errors, [], 'no console error or exception');
  });
});
