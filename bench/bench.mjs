// The speed benchmark (run by scripts/bench.sh, never by CI): the release widget (dist/) against
// a Yew 0.23 hello-world built with the same release profile (bench/hello/dist/), each served
// compressed on loopback (bench/serve.mjs), in Debian's Chromium through playwright-core.
// Prints one table; every time is the median of BENCH_RUNS runs (default 5). Absolute times
// depend on the machine; the ratios are the figures to compare.
//
//   node bench/bench.mjs [--widget DIR] [--hello DIR] [--json FILE]
//
// Profiles: "desktop" is 1350×940 with no throttling; "phone" is Lighthouse's mobile device
// (412×823 at 1.75×, touch) with its throttling applied through CDP: 4× CPU slowdown
// (Emulation.setCPUThrottlingRate), 150 ms round trip, 1.6 Mbps down and 675 kbps up
// (Network.emulateNetworkConditions).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compressed, serveCompressed } from './serve.mjs';
import { fullJourney, launchChromium, sampleAnswers, waitForStep } from '../tests/e2e/support.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = resolve(here, '..');
const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const widgetDist = resolve(arg('--widget', join(root, 'dist')));
const helloDist = resolve(arg('--hello', join(here, 'hello', 'dist')));
const jsonOut = arg('--json', null);
const RUNS = Number(process.env.BENCH_RUNS || 5);
const LH_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS || RUNS);

