// End-to-end tests of what happens when the widget's code fails: a Rust panic traps the one
// WebAssembly instance every <treatment-compare> on the page shares. Against the test build
// (dist-trigger/: `trunk build --release --offline --features test-trigger --dist dist-trigger`,
// made by scripts/test.sh's soak stage), whose `tc-test-trigger` attribute makes the widget
// panic or trap on purpose (src/test_trigger.rs); and a check that the release files (dist/) have
// no such trigger. Run: `node --test tests/e2e/containment.test.mjs`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  TAG,
  dist,
  distTrigger,
  eventually,
  idle,
  launchChromium,
  loaderPath,
  recordWidgetEvents,
  startServer,
  waitForEvents,
  waitForStep,
  withPage,
} from './support.mjs';

const desktop = { viewport: { width: 1024, height: 900 }, deviceScaleFactor: 1 };

/** The trigger's attribute and the text of its panics (src/test_trigger.rs). */
const TRIGGER = 'tc-test-trigger';
const TRIGGER_PANIC = 'test trigger: a panic on';

const EN = 'Something went wrong in the treatment comparison. Please reload the page.';
const ES = 'Algo ha fallado en la comparación de tratamientos. Vuelva a cargar la página.';
const OWN = 'Our comparison tool has stopped. Please reload this page or call us.';

/**
 * Three widgets: #en in English, #es switched to Spanish by the visitor (its attributes say
 * English), #own with the clinic's own text for the message; then the page's own button and
 * script.
 */
const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Containment – treatment-compare</title>
    <link rel="icon" href="favicon.svg" />
    <link rel="stylesheet" href="host.css" />
    <script type="module" src="${loaderPath}"></script>
  </head>
  <body>
    <main>
      <h1>Which treatment suits you?</h1>
      <treatment-compare id="en" clinic-name="Glow Clinic" locale="en" remember="none"></treatment-compare>
      <treatment-compare id="es" clinic-name="Clínica Glow" locale="en" languages="en es" remember="none"></treatment-compare>
      <treatment-compare id="own" clinic-name="Glow Clinic" locale="en" remember="none">
        <script type="application/json">{ "text": { "en": { "embed.crashed": "${OWN}" } } }</script>
      </treatment-compare>
      <p class="after">Questions? <button type="button" class="call">call us</button>.</p>
    </main>
    <script>
      window.hostScriptRan = true;
      document.querySelector('button.call').addEventListener('click', (e) => { e.target.textContent = 'calling'; });
    </script>
  </body>
</html>`;

const pagePath = '/hosts/containment.html';
const expected = { en: ['en', EN], es: ['es', ES], own: ['en', OWN] };

let browser;
let server;

before(async () => {
  assert.ok(
    existsSync(join(distTrigger, 'treatment-compare')),
    `${distTrigger} is missing: run \`trunk build --release --offline --features test-trigger --dist dist-trigger\` first`,
  );
  [browser, server] = await Promise.all([launchChromium(), startServer({ dir: distTrigger, overrides: { [pagePath]: PAGE } })]);
});

after(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

/** Every file under `dir`. */
function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

test('the release files have no test trigger; the test build has it', () => {
  const release = filesUnder(dist);
  assert.ok(release.some((f) => f.endsWith('.wasm')), 'dist/ holds the release wasm');
  for (const file of release) {
    const bytes = readFileSync(file).toString('latin1');
    for (const word of [TRIGGER, TRIGGER_PANIC, 'test_trigger']) {
      assert.ok(!bytes.includes(word), `${file} contains "${word}"`);
    }
  }
  // The search finds it where it is: the test build's wasm (the widget's; the configurator's
  // checker, configure/validate/, is built without the trigger).
  const wasm = filesUnder(join(distTrigger, 'treatment-compare')).filter((f) => f.endsWith('.wasm'));
  assert.equal(wasm.length, 1);
  const bytes = readFileSync(wasm[0]).toString('latin1');
  assert.ok(bytes.includes(TRIGGER) && bytes.includes(TRIGGER_PANIC), `${wasm[0]} has the trigger`);
});

/**
 * Opens the page with the three widgets on screen, #es switched to Spanish and an answer given
 * in each; returns what the checks need.
 */
async function openPage(page) {
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e));
  const consoleErrors = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  const events = await recordWidgetEvents(page);
  await page.goto(server.origin + pagePath);
  for (const id of Object.keys(expected)) await waitForStep(page, 'concerns', { scope: page.locator(`${TAG}#${id}`) });
  const es = page.locator(`${TAG}#es`);
  await es.locator('.tc-languages button[data-language="es"]').click();
  await es.locator('.tc-root[lang="es"]').waitFor();
  await waitForEvents(events, { type: 'tc-ready' }, 3);
  return { pageErrors, consoleErrors, events };
}

