// Shared by the end-to-end tests (tests/e2e/*.test.mjs) and scripts/screenshot.mjs: serves the
// built demo page (dist/, from `trunk build --release --offline`) on loopback, launches Debian's
// Chromium through playwright-core, and walks the questionnaire through the DOM contract's hooks.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/**
 * The documentation as the tests read it: README.md, then every Markdown file under docs/.
 * Every test that reads documentation reads it through these helpers (tests/docs/mod.rs is the
 * same for the Rust tests).
 */
export function documentation() {
  const files = ['README.md'];
  const walk = (dir) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.md')) files.push(path);
    }
  };
  walk('docs');
  return files.map((file) => ({ file, text: readFileSync(join(root, file), 'utf8') }));
}

/** The first fenced ```lang block under `heading` (a whole heading line, `## Wix`), in whichever documentation file has it. */
export function docBlock(heading, lang) {
  const doc = documentation().find(({ text }) => text.includes(`\n${heading}\n`));
  assert.ok(doc, `no documentation file has the heading "${heading}"`);
  const section = doc.text.slice(doc.text.indexOf(`\n${heading}\n`));
  const match = section.match(new RegExp('```' + lang + '\\n([\\s\\S]*?)```'));
  assert.ok(match, `${doc.file} has a ${lang} block under "${heading}"`);
  return match[1];
}

/** The README's embed snippet: the html block under "Embedding on a clinic's site". */
export const readmeSnippet = () => docBlock("## Embedding on a clinic's site", 'html');

/**
 * `html` (a host page) with its loader tag removed and its first <treatment-compare> element
 * replaced by `snippet` (any other element removed), as a clinic pastes the README's snippet.
 */
export function pasteSnippet(html, snippet) {
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
export const dist = join(root, 'dist');
/**
 * A release build with the test trigger (`trunk build --release --offline --features
 * test-trigger --dist dist-trigger`, made by scripts/test.sh's soak stage): the containment test's.
 */
export const distTrigger = join(root, 'dist-trigger');

// The npm tools live in tools/node_modules (tools/package.json), not next to this file.
const toolsRequire = createRequire(join(root, 'tools', 'package.json'));

/** The path of the axe-core script to inject into a page (`page.addScriptTag({ path })`). */
export function axePath() {
  try {
    return toolsRequire.resolve('axe-core/axe.min.js');
  } catch {
    throw new Error('axe-core is not installed in tools/node_modules: run `cd tools && npm ci`');
  }
}

/** The content type of each file extension the built pages use (also the bench's server). */
export const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * Serves `dir` (default `dist/`) on 127.0.0.1 (loopback only) at a free port.
 *
 * `overrides` maps a URL path ("/index.html"; "/" means the same) to a function `(text) => text`
 * that rewrites that file's content, or to a string that replaces it (a string also serves a
 * path that has no file, e.g. a page made up by a test).
 *
 * `headers` maps a URL path to extra response headers for it (an object, e.g.
 * `{ 'content-security-policy': "default-src 'self'" }`); the key "*" applies to every path.
 * They are added to (and may replace) the default content-type and cache-control headers.
 *
 * `gate(pathname)`, if given, may return a promise that the response waits for (a test holding a
 * file back where it cannot intercept requests: the other engines' tests, webdriver.mjs).
 *
 * Returns `{ url, origin, requests, close }`; `requests` lists every path the server was asked
 * for, in order.
 */
export async function startServer({ overrides = {}, headers = {}, dir = dist, gate } = {}) {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`${join(dir, 'index.html')} is missing: run \`trunk build --release --offline\` first`);
  }
  const requests = [];
  const server = createServer(async (req, res) => {
    requests.push(req.url);
    try {
      let pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
      if (pathname.endsWith('/')) pathname += 'index.html';
      const file = normalize(join(dir, pathname));
      if (!file.startsWith(dir + sep)) {
        res.writeHead(403).end();
        return;
      }
      const override = overrides[pathname];
      if (gate) await gate(pathname);
      let body;
      try {
        body = await readFile(file);
      } catch {
        if (typeof override !== 'string') {
          res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
          return;
        }
      }
      if (typeof override === 'function') body = override(body.toString('utf8'));
      else if (override !== undefined) body = override;
      res.writeHead(200, {
        'content-type': contentTypes[extname(file)] || 'application/octet-stream',
        'cache-control': 'no-store',
        ...headers['*'],
        ...headers[pathname],
      });
      res.end(body);
    } catch (e) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(e));
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: `${origin}/`,
    requests,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** Flags that keep Debian's Chromium headless and quiet on a closed network. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches /usr/bin/chromium through playwright-core (never a downloaded browser). */
export async function launchChromium() {
  const { chromium } = toolsRequire('playwright-core');
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
}

/** A phone-sized viewport (iPhone 12–15 class). */
export const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };

/** The question steps in order (`.tc-step[data-step=KEY]`). */
export const steps = ['concerns', 'skin_type', 'downtime', 'preferences', 'health'];

/** The ISO date `days` days from today (local time), e.g. for an event date that stays ahead. */
export function isoDaysFromNow(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Answers that reach the results with a few optional fields filled. */
export const sampleAnswers = {
  concerns: { acne_scars: 'moderate', enlarged_pores: 'mild' },
  skinType: 'V',
  downtime: 'up_to_a_week',
  budget: 'up_to_3000',
  injections: 'no',
  eventDate: isoDaysFromNow(200),
  health: { cold_sore_history: 'yes' },
  isotretinoin: 'never',
};

/**
 * Waits until every widget on the page (in any shadow root) has taken over from the first screen
 * its loader draws before the WebAssembly arrives (`[data-tc-early]`; src/loader/js/first-screen.js).
 */
export async function waitForWidget(page) {
  await page.waitForFunction(() => {
    const early = (root) =>
      [...root.querySelectorAll('*')].some((el) => el.shadowRoot && (el.shadowRoot.querySelector('[data-tc-early]') || early(el.shadowRoot)));
    return !early(document);
  });
}

/**
 * Waits until question step `key` is on screen (the widget's own, not the loader's first screen). `scope` (a Page or a Locator, e.g.
 * `page.locator('treatment-compare').nth(1)`) limits the search to one widget; Playwright's CSS
 * locators pierce open shadow roots, so the widget's DOM is found inside its element.
 */
export async function waitForStep(page, key, { scope = page } = {}) {
  await waitForWidget(page);
  // A long step (the health questions) comes in parts, each after a paint: `data-pending` until all are there.
  await scope.locator(`.tc-step[data-step="${key}"]:not([data-pending])`).waitFor();
  await scope.locator(`ol.tc-progress li[aria-current="step"][data-step="${key}"]`).waitFor();
}

/**
 * Completes the questionnaire from its first step with `answers` (shape of `sampleAnswers`; a
 * concern mapped to null keeps the default severity, omitted optional fields keep the widget's
 * defaults) and waits for the results. `onStep(key)`, if given, runs on each question step
 * after its answers are filled in, before "Next". `scope` (a Page or a Locator) is the widget
 * to use when the page has several; every selector must match exactly one element in it.
 */
export async function completeQuestionnaire(page, answers = sampleAnswers, { onStep, scope = page } = {}) {
  const $ = (selector) => scope.locator(selector);
  const next = async () => $('button.tc-next:not([aria-disabled="true"])').click();
  const atStep = (key) => waitForStep(page, key, { scope });
  const done = async (key) => {
    if (onStep) await onStep(key);
    await next();
  };

  await atStep('concerns');
  for (const [concern, severity] of Object.entries(answers.concerns)) {
    await $(`input[type="checkbox"][name="concern"][value="${concern}"]`).check();
    if (severity) await $(`select[name="severity-${concern}"]`).selectOption(severity);
  }
  await done('concerns');

  await atStep('skin_type');
  await $(`input[type="radio"][name="skin-type"][value="${answers.skinType}"]`).check();
  await done('skin_type');

  await atStep('downtime');
  if (answers.downtime) await $(`input[type="radio"][name="downtime"][value="${answers.downtime}"]`).check();
  await done('downtime');

  await atStep('preferences');
  if (answers.budget) await $(`input[type="radio"][name="budget"][value="${answers.budget}"]`).check();
  if (answers.injections) await $(`input[type="radio"][name="injections"][value="${answers.injections}"]`).check();
  if (answers.eventDate) await $('input[name="event-date"]').fill(answers.eventDate);
  await done('preferences');

  await atStep('health');
  await answerHealth(answers, { scope });
  await done('health');

  await $('section.tc-results[data-complete]').waitFor();
}

/**
 * From the concerns step on screen to the health step, as a visitor with one concern (`concern`)
 * and skin type (`skinType`) who keeps the defaults of downtime and preferences: Next on each.
 */
export async function answerUntilHealth(page, { concern, skinType }) {
  const next = () => page.locator('button.tc-next:not([aria-disabled="true"])').click();
  await page.locator(`input[name="concern"][value="${concern}"]`).check();
  await next();
  await waitForStep(page, 'skin_type');
  await page.locator(`input[name="skin-type"][value="${skinType}"]`).check();
  await next();
  for (const step of ['downtime', 'preferences']) {
    await waitForStep(page, step);
    await next();
  }
  await waitForStep(page, 'health');
}

/**
 * The health step's groups (`section.tc-health-group[data-group=KEY]`) and what each asks, by the
 * questions' `data-condition` (src/questionnaire.rs, HEALTH_GROUPS; isotretinoin first in the
 * medicines). Each group opens with "does any of these apply to you?" (radios
 * `health-group-KEY`: `none`, `some`, `not_sure`).
 */
export const healthGroups = {
  now: [
    'pregnant_or_breastfeeding',
    'active_acne',
    'active_infection',
    'skin_condition_flare',
    'open_wounds',
    'sunburn',
    'skin_cancer',
    'uncontrolled_diabetes',
    'under_22',
  ],
  medicines: ['isotretinoin', 'blood_thinners', 'immunosuppressants', 'photosensitising_medication', 'numbing_or_metal_allergy'],
  history: ['cold_sore_history', 'keloid_tendency', 'recent_procedure', 'recent_facial_surgery', 'scleroderma', 'neuromuscular_disorder', 'bleeding_disorder', 'implanted_device'],
};

/**
 * Answers the health step on screen with `answers.health` (condition → `no`/`yes`/`not_sure`),
 * `answers.isotretinoin` and `answers.isotretinoinLastTaken`, as a visitor would: a group with
 * nothing but "no" (isotretinoin "never") to report gets "none of these" (one tap); a group with
 * something to report gets "one or more", then each of its questions its answer, "no" (or
 * "never") where none is given. `scope` as in completeQuestionnaire.
 */
export async function answerHealth(answers = {}, { scope } = {}) {
  const $ = (selector) => scope.locator(selector);
  const given = { ...(answers.health || {}) };
  if (answers.isotretinoin) given.isotretinoin = answers.isotretinoin;
  const nothing = (key) => given[key] === undefined || given[key] === (key === 'isotretinoin' ? 'never' : 'no');
  for (const [group, keys] of Object.entries(healthGroups)) {
    const section = `section.tc-health-group[data-group="${group}"]`;
    const report = !keys.every(nothing);
    await $(`${section} input[type="radio"][name="health-group-${group}"][value="${report ? 'some' : 'none'}"]`).check();
    if (!report) continue;
    for (const key of keys) {
      const name = key === 'isotretinoin' ? key : `health-${key}`;
      const value = given[key] ?? (key === 'isotretinoin' ? 'never' : 'no');
      await $(`${section} input[type="radio"][name="${name}"][value="${value}"]`).check();
      if (key === 'isotretinoin' && value === 'stopped' && answers.isotretinoinLastTaken) {
        await $('input[name="isotretinoin-last-taken"]').fill(answers.isotretinoinLastTaken);
      }
    }
  }
}

/** "None of these" in every health group (the step of a visitor with nothing to report). */
export async function noneOfThese(scope) {
  for (const group of Object.keys(healthGroups)) {
    await scope.locator(`input[type="radio"][name="health-group-${group}"][value="none"]`).check();
  }
}

/**
 * The full journey, as a visitor takes it from the first step on screen: the questionnaire with
 * `answers` to the results, each "why" opened with a click, another treatment added to the
 * timeline (the comparison), one answer changed from the results ("Change" downtime) and back to
 * the results. Used by journey.test.mjs and by the benchmark (bench/bench.mjs), which measures
 * its interactions and long tasks. `scope` as in completeQuestionnaire.
 */
export async function fullJourney(page, answers = sampleAnswers, { scope = page } = {}) {
  const $ = (selector) => scope.locator(selector);
  await completeQuestionnaire(page, answers, { scope });
  const why = $('details.tc-why > summary');
  for (let i = 0, n = await why.count(); i < n; i++) await why.nth(i).click();
  await $('input[type="checkbox"][name="compare"][value="peel_superficial"]').check();
  await $('g.tc-timeline-row[data-treatment="peel_superficial"]').waitFor();
  await $('button.tc-edit[data-step="downtime"]').click();
  await waitForStep(page, 'downtime', { scope });
  await $('input[type="radio"][name="downtime"][value="two_weeks_or_more"]').check();
  await $('button.tc-next').click();
  await $('section.tc-results[data-complete]').waitFor();
}

// ---- The <treatment-compare> embed ---------------------------------------------------------

/** The element's tag, and the loader's path as the README's snippet has it. */
export const TAG = 'treatment-compare';
export const loaderPath = '/treatment-compare/treatment-compare.js';
/**
 * The loader's tag as the example host pages have it: `blocking="render"` holds the page's first
 * paint until the loader has run, so each element's reserved space is there from the first frame
 * (no layout shift when the widget appears; layout-shift.test.mjs).
 */
export const loaderTag = `<script type="module" src="${loaderPath}" blocking="render"></script>`;

/** The example host pages (examples/hosts/, copied to dist/hosts/ by the build). */
export const hostPages = {
  plain: '/hosts/plain.html',
  hostile: '/hosts/hostile-css.html',
  strictCsp: '/hosts/strict-csp.html',
  twoInstances: '/hosts/two-instances.html',
};

/** The policy of examples/hosts/strict-csp.html (its meta tag; tests also send it as a header). */
export const strictCsp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/** Every treatment key, in catalog order. */
export const treatmentKeys = [
  'microneedling',
  'microneedling_rf',
  'microneedling_prp',
  'peel_superficial',
  'peel_medium',
  'peel_deep',
  'laser_non_ablative',
  'laser_ablative',
  'neuromodulator',
  'filler',
  'microdermabrasion',
];

/** The events the element dispatches (the funnel's aside). */
export const widgetEventTypes = ['tc-ready', 'tc-completed', 'tc-booking-requested', 'tc-error'];

/** The funnel's events (issue 27): ids only. */
export const funnelEventTypes = ['tc-started', 'tc-step', 'tc-action'];

/** Opens a fresh browser context (closed afterwards) and runs `fn(page, context)` in it. */
export async function withPage(browser, options, fn) {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(10_000);
  try {
    return await fn(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

/**
 * Records, from before the page's first script, every widget event that reaches `window` (so
 * only events that bubble out of the element and its shadow root are seen), as
 * `{ type, target, detail, bubbles, composed, cancelable, defaultPrevented, rendered, step }`:
 * `target` is the element's id, or its index among the page's <treatment-compare> elements;
 * `rendered` whether its shadow root held the widget (`.tc-root`) when the event was
 * dispatched; `step` the question step on screen then, if any. Works across navigations and
 * under a strict CSP (a Playwright binding and init script, neither subject to the page's CSP).
 * Returns the (growing) array.
 */
export async function recordWidgetEvents(page, types = widgetEventTypes) {
  const events = [];
  await page.exposeBinding('__tcRecordEvent', (_source, event) => {
    events.push(event);
  });
  await page.addInitScript((types) => {
    for (const type of types) {
      window.addEventListener(type, (e) => {
        const el = e.target;
        const all = [...document.querySelectorAll('treatment-compare')];
        const shadow = el && el.shadowRoot;
        const step = shadow && shadow.querySelector('.tc-step[data-step]');
        let detail;
        try {
          detail = JSON.parse(JSON.stringify(e.detail));
        } catch {
          detail = String(e.detail);
        }
        // The window is the last stop of a bubbling event: any preventDefault() from the
        // element's own listeners has happened.
        window.__tcRecordEvent({
          type,
          target: (el && el.id) || all.indexOf(el),
          detail,
          bubbles: e.bubbles,
          composed: e.composed,
          cancelable: e.cancelable,
          defaultPrevented: e.defaultPrevented,
          rendered: Boolean(shadow && shadow.querySelector('.tc-root')),
          step: step ? step.getAttribute('data-step') : null,
        });
      });
    }
  }, types);
  return events;
}

/** Polls `fn` until it returns something truthy (returned), failing after `timeout` ms. */
export async function eventually(fn, { timeout = 10_000, interval = 50, message = 'condition' } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    last = await fn();
    if (last) return last;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${message}`);
    await new Promise((ok) => setTimeout(ok, interval));
  }
}

/** Waits until `events` (from recordWidgetEvents) holds `count` events matching `filter`. */
export async function waitForEvents(events, filter, count = 1, timeout = 10_000) {
  const matching = () => events.filter((e) => Object.entries(filter).every(([k, v]) => e[k] === v));
  await eventually(() => matching().length >= count, {
    timeout,
    message: `${count} event(s) ${JSON.stringify(filter)}; recorded: ${JSON.stringify(events.map((e) => [e.type, e.target]))}`,
  });
  return matching();
}

/** Console errors, warnings mentioning the widget, and uncaught exceptions, as readable lines. */
export function collectErrors(page) {
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      errors.push(`console.error: ${msg.text()} (${msg.location().url}:${msg.location().lineNumber})`);
    }
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.stack || e}`));
  return errors;
}

/**
 * Waits until no CSS animation or transition runs in the document or in any widget's shadow
 * root (Document.getAnimations() does not include shadow trees everywhere).
 */
/**
 * Waits until the page has drawn two more frames and then gone idle: every frame, task and idle
 * callback the widget had queued has run. The positive signal to wait for before asserting that
 * something (a second event, a navigation, a violation report) did not happen, in place of a
 * fixed sleep.
 */
export async function idle(page) {
  await page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const done = () => setTimeout(resolve, 0);
            if (typeof requestIdleCallback === 'function') requestIdleCallback(done);
            else setTimeout(done, 0);
          }),
        ),
      ),
  );
}