const desktop = { viewport: { width: 1350, height: 940 }, deviceScaleFactor: 1 };
const phone = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
/** Lighthouse's mobile throttling (its `mobileSlow4G` settings), applied by CDP. */
const phoneNetwork = { offline: false, latency: 150, downloadThroughput: (1638.4 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 };

const median = (xs) => {
  const s = xs.filter((x) => x != null && !Number.isNaN(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// ---- Bytes -------------------------------------------------------------------------------

/** The files a site ships for the app: the widget's folder, or the hello-world's JS and wasm. */
function shippedFiles(dist, isWidget) {
  const dir = isWidget ? join(dist, 'treatment-compare') : dist;
  return readdirSync(dir)
    .filter((f) => /\.(js|wasm)$/.test(f))
    .map((f) => join(dir, f));
}

function bytes(dist, isWidget) {
  let raw = 0;
  let gzip = 0;
  let br = 0;
  for (const file of shippedFiles(dist, isWidget)) {
    const data = readFileSync(file);
    const c = compressed(data, file.endsWith('.wasm') ? 'application/wasm' : 'text/javascript');
    raw += data.length;
    gzip += c.gzip.length;
    br += c.br.length;
  }
  return { raw, gzip, br };
}

// ---- One page load (and, for the widget, the full journey) -------------------------------

/**
 * Installed before the page's first script: layout shifts (without recent input), long tasks,
 * Event Timing entries (duration ≥ 16 ms), and the time (ms from navigation start, at the
 * animation frame) when the first form control is on screen, in the document or in a
 * <treatment-compare> element's shadow root.
 */
function observe() {
  const b = (window.__bench = { shifts: [], longTasks: [], events: [], firstControl: null, running: null });
  const po = (type, fn, extra = {}) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true, ...extra });
    } catch {
      // Not supported: the figure stays empty.
    }
  };
  po('layout-shift', (e) => {
    if (!e.hadRecentInput) b.shifts.push({ t: e.startTime, value: e.value, sources: (e.sources || []).map((s) => s.node?.nodeName || '?') });
  });
  po('longtask', (e) => b.longTasks.push({ t: e.startTime, d: e.duration }));
  po('event', (e) => b.events.push({ name: e.name, t: e.startTime, d: e.duration, id: e.interactionId }), { durationThreshold: 16 });
  const visible = () => {
    const roots = [document, ...[...document.querySelectorAll('treatment-compare')].map((el) => el.shadowRoot).filter(Boolean)];
    for (const r of roots) {
      for (const el of r.querySelectorAll('input, select, button, textarea')) {
        const box = el.getBoundingClientRect();
        if (box.width > 0 && box.height > 0 && box.top < innerHeight && box.bottom > 0) return true;
      }
    }
    return false;
  };
  // The widget itself runs once its own DOM has replaced the first screen the loader draws
  // (a mount point that is not `[data-tc-early]`); the hello-world runs once it shows a control.
  const running = () => {
    const elements = [...document.querySelectorAll('treatment-compare')];
    const own = (el) => [...(el.shadowRoot?.children ?? [])].some((c) => !c.hasAttribute('data-tc-early') && c.querySelector('.tc-root .tc-next'));
    return elements.length === 0 || elements.every(own);
  };
  const frame = (t) => {
    if (b.firstControl === null && document.body && visible()) b.firstControl = t;
    if (b.firstControl !== null && running()) b.running = t;
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

async function load(browser, url, profile, { journey = false } = {}) {
  const context = await browser.newContext(profile === 'phone' ? phone : desktop);
  context.setDefaultTimeout(60_000);
  try {
    const page = await context.newPage();
    await page.addInitScript(observe);
    const cdp = await context.newCDPSession(page);
    if (profile === 'phone') {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', phoneNetwork);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    }
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__bench.running !== null, null, { polling: 50 });
    // Loading is over when nothing more arrives: a second with no layout shift after the widget
    // (not only its first screen) is running.
    await page.waitForTimeout(1000);
    const loaded = await page.evaluate(() => {
      const b = window.__bench;
      return { firstControl: b.firstControl, running: b.running, cls: b.shifts.reduce((s, e) => s + e.value, 0), shifts: b.shifts, now: performance.now() };
    });
    const result = { firstControl: loaded.firstControl, running: loaded.running, cls: loaded.cls, shifts: loaded.shifts };
    if (journey) {
      // The journey runs at 4× CPU whatever the profile (the phone's network no longer matters:
      // the widget makes no request after loading).
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await waitForStep(page, 'concerns');
      const start = loaded.now;
      await fullJourney(page, sampleAnswers);
      await page.waitForTimeout(500); // the last interaction's entry
      const j = await page.evaluate((from) => {
        const b = window.__bench;
        const interactions = new Map();
        for (const e of b.events) if (e.id) interactions.set(e.id, Math.max(interactions.get(e.id) || 0, e.d));
        const slowest = b.events.filter((e) => e.id).sort((x, y) => y.d - x.d)[0] || null;
        return {
          longTasks: b.longTasks.filter((t) => t.t >= from),
          longTasksLoading: b.longTasks.filter((t) => t.t < from),
          interactions: [...interactions.values()],
          slowest,
          journeyCls: b.shifts.filter((s) => s.t >= from).reduce((s, e) => s + e.value, 0),
        };
      }, start);
      Object.assign(result, {
        longTasks: j.longTasks.length,
        longestTask: j.longTasks.reduce((m, t) => Math.max(m, t.d), 0),
        longTasksLoading: j.longTasksLoading.length,
        interactions: j.interactions.length,
        slowestInteraction: j.slowest ? j.slowest.d : 0,
        slowestName: j.slowest?.name,
        over100: j.interactions.filter((d) => d > 100).length,
        journeyCls: j.journeyCls,
      });
    }
    return result;
  } finally {
    await context.close();
  }
}

// ---- Lighthouse --------------------------------------------------------------------------

const lighthouseBin = join(here, 'node_modules', '.bin', 'lighthouse');
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index', 'interactive'];

async function lighthouse(url) {
  const dir = await mkdtemp(join(tmpdir(), 'tc-bench-lh-'));
  const out = join(dir, 'report.json');
  try {
    await new Promise((ok, fail) => {
      const child = spawn(
        lighthouseBin,
        [
          url,
          '--quiet',
          '--output=json',
          `--output-path=${out}`,
          `--only-categories=${categories.join(',')}`,
          '--chrome-path=/usr/bin/chromium',
          `--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync --user-data-dir=${join(dir, 'profile')}`,
        ],
        { stdio: ['ignore', 'ignore', 'pipe'] },
      );
      let err = '';
      child.stderr.on('data', (d) => (err += d));
      child.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`lighthouse exited ${code}: ${err.slice(-2000)}`))));
    });
    const report = JSON.parse(await readFile(out, 'utf8'));
    const scores = Object.fromEntries(categories.map((c) => [c, Math.round(report.categories[c].score * 100)]));
    const values = Object.fromEntries(metrics.map((m) => [m, { value: report.audits[m].numericValue, score: report.audits[m].score }]));
    // What costs performance points, and the audits that fail.
    const failing = Object.values(report.audits)
      .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual')
      .map((a) => `${a.id} (${a.displayValue || a.score})`);
    return { scores, values, failing };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// ---- The run -----------------------------------------------------------------------------

