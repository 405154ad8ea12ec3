// An attacker's view of every input (issue 13), table-driven on the built widget: hostile
// booking URLs, HTML and CSS in the clinic's text, crafted share-link fragments and oversized
// inputs. Each is refused with a configuration error naming its field, or rendered inert; no
// script runs, nothing navigates off the page's origin, and the host page keeps working.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { completeQuestionnaire, launchChromium, loaderPath, startServer, waitForStep, withPage } from './support.mjs';

const escapeAttr = (v) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Booking URLs an attacker (or a careless page editor) could set; each must be refused. */
const hostileUrls = [
  '//evil.example/book',
  '///evil.example/book',
  '/\\evil.example/book',
  '\\\\evil.example/book',
  '\\/evil.example',
  '/%2F%2Fevil.example',
  '/%2fevil.example',
  '/%5Cevil.example',
  ' //evil.example',
  '/book\n//evil.example',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  '\u0000javascript:alert(1)',
  '\u200b//evil.example',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://evil.example/x',
  'ftp://evil.example',
  'https:evil.example',
  'https:/evil.example',
  'http:///evil.example',
  'https://{treatment}/x',
  'https://evil.example/{answers}',
  '{treatment}:alert(1)',
  'x'.repeat(3000),
];

/** Booking URLs that are fine, with where they must lead. */
const fineUrls = [
  ['/book', (origin) => `${origin}/book`],
  ['book?x=1', (origin) => `${origin}/hostile/book?x=1`],
  ['#book', (origin) => `${origin}/hostile/urls.html#book`],
  ['/book/{treatment}', (origin) => `${origin}/book/microneedling`],
  ['https://calendly.com/glow?a1={treatment_name}', () => 'https://calendly.com/glow?a1=Microneedling'],
  ['mailto:book@clinic.example', () => 'mailto:book@clinic.example'],
];

/** Text a page editor could put in the clinic's words: rendered as text, never as markup. */
const hostileText = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload="window.__pwned=1">',
  '<style>*{display:none!important}</style>',
  '</p><a href="javascript:window.__pwned=1">click</a>',
  'url(javascript:window.__pwned=1)',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '<iframe src="//evil.example"></iframe>',
];

function page(body) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hostile inputs</title>
<link rel="icon" href="data:,"><script type="module" src="${loaderPath}"></script>
<script src="/hostile/guard.js"></script></head>
<body><main><h1 id="host-title">Host page</h1><button id="host-button">Host button</button>${body}</main></body></html>`;
}

const guard = `window.__pwned = 0; window.__clicks = 0;
document.addEventListener('DOMContentLoaded', () => document.getElementById('host-button').addEventListener('click', () => window.__clicks++));
window.__errors = []; document.addEventListener('tc-error', (e) => window.__errors.push([e.target.id, e.detail.field, e.detail.message]));`;

const urlElements = hostileUrls
  .map((url, i) => `<treatment-compare id="bad-${i}" booking-url="${escapeAttr(url)}"></treatment-compare>`)
  .concat(fineUrls.map(([url], i) => `<treatment-compare id="fine-${i}" remember="none" booking-url="${escapeAttr(url)}"></treatment-compare>`))
  .join('\n');

const textElements = hostileText
  .map(
    (t, i) =>
      `<treatment-compare id="text-${i}" remember="none" clinic-name="${escapeAttr(t)}" contact-text="${escapeAttr(t)}"><script type="application/json">${JSON.stringify({
        text: { en: { 'questions.title': t, 'results.treatments.microneedling': t, 'embed.ask_clinic': `${t} {clinic}` } },
      }).replace(/</g, '\\u003c')}</script></treatment-compare>`,
  )
  .join('\n');

const pages = {
  '/hostile/guard.js': guard,
  '/hostile/urls.html': page(urlElements),
  '/hostile/text.html': page(textElements),
  '/hostile/one.html': page('<treatment-compare id="one"></treatment-compare>'),
};

let browser;
let server;

before(async () => {
  [browser, server] = await Promise.all([launchChromium(), startServer({ overrides: pages })]);
});

after(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

async function hostIntact(page) {
  await page.click('#host-button');
  assert.equal(await page.evaluate(() => window.__clicks), 1, 'the host page still works');
  assert.equal(await page.evaluate(() => window.__pwned), 0, 'no script ran');
  assert.equal(await page.locator('#host-title').innerText(), 'Host page');
}

test(`${hostileUrls.length} hostile booking URLs are refused naming booking-url; the fine ones stay where they say`, async () => {
  await withPage(browser, {}, async (page) => {
    await page.goto(`${server.origin}/hostile/urls.html`);
    await page.waitForFunction((n) => window.__errors.length >= n, hostileUrls.length, { timeout: 15_000 });
    const errors = await page.evaluate(() => window.__errors);
    for (let i = 0; i < hostileUrls.length; i++) {
      const error = errors.find(([id]) => id === `bad-${i}`);
      assert.ok(error, `no tc-error for ${JSON.stringify(hostileUrls[i])}`);
      assert.equal(error[1], 'booking-url', JSON.stringify(hostileUrls[i]));
      const shown = await page.locator(`#bad-${i} .tc-config-error`).innerText();
      assert.match(shown, /booking-url/, JSON.stringify(hostileUrls[i]));
    }
    assert.equal(errors.filter(([id]) => id.startsWith('fine-')).length, 0, JSON.stringify(errors));
    for (let i = 0; i < fineUrls.length; i++) {
      const widget = page.locator(`#fine-${i}`);
      await completeQuestionnaire(page, { concerns: { acne_scars: 'moderate' }, skinType: 'III', injections: 'yes', health: {}, isotretinoin: 'never' }, { scope: widget });
      const href = await widget.locator('a.tc-book').evaluate((a) => a.href);
      assert.equal(href, fineUrls[i][1](server.origin), fineUrls[i][0]);
    }
    await hostIntact(page);
  });
});