export async function settle(page) {
  await page.waitForFunction(() => {
    const roots = [document, ...[...document.querySelectorAll('treatment-compare')].map((el) => el.shadowRoot).filter(Boolean)];
    return roots.every((r) => r.getAnimations().every((a) => a.playState !== 'running'));
  });
}

// ---- Accessibility -------------------------------------------------------------------------

/** axe-core's tags for the widget's audit: WCAG 2.0–2.2 A and AA, and axe's best practices. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs axe-core with `axeTags` on each widget's `.tc-root` (inside its shadow root) once nothing
 * moves, and returns every violation, whatever its impact, as readable lines naming `where`.
 */
export async function axeViolations(page, where) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.addScriptTag({ path: axePath() });
  // Audit what stays on screen, not a colour half-way through a CSS transition.
  await settle(page);
  const result = await page.evaluate(
    (values) => window.axe.run({ fromShadowDom: ['treatment-compare', '.tc-root'] }, { runOnly: { type: 'tag', values } }),
    axeTags,
  );
  return result.violations.map((v) => {
    const nodes = v.nodes.map((n) => `    ${n.target.join(' ')}\n      ${(n.failureSummary || '').replace(/\n/g, '\n      ')}`);
    return `[${where}] ${v.id} (${v.impact}): ${v.help}\n${nodes.join('\n')}`;
  });
}