/** What each widget's shadow root and light DOM hold now. */
function widgetState(page, id) {
  return page.locator(`${TAG}#${id}`).evaluate((el) => {
    const alert = el.shadowRoot.querySelector('[role="alert"]');
    return {
      lang: alert?.lang ?? null,
      text: alert?.textContent ?? null,
      widget: el.shadowRoot.querySelectorAll('.tc-root, button, input, select').length,
      announcer: el.querySelectorAll(':scope > [slot="tc-announcer"]').length,
    };
  });
}

/**
 * Checks that the failure (whose message matches `reason`) is contained: every widget says so in
 * its language, one tc-error each, logged once, `uncaught` uncaught exceptions (the trap out of an
 * event handler), and the page goes on working, also after more attribute changes, moves,
 * removals, new elements and a resize.
 */
async function assertContained(page, { pageErrors, consoleErrors, events }, { reason, uncaught, ids = Object.keys(expected) }) {
  const errors = await waitForEvents(events, { type: 'tc-error' }, ids.length);
  assert.deepEqual(errors.map((e) => e.target).sort(), [...ids].sort(), 'one tc-error from each element');
  for (const e of errors) {
    assert.equal(e.detail.field, 'widget', 'tc-error detail.field');
    assert.match(e.detail.message, reason, 'tc-error detail.message says what failed');
    assert.deepEqual(Object.keys(e.detail).sort(), ['field', 'message']);
    assert.equal(e.bubbles && e.composed, true, 'tc-error bubbles and is composed');
  }
  for (const id of ids) {
    const [lang, text] = expected[id] ?? expected.en;
    assert.deepEqual(await widgetState(page, id), { lang, text, widget: 0, announcer: 0 }, `#${id} shows the message in its language, nothing else`);
  }
  const logged = consoleErrors.filter((t) => t.startsWith('treatment-compare: the widget stopped'));
  assert.equal(logged.length, 1, `logged once (console errors: ${JSON.stringify(consoleErrors)})`);
  assert.match(logged[0], reason, 'the log says what failed');

  const seen = { errors: events.filter((e) => e.type === 'tc-error').length, console: consoleErrors.length };
  // The page's own script and button.
  assert.equal(await page.evaluate(() => window.hostScriptRan), true, "the page's own script ran");
  await page.locator('button.call').click();
  assert.equal(await page.locator('button.call').innerText(), 'calling', "the page's own button still works");
  // Nothing reaches the stopped instance any more: attribute and JSON changes, a move, clicks
  // on the message, a resize.
  await page.evaluate(() => {
    for (const el of document.querySelectorAll('treatment-compare')) {
      el.setAttribute('clinic-name', 'Changed');
      el.setAttribute('locale', 'es');
    }
    const own = document.querySelector('#own');
    own.querySelector('script').textContent = '{}';
    document.querySelector('main').prepend(own);
  });
  await page.locator(`${TAG}#en [role="alert"]`).click();
  await page.setViewportSize({ width: 500, height: 700 });
  // A removed element stays quiet; one added later says the widget stopped, at once.
  await page.evaluate(() => {
    document.querySelector('#es').remove();
    const later = document.createElement('treatment-compare');
    later.id = 'later';
    document.querySelector('main').append(later);
  });
  const [late] = await waitForEvents(events, { type: 'tc-error', target: 'later' });
  assert.match(late.detail.message, reason);
  assert.deepEqual(await widgetState(page, 'later'), { lang: 'en', text: EN, widget: 0, announcer: 0 }, 'a later element shows the message');
  await idle(page);
  assert.equal(events.filter((e) => e.type === 'tc-error').length, seen.errors + 1, 'no other tc-error');
  assert.deepEqual(consoleErrors.slice(seen.console), [], 'nothing more logged');
  assert.deepEqual(
    pageErrors.map((e) => `${e.name}: ${e.message}`),
    Array(uncaught).fill('RuntimeError: unreachable'),
    uncaught ? 'the trap out of the event handler, once; nothing after it' : 'no uncaught exception',
  );
  assert.ok(await page.locator('main > h1').isVisible(), 'the page heading is shown');
}

