// "A clinic can copy the README snippet into each example page and it works": the HTML block
// under "Embedding on a clinic's site" in README.md, pasted verbatim in place of each example
// page's own embed (its loader script tag and its <treatment-compare> elements), must load,
// render, reach the results, and (on the strict-CSP page) cause no CSP violation.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  TAG,
  collectErrors,
  completeQuestionnaire,
  hostPages,
  launchChromium,
  pasteSnippet,
  readmeSnippet,
  recordWidgetEvents,
  startServer,
  strictCsp,
  waitForEvents,
  withPage,
} from './support.mjs';

let browser;
let server;
let snippet;

before(async () => {
  snippet = await readmeSnippet();
  const overrides = {};
  for (const path of Object.values(hostPages)) overrides[path] = (html) => pasteSnippet(html, snippet);
  [browser, server] = await Promise.all([
    launchChromium(),
    startServer({ overrides, headers: { [hostPages.strictCsp]: { 'content-security-policy': strictCsp } } }),
  ]);
});

after(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

for (const [name, path] of Object.entries(hostPages)) {
  test(`the README snippet pasted into the ${name} example page works`, async () => {
    await withPage(browser, { viewport: { width: 1024, height: 900 } }, async (page) => {
      const errors = collectErrors(page);
      const events = await recordWidgetEvents(page);
      await page.addInitScript(() => {
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) => {
          window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
        });
      });
      await page.goto(server.origin + path);
      const elements = page.locator(TAG);
      assert.equal(await elements.count(), 1, 'the page now has the snippet\'s one element');
      const [ready] = await waitForEvents(events, { type: 'tc-ready' });
      // The snippet's configuration, not the page's own, is what the widget runs with.
      assert.deepEqual(ready.detail.treatments, [
        'microneedling',
        'peel_superficial',
        'laser_non_ablative',
        'neuromodulator',
        'microdermabrasion',
      ]);
      assert.equal(await elements.locator('.tc-clinic').textContent(), 'Glow Clinic');
      await completeQuestionnaire(page, undefined, { scope: elements });
      await waitForEvents(events, { type: 'tc-completed' });
      assert.equal(await elements.locator('a.tc-book').getAttribute('href'), '/book');
      assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], 'no CSP violation');
      assert.deepEqual(errors, [], 'no console error or exception');
    });
  });
}