async function measure(browser, name, dist, isWidget, lighthouseRuns) {
  const server = await serveCompressed(dist);
  const url = `${server.origin}/`;
  try {
    // A first load of each kind, not counted: the browser's own start-up (processes, caches of
    // compiled code for its internals) would otherwise weigh on the first run only.
    await load(browser, url, 'desktop');
    await load(browser, url, 'phone');
    const desktopRuns = [];
    const phoneRuns = [];
    for (let i = 0; i < RUNS; i++) {
      desktopRuns.push(await load(browser, url, 'desktop'));
      phoneRuns.push(await load(browser, url, 'phone', { journey: isWidget }));
      process.stderr.write(`  ${name}: run ${i + 1}/${RUNS}: first control ${Math.round(desktopRuns[i].firstControl)} ms desktop, ${Math.round(phoneRuns[i].firstControl)} ms phone (running ${Math.round(phoneRuns[i].running)} ms)` +
        (isWidget ? `; journey: ${phoneRuns[i].longTasks} long tasks, slowest interaction ${Math.round(phoneRuns[i].slowestInteraction)} ms (${phoneRuns[i].slowestName})` : '') + '\n');
    }
    const lh = [];
    for (let i = 0; i < lighthouseRuns; i++) {
      lh.push(await lighthouse(url));
      process.stderr.write(`  ${name}: Lighthouse ${i + 1}/${lighthouseRuns}: ${JSON.stringify(lh[i].scores)}\n`);
    }
    const m = (runs, key) => median(runs.map((r) => r[key]));
    const encodings = [...new Set(server.served.map((s) => s.encoding))];
    return {
      name,
      bytes: bytes(dist, isWidget),
      encodings,
      firstControlDesktop: m(desktopRuns, 'firstControl'),
      firstControlPhone: m(phoneRuns, 'firstControl'),
      runningDesktop: m(desktopRuns, 'running'),
      runningPhone: m(phoneRuns, 'running'),
      clsDesktop: m(desktopRuns, 'cls'),
      clsPhone: m(phoneRuns, 'cls'),
      shifts: [...desktopRuns, ...phoneRuns].flatMap((r) => r.shifts),
      ...(isWidget
        ? {
            longTasks: m(phoneRuns, 'longTasks'),
            longTasksRange: [Math.min(...phoneRuns.map((r) => r.longTasks)), Math.max(...phoneRuns.map((r) => r.longTasks))],
            longestTask: m(phoneRuns, 'longestTask'),
            longTasksLoading: m(phoneRuns, 'longTasksLoading'),
            slowestInteraction: m(phoneRuns, 'slowestInteraction'),
            slowestRange: [Math.min(...phoneRuns.map((r) => r.slowestInteraction)), Math.max(...phoneRuns.map((r) => r.slowestInteraction))],
            slowestNames: phoneRuns.map((r) => r.slowestName),
            interactions: m(phoneRuns, 'interactions'),
            over100: m(phoneRuns, 'over100'),
            journeyCls: m(phoneRuns, 'journeyCls'),
          }
        : {}),
      lighthouse: lh.length
        ? {
            scores: Object.fromEntries(categories.map((c) => [c, median(lh.map((r) => r.scores[c]))])),
            values: Object.fromEntries(metrics.map((k) => [k, median(lh.map((r) => r.values[k].value))])),
            // Each audit under 0.9 in any run, with how many runs.
            failing: Object.entries(lh.flatMap((r) => r.failing.map((f) => f.split(' ')[0])).reduce((n, id) => ({ ...n, [id]: (n[id] || 0) + 1 }), {})).map(([id, n]) => `${id} (${n} of ${lh.length} runs)`),
          }
        : null,
    };
  } finally {
    await server.close();
  }
}

