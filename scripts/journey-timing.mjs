// Interaction latency over a full journey, as a mid-range phone feels it: the built demo page
// (dist/, from `trunk build --release --offline`) in Debian's Chromium with the CPU slowed 4×
// (CDP `Emulation.setCPUThrottlingRate`), driven by real (trusted) clicks and key presses through
// every question step, the results, every "why", the timeline's compare picker (every treatment
// added, one removed), an edited answer, the share button and the language switch.
//
// It records each event the page's Event Timing API reports (PerformanceObserver type "event",
// durationThreshold 16, buffered) with the UI action that caused it and the element it hit, and
// every long task ("longtask"), and prints the slowest interactions. A benchmark, not a test:
// the figures vary between machines.
//
//   node scripts/journey-timing.mjs [--runs N] [--cpu RATE] [--url URL] [--json] [--top N]
//
// --runs   journeys to run (default 3; the summary gives each figure's median)
// --cpu    CPU slowdown (default 4; 1 for none)
// --dist   the build to serve (default dist/), e.g. a copy of an earlier build to compare with
// --url    a page already served (its widget must be the page's only <treatment-compare>, with
//          `languages` listing two or more languages for the switch to be used); default: serve
//          dist/ on loopback with the demo page given `languages="en es"`
// --trace  also record a trace and give, per UI action, the main thread's CPU time (thread time,
//          far steadier than wall time on a busy machine), its longest task's, and how much of
//          it is the browser's style recalculation, layout and paint
// --json   print the runs' results as JSON instead of tables
// --top    how many of the slowest interactions the table lists (default 15)
//
// As a module: `journeyTiming({ browser, url, cpuRate })` runs one journey in a fresh context
// of `browser` (a playwright-core Browser) and returns
//   { interactions, longTasks, summary: { slowest, slowestAction, over100, longTasks, longTasksOver50 } }
// and `measureJourneys({ runs, cpuRate, url, dir })` launches Chromium (and, without `url`,
// serves `dir`, default dist/), runs `runs` journeys and returns `{ runs: [...], median: { slowest, over100,
// longTasksOver50 } }`. Every time is in milliseconds.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  completeQuestionnaire,
  healthGroups,
  isoDaysFromNow,
  launchChromium,
  sampleAnswers,
  startServer,
  steps,
  waitForStep,
} from '../tests/e2e/support.mjs';

/** The demo page with a language switch (English and Spanish). */
const withLanguages = (html) => html.replace('<treatment-compare ', '<treatment-compare languages="en es" ');

/**
 * Collects, from before the page's first script, every Event Timing entry and long task, and
 * for every trusted input event the element it really hit (Event Timing's `target` stops at the
 * shadow host) and the UI action the driver was doing (`window.__tcAction`).
 */
function pageRecorder() {
  const rec = { events: [], longTasks: [], targets: new Map(), marks: [] };
  window.__tcTiming = rec;
  window.__tcAction = 'load';
  const describe = (el) => {
    if (!el || !el.tagName) return '';
    const attrs = ['name', 'value', 'data-step', 'data-language']
      .filter((a) => el.hasAttribute(a))
      .map((a) => `[${a}=${el.getAttribute(a)}]`)
      .join('');
    const cls = el.classList && el.classList.length ? `.${[...el.classList].join('.')}` : '';
    return `${el.tagName.toLowerCase()}${cls}${attrs}`;
  };
  for (const type of ['pointerdown', 'pointerup', 'click', 'keydown', 'keyup', 'input', 'change', 'toggle', 'mousedown', 'mouseup']) {
    window.addEventListener(
      type,
      (e) => {
        if (e.isTrusted) rec.targets.set(`${type}@${e.timeStamp}`, describe(e.composedPath()[0]));
      },
      { capture: true },
    );
  }
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      rec.events.push({
        name: e.name,
        interactionId: e.interactionId || 0,
        startTime: e.startTime,
        duration: e.duration,
        inputDelay: e.processingStart - e.startTime,
        processing: e.processingEnd - e.processingStart,
        presentation: e.startTime + e.duration - e.processingEnd,
        target: rec.targets.get(`${e.name}@${e.startTime}`) || describe(e.target),
        action: rec.actionAt(e.startTime),
      });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      rec.longTasks.push({ startTime: e.startTime, duration: e.duration, action: rec.actionAt(e.startTime) });
    }
  }).observe({ type: 'longtask', buffered: true });
  // The action whose time span holds `t`.
  rec.actionAt = (t) => {
    let action = 'load';
    for (const m of rec.marks) if (m.time <= t) action = m.action;
    return action;
  };
  // A headless browser presents a frame only when something changed on screen, and Event
  // Timing ends an entry at the next presented frame: a key press that changes nothing (the
  // last keyup of a typed date) would last until the next action's frame. A one-pixel dot
  // outside the widget changes colour after each action so that a frame always comes.
  let dot;
  rec.paint = () => {
    if (!dot) {
      dot = document.createElement('div');
      dot.style.cssText = 'position:fixed;left:0;top:0;width:1px;height:1px;pointer-events:none;opacity:0.01';
      document.documentElement.append(dot);
    }
    dot.style.background = dot.style.background === 'red' ? 'blue' : 'red';
  };
  rec.mark = (action) => {
    rec.marks.push({ action, time: performance.now() });
    performance.mark(`tc-action: ${action}`);
  };
}

