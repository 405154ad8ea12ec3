// Shared by the other engines' end-to-end tests (tests/e2e/engines-*.test.mjs) and
// scripts/screenshot-engines.mjs: Firefox ESR (geckodriver) and WebKitGTK (WebKitWebDriver, on a
// virtual X display) driven over W3C WebDriver, spoken directly with Node's fetch. Playwright
// drives only its own builds of Firefox and WebKit, which cannot be downloaded here; the npm
// WebDriver clients (selenium-webdriver, webdriverio) would add a large dependency tree (and a
// driver manager that tries to download drivers) for the twenty commands used below.
//
// Each page is served by support.mjs's startServer with a probe (`/__probe.js`, a same-origin
// classic script a strict CSP allows) put first in every HTML page's <head>: from before the
// page's own scripts it records every uncaught error, unhandled rejection, CSP violation,
// console.error and `error` event on any element (in the document and in every shadow root),
// which `session.problems()` reads back. Playwright's init scripts and CDP do this in Chromium;
// WebDriver classic has neither.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from './support.mjs';

/** The engines and how their drivers start. */
export const engines = {
  firefox: {
    name: 'Firefox ESR',
    binary: '/usr/bin/firefox-esr',
    driver: () => [process.env.GECKODRIVER || `${process.env.HOME}/.cargo/bin/geckodriver`, ['--host', '127.0.0.1', '--log', 'error']],
    port: (p) => ['--port', String(p)],
    capabilities: ({ lang, prefs = {} }) => ({
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: '/usr/bin/firefox-esr',
        args: ['-headless'],
        prefs: {
          'intl.accept_languages': lang,
          'browser.shell.checkDefaultBrowser': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.enabled': false,
          'network.captive-portal-service.enabled': false,
          'network.connectivity-service.enabled': false,
          'app.update.disabledForTesting': true,
          ...prefs,
        },
      },
    }),
  },
  webkit: {
    name: 'WebKitGTK',
    binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    driver: () => ['/usr/bin/WebKitWebDriver', []],
    port: (p) => [`--port=${p}`],
    display: true,
    capabilities: () => ({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': {
        binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        args: ['--automation'],
      },
    }),
  },
};

/** The engines to test: `TC_ENGINES=firefox` (or `webkit`) narrows a run to one. */
export const engineKeys = (process.env.TC_ENGINES || 'firefox,webkit').split(',').filter((k) => engines[k]);

/** A phone width and a desktop width (CSS pixels of the viewport). */
export const phone = { width: 390, height: 844 };
export const desktop = { width: 1280, height: 900 };

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const SHADOW = 'shadow-6066-11e4-a52e-4f735466cecf';

/** WebDriver's key codes. */
export const Key = { Tab: '\uE004', Enter: '\uE007', Space: ' ', Shift: '\uE008', ArrowDown: '\uE015', ArrowUp: '\uE013', ArrowRight: '\uE014' };