function table(hello, widget) {
  const s = (ms) => (ms == null ? '–' : `${(ms / 1000).toFixed(2)} s`);
  const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
  const ratio = (a, b) => (a && b ? `${(b / a).toFixed(2)}×` : '');
  const cls = (v) => (v == null ? '–' : v.toFixed(3));
  const lhScore = (r, c) => (r.lighthouse ? String(r.lighthouse.scores[c]) : '–');
  const rows = [
    ['first form control visible, desktop', s(hello.firstControlDesktop), s(widget.firstControlDesktop), ratio(hello.firstControlDesktop, widget.firstControlDesktop)],
    ['first form control visible, phone profile', s(hello.firstControlPhone), s(widget.firstControlPhone), ratio(hello.firstControlPhone, widget.firstControlPhone)],
    ['widget running (its own DOM in place), desktop', s(hello.runningDesktop), s(widget.runningDesktop), ratio(hello.runningDesktop, widget.runningDesktop)],
    ['widget running (its own DOM in place), phone profile', s(hello.runningPhone), s(widget.runningPhone), ratio(hello.runningPhone, widget.runningPhone)],
    ['shipped JS + wasm, gzip -9', kb(hello.bytes.gzip), kb(widget.bytes.gzip), ratio(hello.bytes.gzip, widget.bytes.gzip)],
    ['shipped JS + wasm, brotli 11', kb(hello.bytes.br), kb(widget.bytes.br), ratio(hello.bytes.br, widget.bytes.br)],
    ['CLS while loading, desktop / phone', `${cls(hello.clsDesktop)} / ${cls(hello.clsPhone)}`, `${cls(widget.clsDesktop)} / ${cls(widget.clsPhone)}`, ''],
    ['long tasks (> 50 ms) over the journey, 4× CPU', '–', `${widget.longTasks} (${widget.longTasksRange.join('–')}; longest ${Math.round(widget.longestTask)} ms)`, ''],
    ['slowest interaction over the journey (Event Timing), 4× CPU', '–', `${Math.round(widget.slowestInteraction)} ms (${widget.slowestRange.map(Math.round).join('–')}; ${widget.over100} of ${widget.interactions} over 100 ms)`, ''],
    ['CLS over the journey without recent input', '–', cls(widget.journeyCls), ''],
    ...categories.map((c) => [`Lighthouse mobile: ${c}`, lhScore(hello, c), lhScore(widget, c), '']),
  ];
  if (widget.lighthouse && hello.lighthouse) {
    const v = (r, k) => r.lighthouse.values[k];
    rows.push([
      'Lighthouse: FCP / LCP / TBT / TTI',
      `${s(v(hello, 'first-contentful-paint'))} / ${s(v(hello, 'largest-contentful-paint'))} / ${Math.round(v(hello, 'total-blocking-time'))} ms / ${s(v(hello, 'interactive'))}`,
      `${s(v(widget, 'first-contentful-paint'))} / ${s(v(widget, 'largest-contentful-paint'))} / ${Math.round(v(widget, 'total-blocking-time'))} ms / ${s(v(widget, 'interactive'))}`,
      ratio(v(hello, 'interactive'), v(widget, 'interactive')),
    ]);
  }
  const lines = [`| figure (median of ${RUNS}; Lighthouse of ${LH_RUNS}) | Yew hello-world | this widget | ratio |`, '|---|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)];
  return lines.join('\n');
}

for (const [dist, what] of [[widgetDist, 'the widget (trunk build --release --offline)'], [helloDist, 'the hello-world (bench/hello)']]) {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${join(dist, 'index.html')} is missing: build ${what} first (bash scripts/bench.sh does)`);
}
if (LH_RUNS > 0 && !existsSync(lighthouseBin)) throw new Error(`${lighthouseBin} is missing: cd bench && npm ci`);

const browser = await launchChromium();
let hello;
let widget;
try {
  hello = await measure(browser, 'hello-world', helloDist, false, LH_RUNS);
  widget = await measure(browser, 'widget', widgetDist, true, LH_RUNS);
} finally {
  await browser.close();
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ hello, widget }, null, 2));
console.log(table(hello, widget));
console.log(`\nServed as: ${widget.encodings.join(', ')} (what Chromium asked for on http://127.0.0.1).`);
if (widget.shifts.length) console.log(`Layout shifts while loading: ${widget.shifts.map((s) => `${s.value.toFixed(3)} at ${Math.round(s.t)} ms (${s.sources.join(', ')})`).join('; ')}`);
console.log(`Slowest interactions by event: ${widget.slowestNames.join(', ')}`);
if (widget.lighthouse) console.log(`Lighthouse audits under 0.9 on the widget's page: ${widget.lighthouse.failing.join(', ') || 'none'}`);