/** Waits until the page has painted and its main thread is idle (two frames and a task). */
async function quiet(page) {
  await page.evaluate(
    () =>
      new Promise((ok) =>
        requestAnimationFrame(() => {
          window.__tcTiming.paint();
          requestAnimationFrame(() => setTimeout(ok, 30));
        }),
      ),
  );
}

/**
 * Runs one journey in a fresh context of `browser` on the page at `url` with the CPU slowed
 * `cpuRate` times, and returns what Event Timing and the long-task observer recorded.
 */
export async function journeyTiming({ browser, url, cpuRate = 4, viewport = { width: 390, height: 844 }, trace = false, profile = false, afterAction }) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'en-US' });
  context.setDefaultTimeout(30_000);
  try {
    const page = await context.newPage();
    await page.addInitScript(pageRecorder);
    const cdp = await context.newCDPSession(page);
    if (cpuRate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    const traceEvents = [];
    if (trace) {
      cdp.on('Tracing.dataCollected', ({ value }) => traceEvents.push(...value));
      await cdp.send('Tracing.start', {
        transferMode: 'ReportEvents',
        traceConfig: {
          includedCategories: ['toplevel', 'devtools.timeline', 'blink.user_timing'],
        },
      });
    }

    /** Marks the start of UI action `label`, runs `fn` and waits until the page is quiet. */
    const act = async (label, fn) => {
      await page.evaluate((l) => window.__tcTiming.mark(l), label);
      await fn();
      await quiet(page);
      if (afterAction) await afterAction(label, page);
    };
    const $ = (selector) => page.locator(selector);
    const click = (label, selector) => act(label, () => $(selector).click());
    const next = (label) => click(label, 'button.tc-next:not([aria-disabled="true"])');
    /** Picks `value` in a <select> with the keyboard (trusted events, as a visitor's). */
    const choose = async (label, selector, value) => {
      const options = await $(selector).evaluate((s) => [...s.options].map((o) => o.value));
      const from = options.indexOf(await $(selector).inputValue());
      const to = options.indexOf(value);
      await $(selector).focus();
      for (let i = from; i !== to; i += to > from ? 1 : -1) {
        await act(label, () => page.keyboard.press(to > from ? 'ArrowDown' : 'ArrowUp'));
      }
    };
    /** Types an ISO date into an <input type="date"> segment by segment (month, day, year in English). */
    const typeDate = async (label, selector, iso) => {
      const [y, m, d] = iso.split('-');
      await act(label, async () => {
        await $(selector).click({ position: { x: 8, y: 8 } });
        await page.keyboard.type(`${m}${d}${y}`, { delay: 20 });
      });
      const value = await $(selector).inputValue();
      if (value !== iso) throw new Error(`${selector}: typed ${iso}, the field holds "${value}"`);
    };

    await page.goto(url);
    await waitForStep(page, 'concerns');
    await quiet(page);
    const firstStep = await page.evaluate(() => performance.now());
    // A visitor reads the first question before answering it (what the page does meanwhile, its
    // long tasks included, still counts).
    await page.waitForTimeout(1000);
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }

    // The questions, with the sample answers, the skin-type quiz opened and one answer changed.
    const a = sampleAnswers;
    const concerns = Object.entries(a.concerns);
    for (const [concern, severity] of concerns) {
      await click(`tick concern ${concern}`, `input[name="concern"][value="${concern}"]`);
      await choose(`severity of ${concern}`, `select[name="severity-${concern}"]`, severity);
    }
    await click('tick concern fine_lines', 'input[name="concern"][value="fine_lines"]');
    await click('untick concern fine_lines', 'input[name="concern"][value="fine_lines"]');
    await next('Next (concerns)');
    await waitForStep(page, 'skin_type');
    await click('open the skin-type quiz', 'button.tc-quiz-toggle');
    await choose('answer a quiz question', 'select[name^="quiz-"] >> nth=0', '2');
    await click('close the skin-type quiz', 'button.tc-quiz-toggle');
    await click(`skin type ${a.skinType}`, `input[name="skin-type"][value="${a.skinType}"]`);
    await next('Next (skin type)');
    await waitForStep(page, 'downtime');
    await click('Back', 'button.tc-back');
    await waitForStep(page, 'skin_type');
    await next('Next (skin type, again)');
    await waitForStep(page, 'downtime');
    await click(`downtime ${a.downtime}`, `input[name="downtime"][value="${a.downtime}"]`);
    await next('Next (downtime)');
    await waitForStep(page, 'preferences');
    await click(`budget ${a.budget}`, `input[name="budget"][value="${a.budget}"]`);
    await click(`injections ${a.injections}`, `input[name="injections"][value="${a.injections}"]`);
    await typeDate('type the event date', 'input[name="event-date"]', a.eventDate);
    await next('Next (preferences)');
    await waitForStep(page, 'health');
    // Each group: "none of these", or "one or more" and its questions (the sample answers' "yes"
    // is a history); the medicines opened to try isotretinoin's date, then "none of these".
    for (const [group, keys] of Object.entries(healthGroups)) {
      const report = keys.some((k) => a.health[k] && a.health[k] !== 'no');
      await click(`health ${group}: ${report ? 'one or more' : 'none of these'}`, `input[name="health-group-${group}"][value="${report ? 'some' : 'none'}"]`);
      if (group === 'medicines') {
        await click('health medicines: one or more', 'input[name="health-group-medicines"][value="some"]');
        await click('isotretinoin stopped', 'input[name="isotretinoin"][value="stopped"]');
        await typeDate('type the isotretinoin date', 'input[name="isotretinoin-last-taken"]', isoDaysFromNow(-400));
        await click(`isotretinoin ${a.isotretinoin}`, `input[name="isotretinoin"][value="${a.isotretinoin}"]`);
        await click('health medicines: none of these', 'input[name="health-group-medicines"][value="none"]');
      }
      if (!report) continue;
      for (const key of keys) {
        const answer = a.health[key] || 'no';
        await click(`health ${key} ${answer}`, `input[name="health-${key}"][value="${answer}"]`);
      }
    }
    await next('See results');
    await $('section.tc-results[data-complete]').waitFor();

    // The results: every "why", every treatment on the timeline, an edit, sharing, languages.
    const whys = await $('details.tc-why > summary').count();
    for (let i = 0; i < whys; i++) await click(`open "why" ${i + 1}`, `details.tc-why > summary >> nth=${i}`);
    await click('close "why" 1', 'details.tc-why > summary >> nth=0');
    const boxes = await $('input[type="checkbox"][name="compare"]').evaluateAll((all) => all.map((b) => b.value));
    for (const id of boxes) await click(`compare ${id}`, `input[name="compare"][value="${id}"]`);
    await click(`stop comparing ${boxes[0]}`, `input[name="compare"][value="${boxes[0]}"]`);
    await click('print: include health answers', 'input[name="print-health"]');
    await click('share: include health answers', 'input[name="share-health"]');
    await click('share a link', 'button.tc-share-button');
    await click('change downtime', 'button.tc-edit[data-step="downtime"]');
    await waitForStep(page, 'downtime');
    await click('downtime two_weeks_or_more', 'input[name="downtime"][value="two_weeks_or_more"]');
    await next('Back to results');
    await $('section.tc-results[data-complete]').waitFor();
    if (await $('.tc-language').count()) {
      await click('language: Español', '.tc-language[data-language="es"]');
      await $('.tc-root[lang="es"]').waitFor();
      await click('language: English', '.tc-language[data-language="en"]');
      await $('.tc-root[lang="en"]').waitFor();
    }
    await click('start over', 'button.tc-start-over');
    await waitForStep(page, steps[0]);
    await quiet(page);
    // Let the observers deliver the last entries.
    await page.waitForTimeout(200);

    const { events, longTasks } = await page.evaluate(() => ({
      events: window.__tcTiming.events,
      longTasks: window.__tcTiming.longTasks,
    }));
    const result = summarise(events, longTasks, firstStep);
    if (profile) result.profile = (await cdp.send('Profiler.stop')).profile;
    if (trace) {
      const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
      await cdp.send('Tracing.end');
      await done;
      result.trace = traceEvents;
    }
    return result;
  } finally {
    await context.close();
  }
}