async function freePort() {
  const server = createServer();
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

let xvfb = null;
/** Starts one virtual X display (Xvfb) for the run, unless one is set already; returns DISPLAY. */
async function display() {
  if (process.env.DISPLAY) return process.env.DISPLAY;
  if (!xvfb) {
    xvfb = new Promise((ok, fail) => {
      const child = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1920x4400x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
      let out = '';
      child.stdio[3].on('data', (d) => {
        out += d;
        if (out.includes('\n')) ok({ child, display: `:${out.trim()}` });
      });
      child.once('error', fail);
      child.once('exit', (code) => fail(new Error(`Xvfb exited (${code}) before giving a display`)));
      child.unref();
    });
  }
  return (await xvfb).display;
}

/**
 * Starts `engine`'s driver on a free loopback port. Returns `{ engine, url, version, close }`;
 * `version` is the browser's, as its binary reports it.
 */
export async function startDriver(engine) {
  const spec = engines[engine];
  const [command, args] = spec.driver();
  if (!existsSync(command)) throw new Error(`${command} is missing: run bash scripts/setup.sh`);
  const port = await freePort();
  const env = { ...process.env };
  if (spec.display) env.DISPLAY = await display();
  const child = spawn(command, [...args, ...spec.port(port)], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const url = `http://127.0.0.1:${port}`;
  const end = Date.now() + 20_000;
  for (;;) {
    try {
      const status = await (await fetch(`${url}/status`)).json();
      if (status.value?.ready !== false) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > end) throw new Error(`${command} did not start: ${stderr}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
  const version = spawnSync(spec.binary, ['--version'], { encoding: 'utf8', env }).stdout.trim();
  return {
    engine,
    name: spec.name,
    url,
    version,
    close: async () => {
      child.kill();
      await new Promise((ok) => (child.exitCode !== null ? ok() : child.once('exit', ok)));
    },
  };
}

/** Stops the virtual display, if this process started one. */
export async function stopDisplay() {
  if (xvfb) (await xvfb).child.kill();
  xvfb = null;
}

class WebDriverError extends Error {}

/** One browser session (a fresh profile: no storage, no cache). */
export class Session {
  constructor(driver, id, capabilities) {
    this.driver = driver;
    this.id = id;
    this.capabilities = capabilities;
    this.timeout = 15_000;
  }

  async cmd(method, path, body) {
    const response = await fetch(`${this.driver.url}/session/${this.id}${path}`, {
      method,
      headers: body ? { 'content-type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = await response.json();
    if (json.value && json.value.error) {
      throw new WebDriverError(`${method} ${path}: ${json.value.error}: ${json.value.message}`);
    }
    return json.value;
  }

  /**
   * Goes to `url` and waits for its load event. In a framed session (a viewport narrower than
   * the engine's narrowest window, see `viewport`) the page is loaded in a frame of the
   * viewport's size and the session works inside it.
   */
  async go(url) {
    if (!this.framed || url === 'about:blank') {
      await this.cmd('POST', '/frame/parent', {}).catch(() => {});
      await this.cmd('POST', '/url', { url });
      return;
    }
    const { width, height } = this.framed;
    const target = new URL(url);
    await this.cmd('POST', '/url', { url: `${target.origin}${framePath}?w=${width}&h=${height}#${encodeURIComponent(url)}` });
    await this.cmd('POST', '/frame', { id: 0 });
    await this.waitFor(() => document.readyState === 'complete' && location.href !== 'about:blank', [], { message: 'the framed page' });
  }

  /** Reloads the page (in a framed session, the frame's). */
  async reload() {
    if (!this.framed) {
      await this.cmd('POST', '/refresh', {});
      return;
    }
    await this.run(() => {
      window.__tcReloading = true;
      setTimeout(() => location.reload());
    });
    await this.waitFor(() => !window.__tcReloading && document.readyState === 'complete', [], { message: 'the reloaded page' });
  }

  async url() {
    return this.framed ? this.run(() => location.href) : this.cmd('GET', '/url');
  }

  /** Runs `fn` (a function or its source) in the page with `args`; returns its (awaited) value. */
  async run(fn, ...args) {
    const source = typeof fn === 'function' ? `return (${fn}).apply(null, arguments);` : fn;
    return this.cmd('POST', '/execute/sync', { script: source, args });
  }

  /** Polls `fn(...args)` in the page until it returns something truthy (returned). */
  async waitFor(fn, args = [], { timeout = this.timeout, message = String(fn).slice(0, 200) } = {}) {
    const end = Date.now() + timeout;
    for (;;) {
      const value = await this.run(fn, ...args);
      if (value) return value;
      if (Date.now() > end) throw new Error(`timed out after ${timeout} ms in ${this.driver.name} waiting for ${message}`);
      await new Promise((ok) => setTimeout(ok, 50));
    }
  }

  /** The `index`th <treatment-compare> element's shadow root (a WebDriver reference). */
  async shadow(index = 0) {
    const hosts = await this.cmd('POST', '/elements', { using: 'css selector', value: 'treatment-compare' });
    if (!hosts[index]) throw new Error(`no <treatment-compare> #${index} on the page`);
    return this.cmd('GET', `/element/${hosts[index][ELEMENT]}/shadow`);
  }

  /** The element matching `selector` inside widget `host` (found through its shadow root). */
  async $(selector, { host = 0 } = {}) {
    const root = await this.shadow(host);
    const found = await this.cmd('POST', `/shadow/${root[SHADOW]}/elements`, { using: 'css selector', value: selector });
    if (found.length !== 1) throw new Error(`${found.length} elements match ${selector} in widget #${host} (${this.driver.name})`);
    return found[0];
  }

  /** Every element matching `selector` inside widget `host`. */
  async $$(selector, { host = 0 } = {}) {
    const root = await this.shadow(host);
    return this.cmd('POST', `/shadow/${root[SHADOW]}/elements`, { using: 'css selector', value: selector });
  }

  /** A real click (the driver scrolls it into view and fails if something else would get it). */
  async click(selector, options) {
    const element = typeof selector === 'string' ? await this.$(selector, options) : selector;
    // As a visitor scrolls a control to the middle of the screen before tapping it: the drivers
    // scroll only what is out of view, and a control in view under the sticky Back/Next bar
    // would be "obscured".
    // A step that has just arrived moves the focus to its heading in a later frame, which can
    // scroll the page under a click already aimed: then the driver reports the click
    // "intercepted" and it is aimed again, once the page has settled (twice at most).
    for (let attempt = 0; ; attempt++) {
      await this.run((el) => (el.closest('select') || el).scrollIntoView({ block: 'center', inline: 'nearest' }), element);
      try {
        await this.cmd('POST', `/element/${element[ELEMENT]}/click`, {});
        return;
      } catch (error) {
        if (attempt >= 2 || !/element click intercepted/.test(error.message)) throw error;
        await new Promise((ok) => setTimeout(ok, 250));
      }
    }
  }

  /** Types `text` into the element (WebDriver Element Send Keys). */
  async type(selector, text, options) {
    const element = await this.$(selector, options);
    await this.cmd('POST', `/element/${element[ELEMENT]}/value`, { text });
  }

  /** Sets a control's value as a visitor's input would end (a date field, a select), with input and change events. */
  async setValue(selector, value, { host = 0 } = {}) {
    const element = await this.$(selector, { host });
    await this.run(
      (el, v) => {
        el.focus();
        el.value = v;
        el.dispatchEvent(new Event('input', { bubbles: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
        return el.value;
      },
      element,
      value,
    );
  }

  /** Presses each key of `keys` (WebDriver key codes, `Key` above), one after the other. */
  async press(...keys) {
    const actions = keys.flatMap((k) => [
      { type: 'keyDown', value: k },
      { type: 'keyUp', value: k },
    ]);
    await this.cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
  }

  /** Resizes the window so that the viewport is `width`×`height` CSS pixels. */
  async viewport({ width, height }) {
    if (this.framed) await this.cmd('POST', '/frame/parent', {}).catch(() => {});
    this.framed = null;
    for (let i = 0; i < 4; i++) {
      const [w, h] = await this.run(() => [window.innerWidth, window.innerHeight]);
      if (w === width && h === height) return;
      const rect = await this.cmd('GET', '/window/rect');
      await this.cmd('POST', '/window/rect', { width: rect.width + width - w, height: rect.height + height - h });
    }
    const [w, h] = await this.run(() => [window.innerWidth, window.innerHeight]);
    if (w === width) return;
    if (w < width) throw new Error(`${this.driver.name}: viewport ${w}×${h}, not ${width}×${height}`);
    // WebKitGTK's MiniBrowser window is at least 447 px wide (its toolbar): a narrower viewport is
    // a frame of that size in a taller window, with the page inside it (its own viewport: media
    // queries, innerWidth and the layout are the frame's).
    const rect = await this.cmd('GET', '/window/rect');
    await this.cmd('POST', '/window/rect', { width: rect.width, height: rect.height + height + 40 - h });
    this.framed = { width, height };
  }

  /** A PNG of the viewport. */
  async screenshot() {
    return Buffer.from(await this.cmd('GET', '/screenshot'), 'base64');
  }

  /** What the probe recorded on this page (see the top of this file), as readable lines. */
  async problems() {
    return this.run(() => (window.__tcProbe ? window.__tcProbe.problems.slice() : ['the probe is not on this page']));
  }

  async close() {
    await this.cmd('DELETE', '');
  }
}

/**
 * Opens a session of `driver`'s engine (a fresh profile) with the viewport `size`. `lang` is the
 * browser's language (Accept-Language, navigator.languages; Firefox only: WebKitGTK takes the
 * system's, so tests choose a language with the element's `locale` there), `prefs` Firefox prefs.
 */
export async function newSession(driver, { size = desktop, lang = 'en-US', prefs } = {}) {
  const spec = engines[driver.engine];
  const response = await fetch(`${driver.url}/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ capabilities: { alwaysMatch: spec.capabilities({ lang, prefs }) } }),
  });
  const json = await response.json();
  if (!json.value?.sessionId) throw new Error(`${driver.name}: no session: ${JSON.stringify(json.value)}`);
  const session = new Session(driver, json.value.sessionId, json.value.capabilities);
  await session.cmd('POST', '/timeouts', { script: 30_000, pageLoad: 30_000, implicit: 0 });
  await session.go('about:blank');
  await session.viewport(size);
  return session;
}

/**
 * Readies an open session for the next test (a new session costs Firefox 5–20 s): the viewport
 * `size`, and nothing stored by the site at `origin` (session and local storage cleared).
 */
export async function reuse(session, origin, size) {
  await session.viewport(size);
  await session.cmd('POST', '/url', { url: `${origin}${framePath}` });
  await session.run(() => {
    sessionStorage.clear();
    localStorage.clear();
  });
}

/**
 * Opens a fresh session (a new profile: nothing stored, nothing cached) of `driver`'s engine
 * beside any open one (geckodriver serves one session at a time, so through a driver of its
 * own), runs `fn(session)`, and closes both whatever happens.
 */
export async function withSession(driver, options, fn) {
  const own = await startDriver(driver.engine);
  try {
    const session = await newSession(own, options);
    try {
      return await fn(session);
    } finally {
      await session.close().catch(() => {});
    }
  } finally {
    await own.close();
  }
}

// ---- The probe -------------------------------------------------------------------------------

/** The probe's source (served as /__probe.js). */
function probe() {
  const problems = [];
  const at = (el) => (el && el.localName ? `<${el.localName}${[...el.attributes].map((a) => ` ${a.name}="${a.value.slice(0, 80)}"`).join('')}>` : String(el));
  const listen = (target) => {
    // Element error events (a resource that failed: img, script, link) do not bubble but pass the
    // window, the document and each shadow root in the capture phase.
    target.addEventListener(
      'error',
      (e) => {
        if (e instanceof ErrorEvent) {
          if (target === window) problems.push(`uncaught error: ${e.message} (${e.filename}:${e.lineno})`);
        } else if (target === window || e.composedPath()[0]?.getRootNode() === target) {
          problems.push(`error event on ${at(e.composedPath()[0])}`);
        }
      },
      true,
    );
    target.addEventListener('securitypolicyviolation', (e) => problems.push(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`), true);
  };
  listen(window);
  window.addEventListener('unhandledrejection', (e) => problems.push(`unhandled rejection: ${e.reason} ${(e.reason && e.reason.stack) || ''}`));
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function attachShadow(init) {
    const shadow = attach.call(this, init);
    listen(shadow);
    return shadow;
  };
  const error = console.error;
  console.error = function consoleError(...args) {
    problems.push(`console.error: ${args.map((a) => (a && a.stack) || String(a)).join(' ')}`);
    return error.apply(this, args);
  };
  window.__tcProbe = { problems };
}

export const probePath = '/__probe.js';
/** The page that frames another at a viewport size (`?w=&h=#<url>`; Session.go). */
export const framePath = '/__frame.html';
const framePage = `<!doctype html><html><head><meta charset="utf-8"><title>frame</title>
<style>html, body { margin: 0; } iframe { border: 0; display: block; }</style></head><body><iframe></iframe>
<script>const q = new URLSearchParams(location.search); const f = document.querySelector('iframe');
f.width = q.get('w'); f.height = q.get('h'); f.src = decodeURIComponent(location.hash.slice(1));</script></body></html>`;

/** Puts the probe first in an HTML page's <head>. */
export function withProbe(html) {
  const tag = `<script src="${probePath}"></script>`;
  if (/<head[^>]*>/i.test(html)) return html.replace(/<head[^>]*>/i, (head) => `${head}${tag}`);
  return tag + html;
}

/**
 * startServer (support.mjs) with the probe in every HTML page it serves. `overrides`, `headers`
 * as there; `gate(pathname)` may return a promise the response waits for (holding a file back).
 */
export async function startProbedServer({ overrides = {}, headers = {}, gate, dir } = {}) {
  const pages = new Proxy(overrides, {
    get: (target, path) => {
      if (path === probePath) return `(${probe})();`;
      if (path === framePath) return framePage;
      const own = target[path];
      if (typeof path !== 'string' || !/\.html$/.test(path)) return own;
      if (typeof own === 'string') return withProbe(own);
      return (text) => withProbe(own ? own(text) : text);
    },
  });
  return startServer({ overrides: pages, headers, gate, ...(dir ? { dir } : {}) });
}

// ---- The widget, through WebDriver ------------------------------------------------------------

/** The widget's shadow root `host` (index among the page's elements), for scripts run in the page. */
const shadowOf = 'const shadow = (i) => document.querySelectorAll("treatment-compare")[i]?.shadowRoot;';

/** Whether `selector` matches in widget `host` (evaluated in the page). */
export async function has(session, selector, { host = 0 } = {}) {
  return session.run(`${shadowOf} return Boolean(shadow(arguments[0])?.querySelector(arguments[1]));`, host, selector);
}

/** Waits until `selector` matches in widget `host`. */
export async function waitIn(session, selector, { host = 0, timeout } = {}) {
  await session.waitFor(`${shadowOf} return Boolean(shadow(arguments[0])?.querySelector(arguments[1]));`, [host, selector], {
    timeout,
    message: `${selector} in widget #${host}`,
  });
}

/**
 * Waits until question step `key` is on screen in widget `host`: the widget's own (every
 * widget's first screen from the loader gone), all its parts there, and the progress at it.
 */
export async function waitForStep(session, key, { host = 0 } = {}) {
  await session.waitFor(
    `${shadowOf}
     const all = [...document.querySelectorAll("treatment-compare")];
     if (all.some((el) => !el.shadowRoot || el.shadowRoot.querySelector("[data-tc-early]"))) return false;
     const r = shadow(arguments[0]);
     return Boolean(r && r.querySelector('.tc-step[data-step="' + arguments[1] + '"]:not([data-pending])')
       && r.querySelector('ol.tc-progress li[aria-current="step"][data-step="' + arguments[1] + '"]'));`,
    [host, key],
    { message: `step ${key} in widget #${host}` },
  );
}

/** Chooses `value` in the select `selector` of widget `host` by clicking its option. */
export async function choose(session, selector, value, options) {
  await session.click(`${selector} > option[value="${value}"]`, options);
  const now = await session.run(`${shadowOf} return shadow(arguments[0]).querySelector(arguments[1]).value;`, options?.host ?? 0, selector);
  if (now !== value) throw new Error(`${selector} is ${now} after clicking its option ${value}`);
}

/**
 * Ticks the checkbox or radio `selector` in widget `host` by a click and waits until it is
 * checked; a click that landed while a new step's focus move scrolled the page is made again.
 */
export async function tick(session, selector, options) {
  const checked = `${shadowOf} return Boolean(shadow(arguments[0])?.querySelector(arguments[1] + ':checked'));`;
  for (let attempt = 0; attempt < 3; attempt++) {
    await session.click(selector, options);
    try {
      await session.waitFor(checked, [options?.host ?? 0, selector], { timeout: 2000, message: `${selector} checked` });
      return;
    } catch (error) {
      if (attempt === 2) throw error;
    }
  }
}

/**
 * Presses Next (enabled) in widget `host` by a click, and waits until the step is left. A click
 * that a layout shift made miss (another widget's results still growing above this one, on a
 * slow engine) is made once more, in the page, and only if the same step is still shown, so a
 * step is never skipped.
 */
async function next(session, options) {
  const host = options?.host ?? 0;
  const current = `${shadowOf} return shadow(arguments[0])?.querySelector('ol.tc-progress li[aria-current="step"]')?.dataset.step ?? null;`;
  const before = await session.run(current, host);
  await session.click('button.tc-next:not([aria-disabled="true"])', options);
  const left = `${shadowOf} const li = shadow(arguments[0])?.querySelector('ol.tc-progress li[aria-current="step"]'); return !li || li.dataset.step !== arguments[1];`;
  try {
    await session.waitFor(left, [host, before], { timeout: 5000, message: `leaving step ${before} in widget #${host}` });
  } catch {
    await session.run(
      `${shadowOf} const r = shadow(arguments[0]);
       const li = r?.querySelector('ol.tc-progress li[aria-current="step"]');
       if (li && li.dataset.step === arguments[1]) r.querySelector('button.tc-next:not([aria-disabled="true"])')?.click();`,
      host,
      before,
    );
  }
}

/**
 * The health step's groups (`section.tc-health-group[data-group=KEY]`, src/questionnaire.rs) and
 * the questions each opens, as support.mjs's `healthGroups` has them once the step opens each
 * group with "does any of these apply to you?" (radios `health-group-KEY`: none, some, not_sure).
 */
const healthGroups = {
  now: ['pregnant_or_breastfeeding', 'active_acne', 'active_infection', 'skin_condition_flare', 'open_wounds', 'sunburn', 'skin_cancer', 'uncontrolled_diabetes', 'under_22'],
  medicines: ['isotretinoin', 'blood_thinners', 'immunosuppressants', 'photosensitising_medication', 'numbing_or_metal_allergy'],
  history: ['cold_sore_history', 'keloid_tendency', 'recent_procedure', 'recent_facial_surgery', 'scleroderma', 'neuromuscular_disorder', 'bleeding_disorder', 'implanted_device'],
};

/**
 * The health step, the one place that knows its shape (as support.mjs's answerHealth in
 * Chromium): each group opens with "does any of these apply to you?"; a group with nothing but
 * "no" (isotretinoin "never") to report in `answers.health` (condition -> "no" | "yes" |
 * "not_sure"), `answers.isotretinoin` gets "none of these", one with something to report "one or
 * more" and then each of its questions (no/never where none is given), by real clicks.
 *
 * `keyboard: true` answers a step with nothing to report by the keyboard alone: Tab into each
 * group's gate and the arrow keys to "none of these".
 */
export async function answerHealth(session, answers, { host = 0, keyboard = false } = {}) {
  const options = { host };
  if (keyboard) {
    for (const group of Object.keys(healthGroups)) {
      await tabTo(session, `input[name="health-group-${group}"]`);
      await arrowTo(session, `health-group-${group}`, 'none');
    }
    return;
  }
  const given = { ...(answers.health || {}) };
  if (answers.isotretinoin) given.isotretinoin = answers.isotretinoin;
  const nothing = (key) => given[key] === undefined || given[key] === (key === 'isotretinoin' ? 'never' : 'no');
  for (const [group, keys] of Object.entries(healthGroups)) {
    const section = `section.tc-health-group[data-group="${group}"]`;
    const report = !keys.every(nothing);
    await session.click(`${section} input[type="radio"][name="health-group-${group}"][value="${report ? 'some' : 'none'}"]`, options);
    if (!report) continue;
    for (const key of keys) {
      const name = key === 'isotretinoin' ? key : `health-${key}`;
      const value = given[key] ?? (key === 'isotretinoin' ? 'never' : 'no');
      await waitIn(session, `${section} input[type="radio"][name="${name}"][value="${value}"]`, options);
      await session.click(`${section} input[type="radio"][name="${name}"][value="${value}"]`, options);
      if (key === 'isotretinoin' && value === 'stopped' && answers.isotretinoinLastTaken) {
        await waitIn(session, 'input[name="isotretinoin-last-taken"]', options);
        await session.setValue('input[name="isotretinoin-last-taken"]', answers.isotretinoinLastTaken, options);
      }
    }
  }
}

/**
 * Completes the questionnaire from its first step with `answers` (support.mjs's `sampleAnswers`
 * shape) by real clicks, as support.mjs's completeQuestionnaire does in Chromium; a date is set
 * as a date picker would leave it. Waits for the complete results.
 */
export async function completeQuestionnaire(session, answers, { host = 0, onStep } = {}) {
  const options = { host };
  const done = async (key) => {
    if (onStep) await onStep(key);
    await next(session, options);
  };
  await waitForStep(session, 'concerns', options);
  for (const [concern, severity] of Object.entries(answers.concerns)) {
    await tick(session, `input[type="checkbox"][name="concern"][value="${concern}"]`, options);
    if (severity) {
      await waitIn(session, `select[name="severity-${concern}"]`, options);
      await choose(session, `select[name="severity-${concern}"]`, severity, options);
    }
  }
  await done('concerns');

  await waitForStep(session, 'skin_type', options);
  await tick(session, `input[type="radio"][name="skin-type"][value="${answers.skinType}"]`, options);
  await done('skin_type');

  await waitForStep(session, 'downtime', options);
  if (answers.downtime) await tick(session, `input[type="radio"][name="downtime"][value="${answers.downtime}"]`, options);
  await done('downtime');

  await waitForStep(session, 'preferences', options);
  if (answers.budget) await tick(session, `input[type="radio"][name="budget"][value="${answers.budget}"]`, options);
  if (answers.injections) await tick(session, `input[type="radio"][name="injections"][value="${answers.injections}"]`, options);
  if (answers.eventDate) await session.setValue('input[name="event-date"]', answers.eventDate, options);
  await done('preferences');

  await waitForStep(session, 'health', options);
  await answerHealth(session, answers, options);
  await done('health');
  await waitIn(session, 'section.tc-results[data-complete]', options);
}

/** The ranking as shown in widget `host`: `family score verdict` per card, set-apart ones too. */
export async function ranking(session, { host = 0 } = {}) {
  return session.run(
    `${shadowOf} return [...shadow(arguments[0]).querySelectorAll("li.tc-family")].map((li) =>
       li.dataset.setApart !== undefined ? [li.dataset.family, "-", li.dataset.setApart].join(" ")
         : [li.dataset.family, li.dataset.score ?? "?", li.dataset.verdict ?? "-"].join(" "));`,
    host,
  );
}

/** The visible text of `selector` in widget `host` (innerText), or null. */
export async function text(session, selector, { host = 0 } = {}) {
  return session.run(`${shadowOf} const el = shadow(arguments[0])?.querySelector(arguments[1]); return el ? el.innerText : null;`, host, selector);
}

/** The focused element inside the widgets (through shadow roots), as `tag[name=..][value=..].class`. */
export async function focused(session) {
  return session.run(() => {
    let el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return 'body';
    const attrs = ['name', 'value', 'data-step'].filter((a) => el.hasAttribute(a)).map((a) => `[${a}="${el.getAttribute(a)}"]`);
    return `${el.localName}${attrs.join('')}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
  });
}

/** Whether the focused element (through shadow roots) matches `selector`. */
export async function focusMatches(session, selector) {
  return session.run(focusMatches.source, selector);
}
focusMatches.source = `let el = document.activeElement;
  while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
  return Boolean(el && el.matches(arguments[0]));`;

/**
 * In the radio group `name` (focused), presses ArrowDown until `value` is chosen, each press
 * waited for (the focused radio checked) before the next; a group with nothing chosen yet gets
 * Space on its first radio first. Fails if `value` is not reached.
 */
export async function arrowTo(session, name, value) {
  const target = `input[name="${name}"][value="${value}"]:checked`;
  if (!(await focusMatches(session, `input[name="${name}"]:checked`))) {
    await session.press(Key.Space);
    await session.waitFor(focusMatches.source, [`input[name="${name}"]:checked`], { message: `a checked ${name} radio focused` });
  }
  const trace = [];
  for (let i = 0; i < 12 && !(await focusMatches(session, target)); i++) {
    const before = await focused(session);
    trace.push(before);
    await session.press(Key.ArrowDown);
    await session.waitFor(focusMatches.source, [`input[name="${name}"]:checked:not([value="${before.match(/\[value="([^"]*)"\]/)?.[1]}"])`], {
      message: `the next ${name} radio checked and focused`,
    });
  }
  if (!(await focusMatches(session, target))) throw new Error(`${session.driver.name}: ${name} ${value} not chosen with the arrow keys: ${trace.join(' -> ')} -> ${await focused(session)}`);
}

/**
 * Presses Space on the focused checkbox `selector` until it is checked: a press lost on a slow
 * engine (the focus still on the box, the box still unticked after 3 s) is made again, at most
 * twice more; the focus moved away fails at once.
 */
export async function spaceUntilChecked(session, selector) {
  for (let attempt = 0; attempt < 3; attempt++) {
    if (!(await focusMatches(session, selector))) throw new Error(`${session.driver.name}: ${selector} lost the focus: ${await focused(session)}`);
    await session.press(Key.Space);
    try {
      await session.waitFor(focusMatches.source, [`${selector}:checked`], { timeout: 3000, message: `${selector} ticked by Space` });
      return;
    } catch (error) {
      if (await focusMatches(session, `${selector}:checked`)) return;
      if (attempt === 2) throw error;
    }
  }
}

/** Presses Tab until the focus is on `selector` (at most `max` presses); fails with the path taken. */
export async function tabTo(session, selector, max = 40) {
  const path = [];
  for (let i = 0; i < max; i++) {
    await session.press(Key.Tab);
    if (await focusMatches(session, selector)) return;
    path.push(await focused(session));
  }
  throw new Error(`${selector} not reached with ${max} Tab presses in ${session.driver.name}; focus went: ${path.join(' -> ')}`);
}

/**
 * The native engine's assessment (`cargo run --bin assess`) of `answers` (sampleAnswers shape):
 * every health question not in `answers.health` answered "no", as the widget's health step
 * leaves them.
 */
/** The treatments the demo page (index.html) offers: what its widget compares as offered. */
export function demoOffer(root) {
  const demo = readFileSync(join(root, 'index.html'), 'utf8').match(/<script type="application\/json">([\s\S]*?)<\/script>/)[1];
  return Object.keys(JSON.parse(demo).treatments);
}

/** The native engine's assessment of `answers`, as a clinic offering `offer` (default: every treatment) would give it. */
export function nativeAssessment(answers, { root, offer }) {
  const conditions = [
    'pregnant_or_breastfeeding', 'active_acne', 'active_infection', 'cold_sore_history', 'skin_condition_flare',
    'open_wounds', 'keloid_tendency', 'blood_thinners', 'immunosuppressants', 'uncontrolled_diabetes',
    'recent_procedure', 'sunburn', 'skin_cancer', 'neuromuscular_disorder', 'numbing_or_metal_allergy',
    'photosensitising_medication', 'recent_facial_surgery', 'scleroderma', 'under_22', 'implanted_device',
    'bleeding_disorder',
  ];
  const json = {
    concerns: Object.entries(answers.concerns).map(([concern, severity]) => ({ concern, severity: severity ?? 'moderate' })),
    skin_type: answers.skinType,
    downtime: answers.downtime,
    preferences: { budget: answers.budget ?? 'up_to_3000', injections_ok: answers.injections === 'yes', ...(answers.eventDate ? { event_date: answers.eventDate } : {}) },
    health: {
      isotretinoin: answers.isotretinoinLastTaken ? { status: answers.isotretinoin, last_taken: answers.isotretinoinLastTaken } : { status: answers.isotretinoin ?? 'never' },
      conditions: Object.fromEntries(conditions.map((c) => [c, answers.health?.[c] ?? 'no'])),
    },
  };
  const dir = mkdtempSync(join(tmpdir(), 'tc-engines-'));
  const file = join(dir, 'answers.json');
  writeFileSync(file, JSON.stringify(json));
  try {
    const args = ['run', '--quiet', '--locked', '--bin', 'assess', '--', ...(offer ? ['--offer', offer.join(',')] : []), file];
    return JSON.parse(execFileSync('cargo', args, { cwd: root, encoding: 'utf8' }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The scores shown (rows of `ranking`) against the native engine's `assessment`: every family
 * shown with a score has the native engine's score for it, and at least `min` are shown. (A
 * clinic's offer can set a family apart as not offered, which `assess` does not know about.)
 */
export function compareScores(rows, assessment, min = 3) {
  const native = Object.fromEntries(assessment.families.map((f) => [f.family, f.set_apart ? '-' : String(f.score)]));
  const shown = rows.map((r) => r.split(' ')).filter(([, score]) => score !== '-');
  const mismatched = shown.filter(([family, score]) => native[family] !== score).map(([family, score]) => `${family}: shown ${score}, assess ${native[family]}`);
  return { shown: shown.length, mismatched, ok: shown.length >= min && mismatched.length === 0 };
}