test(`HTML, CSS and script in ${hostileText.length} clinic texts render as plain text`, async () => {
  await withPage(browser, {}, async (page) => {
    let navigatedAway = false;
    page.on('framenavigated', (f) => {
      if (f === page.mainFrame() && !f.url().startsWith(server.origin)) navigatedAway = true;
    });
    await page.goto(`${server.origin}/hostile/text.html`);
    for (let i = 0; i < hostileText.length; i++) {
      const widget = page.locator(`#text-${i}`);
      await waitForStep(page, 'concerns', { scope: widget });
      const shadow = await widget.evaluate((el) => ({
        title: el.shadowRoot.querySelector('h2, h1, .tc-title')?.textContent || '',
        all: el.shadowRoot.textContent,
        markup: el.shadowRoot.querySelectorAll('img, script:not([type]), svg[onload], style:not(:empty), iframe, a[href^="javascript"]').length,
      }));
      assert.ok(shadow.all.includes(hostileText[i]), `shown as text: ${hostileText[i]}`);
      assert.equal(shadow.markup, 0, `no markup made from ${hostileText[i]}`);
    }
    // Through to the results for one of them: the names in sentences stay text too.
    const widget = page.locator('#text-0');
    await completeQuestionnaire(page, { concerns: { acne_scars: 'moderate' }, skinType: 'III', injections: 'yes', health: {}, isotretinoin: 'never' }, { scope: widget });
    assert.equal(await widget.evaluate((el) => el.shadowRoot.querySelectorAll('section.tc-results img').length), 0);
    assert.ok((await widget.locator('section.tc-results').innerText()).includes(hostileText[0]));
    await hostIntact(page);
    assert.equal(navigatedAway, false);
  });
});

test('crafted share-link fragments are refused whole with a notice and change nothing else', async () => {
  const crafted = [
    '#tc-one=%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E',
    '#tc-one=1.5.1.0020000000000.3.1.1.1...%3Cscript%3E',
    '#tc-one=1.5.1.0020000000000.3.1.1.1.javascript:alert(1)..',
    '#tc-one=1.5.1.0020000000000.3.1.1.1.99991231...',
    '#tc-one=1.5.1.0020000000000.9.1.1.1....',
    `#tc-one=${'1.'.repeat(2000)}`,
    '#tc-one={"concerns":[{"concern":"acne_scars"}],"clinic_name":"Evil"}',
    '#tc-one=1.5.1.0020000000000.3.1.1.1....&tc-one=2',
  ];
  for (const fragment of crafted) {
    await withPage(browser, {}, async (page) => {
      await page.goto(`${server.origin}/hostile/one.html${fragment}`);
      await waitForStep(page, 'concerns');
      assert.match(await page.locator('.tc-notice').innerText(), /could not be read/, fragment);
      assert.doesNotMatch(await page.locator('treatment-compare').evaluate((el) => el.shadowRoot.textContent), /Evil/);
      assert.equal(new URL(page.url()).hash, '', `the fragment is removed: ${fragment}`);
      await hostIntact(page);
    });
  }
});

test('a 10 MB attribute and an oversized configuration are refused quickly, with the field named', async () => {
  await withPage(browser, {}, async (page) => {
    await page.goto(`${server.origin}/hostile/one.html`);
    await waitForStep(page, 'concerns');
    const started = Date.now();
    await page.evaluate(() => document.getElementById('one').setAttribute('contact-text', 'x'.repeat(10_000_000)));
    await page.waitForFunction(() => window.__errors.some(([, field]) => field === 'contact-text'));
    const elapsed = Date.now() - started;
    assert.ok(elapsed < 5000, `refused in ${elapsed} ms`);
    assert.match(await page.locator('#one .tc-config-error').innerText(), /longer than 2000 characters/);
    await page.evaluate(() => {
      const el = document.getElementById('one');
      el.removeAttribute('contact-text');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify({ treatments: { microneedling: {} }, pad: 'x'.repeat(300_000) });
      el.append(script);
    });
    await page.waitForFunction(() => window.__errors.some(([, field]) => field === 'configuration script'));
    assert.match(await page.locator('#one .tc-config-error').innerText(), /over the limit of 200 KB/);
    await hostIntact(page);
  });
});