/**
 * One row per interaction (the entries sharing an interactionId: a click's pointerdown,
 * pointerup and click; a key's keydown and keyup), with its longest entry's figures; long tasks
 * after the first step. Entries without an interactionId (hover, input, change) are not
 * interactions of their own: their time is inside the interaction that caused them.
 */
function summarise(events, longTasks, firstStep) {
  const byInteraction = new Map();
  for (const e of events.filter((e) => e.interactionId)) {
    const all = byInteraction.get(e.interactionId) || [];
    all.push(e);
    byInteraction.set(e.interactionId, all);
  }
  const interactions = [...byInteraction.values()]
    .map((entries) => {
      const longest = entries.reduce((x, y) => (y.duration > x.duration ? y : x));
      return { ...longest, events: [...new Set(entries.map((e) => e.name))].join(' ') };
    })
    .filter((i) => i.startTime >= firstStep)
    .sort((x, y) => y.duration - x.duration);
  const after = longTasks.filter((t) => t.startTime >= firstStep).sort((x, y) => y.duration - x.duration);
  return {
    interactions,
    longTasks: after,
    summary: {
      slowest: interactions[0]?.duration ?? 0,
      slowestAction: interactions[0]?.action ?? '',
      over100: interactions.filter((i) => i.duration > 100).length,
      longTasks: after.length,
      longTasksOver50: after.filter((t) => t.duration > 50).length,
      longestTask: after[0]?.duration ?? 0,
    },
  };
}

