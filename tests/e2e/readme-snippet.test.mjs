// "A clinic can copy the README snippet into each example page and it works": the HTML block
// under "Embedding on a clinic's site" in README.md, pasted verbatim in place of each example
// page's own embed (its loader script tag and its <treatment-compare> elements), must load,
// render, reach the results, and (on the strict-CSP page) cause no CSP violation.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  TAG,
  collectErrors,
  completeQuestionnaire,
  hostPages,
  launchChromium,
  recordWidgetEvents,
  root,
  startServer,
  strictCsp,
  waitForEvents,
  withPage,
} from './support.mjs';

/** The first ```html block after the "Embedding on a clinic's site" heading. */
async function readmeSnippet() {
  const readme = await readFile(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf("### Embedding on a clinic's site"));
  const match = section.match(/```html\n([\s\S]*?)```/);
  assert.ok(match, 'README.md has an html snippet under "Embedding on a clinic\'s site"');
  return match[1];
}

/** `html` with its loader tag and every <treatment-compare> element replaced by `snippet`. */
function pasteSnippet(html, snippet) {
  const loader = /<script type="module" src="[^"]*treatment-compare\.js"[^>]*><\/script>\s*/g;
  const element = /<treatment-compare\b[\s\S]*?<\/treatment-compare>/g;
  assert.match(html, loader, 'the page has a loader script tag');
  assert.match(html, element, 'the page has an element');
  let pasted = false;
  return html.replace(loader, '').replace(element, () => {
    if (pasted) return '';
    pasted = true;
    return snippet;
  });
}

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