test('a panic in an event handler stops every widget on the page with a message in its language; the page works on', async () => {
  await withPage(browser, desktop, async (page) => {
    const seen = await openPage(page);
    const en = page.locator(`${TAG}#en`);
    await en.evaluate((el, name) => el.setAttribute(name, 'click'), TRIGGER);
    await en.locator('input[type="checkbox"][name="concern"]').first().click();
    await assertContained(page, seen, { reason: /test trigger: a panic on click/, uncaught: 1 });
  });
});

test('a trap with no panic (as out of memory ends) in an event handler is contained the same way', async () => {
  await withPage(browser, desktop, async (page) => {
    const seen = await openPage(page);
    const en = page.locator(`${TAG}#en`);
    await en.evaluate((el, name) => el.setAttribute(name, 'trap'), TRIGGER);
    await en.locator('input[type="checkbox"][name="concern"]').first().click();
    await assertContained(page, seen, { reason: /RuntimeError: unreachable/, uncaught: 1 });
  });
});

test('a panic while a new element mounts is contained, with no uncaught exception', async () => {
  await withPage(browser, desktop, async (page) => {
    const seen = await openPage(page);
    await page.evaluate((name) => {
      const el = document.createElement('treatment-compare');
      el.id = 'failing';
      el.setAttribute(name, 'mount');
      document.querySelector('main').append(el);
    }, TRIGGER);
    await assertContained(page, seen, { reason: /test trigger: a panic on mount/, uncaught: 0, ids: [...Object.keys(expected), 'failing'] });
  });
});

test('a panic when an attribute change re-renders a widget is contained, with no uncaught exception', async () => {
  await withPage(browser, desktop, async (page) => {
    const seen = await openPage(page);
    await page.locator(`${TAG}#own`).evaluate((el, name) => {
      el.setAttribute(name, 'refresh');
      el.setAttribute('clinic-name', 'Glow Clinic Downtown');
    }, TRIGGER);
    await assertContained(page, seen, { reason: /test trigger: a panic on refresh/, uncaught: 0 });
  });
});

test('without a trigger the test build works as the release does', async () => {
  await withPage(browser, desktop, async (page) => {
    const { pageErrors, consoleErrors, events } = await openPage(page);
    const en = page.locator(`${TAG}#en`);
    await en.locator('input[type="checkbox"][name="concern"]').first().click();
    await en.locator('button.tc-next:not([aria-disabled="true"])').click();
    await waitForStep(page, 'skin_type', { scope: en });
    await eventually(async () => (await page.locator(`${TAG} [data-tc-stopped]`).count()) === 0, { message: 'no widget stopped' });
    assert.equal(events.filter((e) => e.type === 'tc-error').length, 0, 'no tc-error');
    assert.deepEqual([...pageErrors, ...consoleErrors.filter((t) => !t.includes('favicon'))], [], 'no error');
  });
});