/** The browser's own rendering work in a trace, by phase: none of these nest in another. */
const PHASES = {
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
};

/**
 * Per UI action (from the `tc-action:` marks), the renderer main thread's CPU time in tasks and
 * its longest task's, and of that time the browser's style recalculation, layout and paint
 * (pre-paint, paint and layerization), in thread milliseconds, from a trace of
 * `journeyTiming({ trace: true })`; the load, before the first action, is left out. What is
 * left is script (the widget's wasm and Yew, the driver's own page scripts) and the event loop.
 */
export function cpuByAction(trace) {
  const marks = trace
    .filter((e) => e.name.startsWith('tc-action: '))
    .map((e) => ({ ts: e.ts, action: e.name.slice('tc-action: '.length) }))
    .sort((a, b) => a.ts - b.ts);
  const isTask = (e) => e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask');
  const byThread = new Map();
  for (const e of trace.filter(isTask)) byThread.set(`${e.pid}:${e.tid}`, (byThread.get(`${e.pid}:${e.tid}`) || 0) + (e.tdur || 0));
  const main = [...byThread].sort((a, b) => b[1] - a[1])[0]?.[0];
  const cpu = {};
  for (const e of trace) {
    if (e.ph !== 'X' || `${e.pid}:${e.tid}` !== main || !marks.length || e.ts < marks[0].ts) continue;
    const phase = PHASES[e.name];
    if (!isTask(e) && !phase) continue;
    let action = marks[0].action;
    for (const m of marks) if (m.ts <= e.ts) action = m.action;
    const a = (cpu[action] ??= { cpu: 0, longest: 0, style: 0, layout: 0, paint: 0 });
    const t = (e.tdur || 0) / 1000;
    if (phase) {
      a[phase] += t;
    } else {
      a.cpu += t;
      a.longest = Math.max(a.longest, t);
    }
  }
  return cpu;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : 0;
};

/**
 * Runs `runs` journeys (each in a fresh context) on `url`, or on dist/ served on loopback with
 * a language switch, and returns every run and the medians.
 */
export async function measureJourneys({ runs = 3, cpuRate = 4, url, dir, trace = false } = {}) {
  const server = url ? null : await startServer({ dir, overrides: { '/index.html': withLanguages } });
  const browser = await launchChromium();
  try {
    const results = [];
    for (let i = 0; i < runs; i++) {
      const r = await journeyTiming({ browser, url: url || server.url, cpuRate, trace });
      if (trace) {
        r.cpu = cpuByAction(r.trace);
        delete r.trace;
      }
      results.push(r);
    }
    const pick = (k) => median(results.map((r) => r.summary[k]));
    return {
      runs: results,
      median: { slowest: pick('slowest'), over100: pick('over100'), longTasksOver50: pick('longTasksOver50'), longestTask: pick('longestTask') },
    };
  } finally {
    await Promise.all([browser.close(), server?.close()]);
  }
}