/**
 * Sets the first widget's `locale` attribute (the element re-renders, answers kept) and waits
 * until its root has that language.
 */
export async function setLocale(page, locale) {
  await page.locator(TAG).first().evaluate((el, code) => el.setAttribute('locale', code), locale);
  await page.locator(`${TAG} .tc-root[lang="${locale}"]`).first().waitFor();
}

/**
 * Installs `window.__deepActive()` in the page: the focused element itself, inside shadow roots
 * (document.activeElement is the <treatment-compare> element when focus is inside it).
 */
export async function installDeepActive(page) {
  await page.evaluate(() => {
    window.__deepActive = () => {
      let el = document.activeElement;
      while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
      return el;
    };
  });
}

/** Waits until the focused element (through shadow roots) matches `selector`. */
export async function waitForFocus(page, selector) {
  await page.waitForFunction((s) => window.__deepActive?.()?.matches(s) ?? false, selector);
}

/**
 * The live regions Chromium exposes in its accessibility tree (CDP Accessibility.getFullAXTree
 * through `cdp`, a session from `page.context().newCDPSession(page)` with Accessibility enabled):
 * `{ role, live, ignored, text, host }` for every node with a `live` property and a live-region
 * role (status, alert, log...), where `text` joins its exposed static text and `host` describes
 * the DOM element's place: `light:<tag>` when it is a light-DOM child of a `slot=tc-announcer`
 * element inside `<tag>`, `shadow` when it is inside a shadow root, else `document`.
 */
