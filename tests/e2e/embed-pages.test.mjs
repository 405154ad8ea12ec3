// End-to-end tests of the example host pages (examples/hosts/, built into dist/hosts/ by
// `trunk build --release --offline`): the README's one-tag embed on a plain page, on a page
// whose stylesheet attacks everything, under a strict Content-Security-Policy, and twice on one
// page. Run: `node --test tests/e2e/`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  TAG,
  collectErrors,
  completeQuestionnaire,
  dist,
  hostPages,
  idle,
  launchChromium,
  loaderPath,
  loaderTag,
  recordWidgetEvents,
  root,
  sampleAnswers,
  settle,
  startServer,
  strictCsp,
  treatmentKeys,
  waitForEvents,
  waitForStep,
  withPage,
} from './support.mjs';

const hostsSource = join(root, 'examples', 'hosts');
const desktop = { viewport: { width: 1024, height: 900 }, deviceScaleFactor: 1 };

let browser;
let server;

before(async () => {
  [browser, server] = await Promise.all([
    launchChromium(),
    // The strict-CSP page gets its policy as a header too, as a real server would send it.
    startServer({ headers: { [hostPages.strictCsp]: { 'content-security-policy': strictCsp } } }),
  ]);
});

after(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

/**
 * Counts of what a strict CSP would block in the loaded page's own DOM (not the widget's: its
 * light-DOM live regions, `[slot="tc-announcer"]`, get their styles through CSSOM, which the
 * policy allows and which serialises as a style attribute).
 */
function inlineCode() {
  return {
    inlineScripts: [...document.querySelectorAll('script:not([src])')].filter((s) => s.type !== 'application/json').length,
    styleElements: document.querySelectorAll('style').length,
    styleAttributes: [...document.querySelectorAll('[style]')].filter((el) => !el.closest('[slot="tc-announcer"]')).length,
    handlerAttributes: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).length,
    javascriptUrls: [...document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]')].length,
  };
}

const noInlineCode = { inlineScripts: 0, styleElements: 0, styleAttributes: 0, handlerAttributes: 0, javascriptUrls: 0 };