function table(rows, columns) {
  const widths = columns.map(([h, f]) => Math.max(h.length, ...rows.map((r) => String(f(r)).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  return [line(columns.map(([h]) => h)), line(widths.map((w) => '-'.repeat(w))), ...rows.map((r) => line(columns.map(([, f]) => f(r))))].join('\n');
}

async function main(argv) {
  const opt = (name, fallback) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : fallback;
  };
  const runs = Number(opt('runs', 3));
  const cpuRate = Number(opt('cpu', 4));
  const top = Number(opt('top', 15));
  const dir = opt('dist');
  const trace = argv.includes('--trace');
  const result = await measureJourneys({ runs, cpuRate, url: opt('url'), dir: dir && resolve(dir), trace });
  if (argv.includes('--json')) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  const ms = (v) => Math.round(v);
  result.runs.forEach((r, i) => {
    console.log(`\nrun ${i + 1} (CPU ${cpuRate}×): slowest interaction ${ms(r.summary.slowest)} ms (${r.summary.slowestAction}), ` +
      `${r.summary.over100} over 100 ms; ${r.summary.longTasks} long tasks after the first step, ${r.summary.longTasksOver50} over 50 ms (longest ${ms(r.summary.longestTask)} ms)`);
    console.log(table(r.interactions.slice(0, top), [
      ['ms', (x) => ms(x.duration)],
      ['delay', (x) => ms(x.inputDelay)],
      ['handlers', (x) => ms(x.processing)],
      ['paint', (x) => ms(x.presentation)],
      ['events', (x) => x.events],
      ['action', (x) => x.action],
      ['target', (x) => x.target],
    ]));
    if (r.longTasks.length) {
      console.log('long tasks:');
      console.log(table(r.longTasks, [['ms', (x) => ms(x.duration)], ['during', (x) => x.action]]));
    }
  });
  if (trace) {
    const actions = Object.keys(result.runs[0].cpu);
    const rows = actions.map((a) => ({
      a,
      cpu: median(result.runs.map((r) => r.cpu[a]?.cpu ?? 0)),
      longest: median(result.runs.map((r) => r.cpu[a]?.longest ?? 0)),
      style: median(result.runs.map((r) => r.cpu[a]?.style ?? 0)),
      layout: median(result.runs.map((r) => r.cpu[a]?.layout ?? 0)),
      paint: median(result.runs.map((r) => r.cpu[a]?.paint ?? 0)),
    }));
    rows.sort((x, y) => y.longest - x.longest);
    console.log(`\nmain-thread CPU per action, median of ${runs} (thread ms at ${cpuRate}× CPU; style, layout and paint are part of all tasks):`);
    console.log(table(rows.slice(0, top), [
      ['longest task', (x) => x.longest.toFixed(1)],
      ['all tasks', (x) => x.cpu.toFixed(1)],
      ['style', (x) => x.style.toFixed(1)],
      ['layout', (x) => x.layout.toFixed(1)],
      ['paint', (x) => x.paint.toFixed(1)],
      ['action', (x) => x.a],
    ]));
    const sum = (key) => median(result.runs.map((r) => Object.values(r.cpu).reduce((s, v) => s + v[key], 0)));
    const rendering = sum('style') + sum('layout') + sum('paint');
    const total = sum('cpu');
    console.log(`the browser's style, layout and paint: ${rendering.toFixed(0)} ms (style ${sum('style').toFixed(0)}, layout ${sum('layout').toFixed(0)}, paint ${sum('paint').toFixed(0)})`);
    const over = median(result.runs.map((r) => Object.values(r.cpu).filter((v) => v.longest > 50).length));
    console.log(`all actions: ${total.toFixed(0)} ms of main-thread CPU; actions with a task over 50 ms: ${over}`);
  }
  const m = result.median;
  console.log(`\nmedian of ${runs}: slowest interaction ${ms(m.slowest)} ms, ${m.over100} interactions over 100 ms, ` +
    `${m.longTasksOver50} long tasks over 50 ms (longest ${ms(m.longestTask)} ms)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