export async function liveRegions(cdp) {
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const text = (n) => {
    if (!n || n.ignored) return '';
    if (n.role?.value === 'StaticText') return n.name?.value ?? '';
    return (n.childIds || []).map((id) => text(byId.get(id))).join('');
  };
  const prop = (n, name) => n.properties?.find((p) => p.name === name)?.value?.value;
  const regions = nodes.filter((n) => ['status', 'alert', 'log', 'marquee', 'timer'].includes(n.role?.value) && prop(n, 'live'));
  return Promise.all(
    regions.map(async (n) => {
      let host = 'unknown';
      if (n.backendDOMNodeId) {
        const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: n.backendDOMNodeId });
        const { result } = await cdp.send('Runtime.callFunctionOn', {
          objectId: object.objectId,
          returnByValue: true,
          functionDeclaration: `function () {
            const box = this.closest('[slot="tc-announcer"]');
            if (box && box.parentNode && box.parentNode.localName) return 'light:' + box.parentNode.localName;
            return this.getRootNode() instanceof ShadowRoot ? 'shadow' : 'document';
          }`,
        });
        host = result.value;
      }
      return { role: n.role.value, live: prop(n, 'live'), ignored: Boolean(n.ignored), text: text(n).trim(), host };
    }),
  );
}

/**
 * Holds back every request matching `pattern` until `release()` is called: the test decides
 * when the file arrives (after the page has been painted without it), not a timer.
 */
export async function holdBack(page, pattern) {
  let release;
  let arrived;
  const released = new Promise((ok) => (release = ok));
  const requested = new Promise((ok) => (arrived = ok));
  const held = [];
  await page.route(pattern, async (route) => {
    held.push(route.request().url());
    arrived();
    await released;
    await route.continue();
  });
  return { release, held, requested };
}