test('every example host page embeds the widget as the README shows, and dist/hosts/ is a copy of examples/hosts/', async () => {
  const expected = ['hostile-css.html', 'plain.html', 'strict-csp.html', 'two-instances.html'];
  const sources = (await readdir(hostsSource)).sort();
  for (const page of expected) assert.ok(sources.includes(page), `examples/hosts/${page} exists`);

  for (const file of sources) {
    const built = await readFile(join(dist, 'hosts', file)).catch(() => null);
    assert.ok(built, `dist/hosts/${file} exists (Trunk copy-dir of examples/hosts/)`);
    assert.ok(built.equals(await readFile(join(hostsSource, file))), `dist/hosts/${file} is the same as examples/hosts/${file}: rebuild`);
  }

  for (const page of expected) {
    const html = await readFile(join(hostsSource, page), 'utf8');
    assert.ok(html.includes(loaderTag), `${page} loads the loader from ${loaderPath}: ${loaderTag}`);
    const elements = [...html.matchAll(/<treatment-compare\b([^>]*)>\s*<script type="application\/json">([\s\S]*?)<\/script>\s*<\/treatment-compare>/g)];
    assert.ok(elements.length >= 1, `${page} has a <treatment-compare> with a JSON script child`);
    for (const [, attributes, json] of elements) {
      assert.match(attributes, /\bclinic-name="[^"]+"/, `${page}: the element has a clinic-name`);
      assert.match(attributes, /\blocale="en"/, `${page}: the element has locale="en"`);
      assert.match(attributes, /\bcurrency="[A-Z]{3}"/, `${page}: the element has a currency`);
      const config = JSON.parse(json);
      assert.ok(config.treatments && typeof config.treatments === 'object', `${page}: the JSON has "treatments"`);
      for (const key of Object.keys(config.treatments)) assert.ok(treatmentKeys.includes(key), `${page}: ${key} is a treatment key`);
    }
  }

  const csp = await readFile(join(hostsSource, 'strict-csp.html'), 'utf8');
  assert.ok(csp.includes(`<meta http-equiv="Content-Security-Policy" content="${strictCsp}" />`), 'strict-csp.html has the CSP meta tag');
  const twoInstances = await readFile(join(hostsSource, 'two-instances.html'), 'utf8');
  assert.equal([...twoInstances.matchAll(/<treatment-compare\b/g)].length, 2, 'two-instances.html has two elements');
  const hostile = await readFile(join(hostsSource, 'hostile.css'), 'utf8');
  for (const rule of [/html\s*\{\s*font-size:\s*40px !important/, /text-transform:\s*uppercase !important/, /svg\s*\{\s*display:\s*none !important/, /appearance:\s*none !important/]) {
    assert.match(hostile, rule, 'hostile.css keeps its worst rules');
  }
});

for (const [name, path, widgets] of [
  ['plain', hostPages.plain, 1],
  ['hostile CSS', hostPages.hostile, 1],
  ['strict CSP', hostPages.strictCsp, 1],
  ['two instances', hostPages.twoInstances, 2],
]) {
  test(`the ${name} example page loads the widget and completes the journey`, async () => {
    await withPage(browser, desktop, async (page) => {
      const errors = collectErrors(page);
      const events = await recordWidgetEvents(page);
      const requests = [];
      page.on('request', (r) => requests.push(r.url()));
      const response = await page.goto(server.origin + path);
      assert.equal(response.status(), 200);
      const elements = page.locator(TAG);
      assert.equal(await elements.count(), widgets, `${widgets} <treatment-compare> element(s)`);
      if (path === hostPages.strictCsp || path === hostPages.twoInstances) {
        assert.deepEqual(await page.evaluate(inlineCode), noInlineCode, 'no inline script or style on the page');
      }
      for (let i = 0; i < widgets; i++) {
        const scope = elements.nth(i);
        await completeQuestionnaire(page, sampleAnswers, { scope });
        assert.ok((await scope.locator('.tc-ranking > li.tc-family').count()) >= 1, 'the ranking is shown');
        assert.ok(await scope.locator('section.tc-candidacy').isVisible(), 'the candidacy is shown');
        assert.ok(await scope.locator('svg.tc-timeline').isVisible(), 'the timeline is shown');
        assert.equal(await scope.locator('section.tc-booking').count(), 1, 'the next step (booking or contact) is shown');
      }
      const ready = await waitForEvents(events, { type: 'tc-ready' }, widgets);
      const completed = await waitForEvents(events, { type: 'tc-completed' }, widgets);
      assert.equal(ready.length, widgets, 'one tc-ready per element');
      assert.equal(completed.length, widgets, 'one tc-completed per element');
      const offsite = requests.filter((url) => !url.startsWith(`${server.origin}/`));
      assert.deepEqual(offsite, [], `every request goes to ${server.origin}`);
      assert.equal(requests.filter((url) => url.endsWith('.wasm')).length, 1, 'the wasm is fetched once');
      assert.deepEqual(errors, [], `errors in the console:\n${errors.join('\n')}`);
    });
  });
}

/**
 * Every element in the widget's shadow root, in document order: a readable path, its box
 * relative to `.tc-root`, and every computed style property.
 */
function shadowSnapshot() {
  const host = document.querySelector('treatment-compare');
  const rootBox = host.shadowRoot.querySelector('.tc-root').getBoundingClientRect();
  return [...host.shadowRoot.querySelectorAll('*')].map((el) => {
    const r = el.getBoundingClientRect();
    const cs = getComputedStyle(el);
    const styles = {};
    for (const p of cs) styles[p] = cs.getPropertyValue(p);
    const name = `${el.tagName.toLowerCase()}${[...el.classList].map((c) => `.${c}`).join('')}`;
    // Boxes relative to .tc-root; a box-less element (an SVG <title>) reports 0,0 in the viewport.
    const box =
      r.width === 0 && r.height === 0 ? 'none' : [r.x - rootBox.x, r.y - rootBox.y, r.width, r.height].map((v) => Math.round(v * 10) / 10).join(',');
    return { name, box, styles };
  });
}

/**
 * Computed values that follow where the widget sits on the page, not any style: an absolutely
 * positioned box with `auto` insets (the progress names' visually-hidden text, the timeline
 * table's hidden head) reports its static position in page coordinates.
 */
const pagePositioned = new Set(['top', 'right', 'bottom', 'left', 'inset-block-start', 'inset-block-end', 'inset-inline-start', 'inset-inline-end']);

/** Readable differences between two shadowSnapshot() results, grouped by property. */
function snapshotDifferences(a, b, [nameA, nameB]) {
  const lines = [];
  if (a.length !== b.length) lines.push(`${a.length} elements on the ${nameA} page, ${b.length} on the ${nameB} page`);
  const byProperty = new Map();
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const [x, y] = [a[i], b[i]];
    const where = `#${i} ${x.name}`;
    if (x.name !== y.name) {
      lines.push(`${where}: is ${y.name} on the ${nameB} page`);
      break;
    }
    const diff = [['box (x,y,w,h)', x.box, y.box], ...Object.keys(x.styles).filter((p) => !pagePositioned.has(p)).map((p) => [p, x.styles[p], y.styles[p]])];
    for (const [p, u, v] of diff) {
      if (u === v) continue;
      if (!byProperty.has(p)) byProperty.set(p, { count: 0, example: `${where}: ${nameA} "${u}" / ${nameB} "${v}"` });
      byProperty.get(p).count++;
    }
  }
  for (const [p, { count, example }] of byProperty) lines.push(`${p} differs on ${count} element(s), e.g. ${example}`);
  return lines;
}

test('the widget looks the same, pixel for pixel, on the hostile-CSS page as on the plain page', async () => {
  // Pixel equality is possible here: the widget renders in its own shadow root with its own
  // stylesheet, and both pages run in the same browser at the same viewport and element width,
  // with the same answers. The only page rules that can reach inside are inherited properties,
  // custom properties and ::part(), exactly what hostile.css throws at it. Its layout rules
  // (padding on the element, flex wrappers) move the widget on the page but do not change its
  // inside, and the screenshots are of `.tc-root` itself. When the pixels differ, the message
  // lists the computed styles and boxes that differ, and the PNGs are kept in the temp folder.
  // Computed styles must match too: some leaks (cursor, caret colour, hover styles) are not
  // visible in a still picture.
  // The viewport is taller than the widget's longest screen: the question steps' Back/Next bar
  // is `position: sticky` at the bottom of the viewport, so on a shorter one its place in the
  // picture would depend on where the widget is and how far the page is scrolled.
  const capture = (path) =>
    withPage(browser, { viewport: { width: 1024, height: 10_000 }, deviceScaleFactor: 1 }, async (page) => {
      const errors = collectErrors(page);
      await page.goto(server.origin + path);
      const widget = page.locator(TAG);
      await waitForStep(page, 'concerns', { scope: widget });
      // The same width, and the same place in the viewport: the widget stays where the page put it
      // in the document tree (so it inherits whatever the page's rules give its ancestors), but
      // the picture must not depend on where the page's own content pushed it. Text and rounded
      // corners at another sub-pixel offset, or another offset from the rasteriser's tiles, come
      // out a shade different (the plain page's heading alone puts the widget at y = 210.27px).
      await widget.evaluate((el) => {
        const set = (property, value) => el.style.setProperty(property, value, 'important');
        set('width', '380px');
        set('position', 'fixed');
        set('z-index', '2147483647');
        set('left', '100px');
        set('top', '100px');
        // Put .tc-root itself (not the element, which the hostile page pads) at (200, 200).
        const box = el.shadowRoot.querySelector('.tc-root').getBoundingClientRect();
        set('left', `${200 - box.left}px`);
        set('top', `${200 - box.top}px`);
      });
      const rootWidth = await widget.evaluate((el) => el.shadowRoot.querySelector('.tc-root').getBoundingClientRect().width);
      const shot = async () => {
        await page.mouse.move(0, 0);
        await settle(page);
        // Whole pixels only: when the widget's height is fractional, the last row of a picture
        // of its box is partly the page's own background, which differs by design.
        const box = await widget.locator('.tc-root').boundingBox();
        const clip = { x: box.x, y: box.y, width: Math.floor(box.width), height: Math.floor(box.height) };
        return {
          png: await page.screenshot({ clip, animations: 'disabled', caret: 'hide' }),
          snapshot: await page.evaluate(shadowSnapshot),
        };
      };
      const first = await shot();
      await completeQuestionnaire(page, sampleAnswers, { scope: widget });
      const results = await shot();
      return { rootWidth, first, results, errors };
    });

  const plain = await capture(hostPages.plain);
  const hostile = await capture(hostPages.hostile);
  assert.deepEqual(hostile.errors, [], 'no errors on the hostile page');
  assert.equal(hostile.rootWidth, plain.rootWidth, 'the widget is as wide on both pages (element width 380px)');
  assert.ok(plain.rootWidth > 300 && plain.rootWidth <= 380, `the widget takes the element's width (${plain.rootWidth}px)`);

  const problems = [];
  for (const screen of ['first', 'results']) {
    const [a, b] = [plain[screen], hostile[screen]];
    const differences = snapshotDifferences(a.snapshot, b.snapshot, ['plain', 'hostile']);
    if (!a.png.equals(b.png)) {
      const files = [join(tmpdir(), `tc-${screen}-plain.png`), join(tmpdir(), `tc-${screen}-hostile.png`)];
      await writeFile(files[0], a.png);
      await writeFile(files[1], b.png);
      problems.push(`${screen} screen: the screenshots differ (${files.join(', ')})`);
    }
    if (differences.length) problems.push(`${screen} screen: computed styles or boxes differ:\n  ${differences.slice(0, 40).join('\n  ')}`);
  }
  assert.deepEqual(problems, [], `the hostile page's CSS reaches into the widget:\n${problems.join('\n')}`);
});

test("the widget changes nothing about the host page's own elements", async () => {
  // The plain page with the loader's script tag turned into an inert data block, so its markup is
  // otherwise the same: <treatment-compare> stays an unknown, empty element.
  const inert = (html) => {
    assert.ok(html.includes(loaderTag), 'plain.html loads the loader');
    return html.replace(loaderTag, loaderTag.replace('type="module"', 'type="text/plain"'));
  };
  // A server of its own serves that copy as /hosts/plain.html (same origin shape, same path).
  const withoutWidget = await startServer({ overrides: { [hostPages.plain]: inert } });

  // Computed values that follow the page's height or the element's size rather than any rule.
  const sizeDependent = ['width', 'height', 'inline-size', 'block-size', 'perspective-origin', 'transform-origin'];
  const pageState = (excluded) => {
    const skip = new Set(excluded);
    const elements = [...document.querySelectorAll('html, html *')].filter((el) => !el.closest('treatment-compare'));
    return {
      // The element's own children: its JSON, plus (with the widget) the announcer's live regions.
      elementChildren: [...document.querySelector('treatment-compare').children].map((el) =>
        el.matches('[slot="tc-announcer"]')
          ? `announcer: ${[...el.children].map((r) => `${r.getAttribute('role')}/${r.getAttribute('aria-live')}`).join(' ')}`
          : el.outerHTML,
      ),
      adoptedStyleSheets: document.adoptedStyleSheets.length,
      styleSheets: [...document.styleSheets].map((s) => (s.href ? new URL(s.href).pathname : 'inline')),
      head: [...document.head.children].map((el) => el.outerHTML.replace('type="text/plain"', 'type="module"')),
      htmlAttributes: [...document.documentElement.attributes].map((a) => `${a.name}=${a.value}`),
      bodyAttributes: [...document.body.attributes].map((a) => `${a.name}=${a.value}`),
      elements: elements.map((el) => {
        const cs = getComputedStyle(el);
        const styles = {};
        for (const p of cs) if (!skip.has(p)) styles[p] = cs.getPropertyValue(p);
        return { name: `${el.tagName.toLowerCase()}${[...el.classList].map((c) => `.${c}`).join('')}`, styles };
      }),
    };
  };

  try {
    const loaded = await withPage(browser, desktop, async (page) => {
      await page.goto(server.origin + hostPages.plain);
      await waitForStep(page, 'concerns', { scope: page.locator(TAG) });
      return page.evaluate(pageState, sizeDependent);
    });
    const bare = await withPage(browser, desktop, async (page) => {
      await page.goto(withoutWidget.origin + hostPages.plain);
      assert.equal(await page.evaluate(() => customElements.get('treatment-compare')), undefined, 'no widget on this copy');
      return page.evaluate(pageState, sizeDependent);
    });

    // The one change to the page's DOM, on purpose: live regions in a shadow root are missed by
    // Chromium and screen readers, so the widget's announcer is a light-DOM child of the element,
    // slotted into the shadow root (src/ui/announce.rs; a11y.test.mjs reads it back).
    assert.deepEqual(
      loaded.elementChildren,
      [...bare.elementChildren, 'announcer: status/polite alert/assertive'],
      "the element's children: the page's JSON, then the widget's announcer",
    );
    assert.equal(loaded.adoptedStyleSheets, 0, 'no stylesheet adopted by the document');
    assert.deepEqual(loaded.styleSheets, bare.styleSheets, 'no stylesheet added to the document');
    assert.deepEqual(loaded.head, bare.head, 'nothing added to or changed in <head>');
    assert.deepEqual(loaded.htmlAttributes, bare.htmlAttributes, 'no attribute set on <html>');
    assert.deepEqual(loaded.bodyAttributes, bare.bodyAttributes, 'no attribute set on <body>');
    assert.deepEqual(loaded.elements.map((e) => e.name), bare.elements.map((e) => e.name), 'the same page elements');
    const differences = [];
    loaded.elements.forEach((el, i) => {
      for (const [p, v] of Object.entries(el.styles)) {
        if (bare.elements[i].styles[p] !== v) differences.push(`${el.name} ${p}: "${bare.elements[i].styles[p]}" without the widget, "${v}" with it`);
      }
    });
    assert.deepEqual(differences, [], 'computed styles of the page\'s own elements (h1, p, a, button, ...) are the same with and without the widget');
    assert.ok(loaded.elements.some((e) => e.name === 'h1'), 'the page h1 was compared');
  } finally {
    await withoutWidget.close();
  }
});

test('under a strict Content-Security-Policy (header and meta tag) the widget works, themed from an external stylesheet, with no violation', async () => {
  await withPage(browser, desktop, async (page) => {
    const errors = collectErrors(page);
    const violations = [];
    await page.exposeBinding('__tcCspViolation', (_source, v) => violations.push(v));
    // Init scripts are not subject to the page's CSP, and run before any of the page's scripts.
    await page.addInitScript(() => {
      document.addEventListener(
        'securitypolicyviolation',
        (e) => window.__tcCspViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample || ''}`),
        true,
      );
    });
    const cspMessages = [];
    page.on('console', (msg) => {
      if (/Content.Security.Policy/i.test(msg.text())) cspMessages.push(`${msg.type()}: ${msg.text()}`);
    });
    const events = await recordWidgetEvents(page);

    const response = await page.goto(server.origin + hostPages.strictCsp);
    assert.equal(response.headers()['content-security-policy'], strictCsp, 'the page is served with the CSP header');
    const widget = page.locator(TAG);
    await waitForStep(page, 'concerns', { scope: widget });
    await waitForEvents(events, { type: 'tc-ready' });

    // Theming from strict-csp.css: custom properties on the element and ::part(header).
    await widget.locator('input[type="checkbox"][name="concern"][value="acne_scars"]').check();
    await page.mouse.move(0, 0);
    await settle(page);
    const theme = await widget.evaluate((el) => {
      const $ = (s) => getComputedStyle(el.shadowRoot.querySelector(s));
      return {
        nextBackground: $('button.tc-next').backgroundColor,
        headerBorder: `${$('[part="header"]').borderBottomWidth} ${$('[part="header"]').borderBottomStyle} ${$('[part="header"]').borderBottomColor}`,
        font: $('.tc-root').fontFamily,
      };
    });
    assert.equal(theme.nextBackground, 'rgb(109, 40, 217)', 'Next has the page\'s --tc-accent');
    assert.equal(theme.headerBorder, '3px solid rgb(109, 40, 217)', '::part(header) from the page applies');
    assert.match(theme.font, /^Georgia/, 'the page\'s --tc-font applies');
    await widget.locator('input[type="checkbox"][name="concern"][value="acne_scars"]').uncheck();

    await completeQuestionnaire(page, sampleAnswers, { scope: widget });
    await widget.locator('details.tc-why').first().evaluate((d) => (d.open = true));
    await widget.locator('input[type="checkbox"][name="compare"][value="peel_superficial"]').check();
    await widget.locator('g.tc-timeline-row[data-treatment="peel_superficial"]').waitFor();
    assert.ok(await widget.locator('a.tc-book').isVisible(), 'the booking link is shown');
    await settle(page);
    // Once the page has gone idle, any violation report has arrived.
    await idle(page);
    assert.deepEqual(violations, [], 'securitypolicyviolation events');
    assert.deepEqual(cspMessages, [], 'console messages about the Content Security Policy');
    assert.deepEqual(errors, [], `errors in the console:\n${errors.join('\n')}`);

    // The control: an inline style attribute on this page is a violation, and both the event
    // and the console message are seen (so the empty lists above mean something).
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.setAttribute('style', 'color: rgb(1, 2, 3)');
      p.textContent = 'control';
      document.body.append(p);
    });
    await page.waitForFunction(() => document.body.lastElementChild.textContent === 'control');
    const start = Date.now();
    while ((violations.length === 0 || cspMessages.length === 0) && Date.now() - start < 5000) await page.waitForTimeout(50);
    assert.ok(violations.length >= 1 && /style-src/.test(violations[0]), `the control violation was reported (${violations.join('; ')})`);
    assert.ok(cspMessages.length >= 1, 'the control violation was logged');
    assert.notEqual(await page.evaluate(() => getComputedStyle(document.body.lastElementChild).color), 'rgb(1, 2, 3)', 'the policy is enforced');
  });
});
