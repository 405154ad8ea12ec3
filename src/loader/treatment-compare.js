// The <treatment-compare> custom element: the one file a clinic's page loads
// (<script type="module" src=".../treatment-compare/treatment-compare.js">).
//
// It defines the element and nothing else. The WebAssembly module is fetched when the first
// element appears and shared by every instance on the page. Each element renders into its own
// open shadow root; the widget (Rust, src/web.rs) reads the element's attributes and its
// <script type="application/json"> child, shows a clear message when they are invalid, and
// dispatches the tc-ready, tc-completed and tc-booking-requested events on the element.
//
// A failure of the widget's code (a panic, reported by src/containment.rs, or a trap) stops the
// one instance all elements share: each then shows a "please reload" message and fires tc-error
// ({ field: "widget", message }), and nothing calls into the instance again.
//
// Loading takes one round trip after this file: once the page has painted, the first element
// starts wasm-bindgen's module (a dynamic import) and the WebAssembly (fetch) at once, rather
// than the module first and the WebAssembly when the module asks for it. Meanwhile each element
// shows the widget's first screen at once, drawn from a copy this file carries ("First screen"
// below), which the visitor can already answer; the widget takes over from it with what was
// entered. Where that copy does not apply (a clinic's own texts or language, answers to
// restore), the element keeps the first step's height free instead ("Reserved space"), so the
// page around it does not move when the widget appears: nothing for the page's CLS either way.
//
// `scripts/package-widget.sh` (a Trunk post-build hook) copies this file next to the built
// module, rewrites the two file names below to their content-hashed versions and writes in the
// widget's stylesheet and first screen (scripts/inline-loader.mjs).
const MODULE_URL = new URL('./treatment_compare.js', import.meta.url);
const WASM_URL = new URL('./treatment_compare_bg.wasm', import.meta.url);
const TAG = 'treatment-compare';

/** The widget's stylesheet (styles/*.css), written in when packaged (scripts/inline-loader.mjs). */
const WIDGET_CSS = '';

/**
 * The widget's first screen per built-in language, as the built widget renders it (a DOM tree:
 * `[tag, attributes, ...children]` or a text), with what a ticked concern adds and the hint
 * shown while none is: src/loader/first-screen.json, written in when packaged.
 * tests/e2e/first-screen.test.mjs checks it against the built widget
 * (`TC_WRITE_FIRST_SCREEN=1 node --test tests/e2e/first-screen.test.mjs` writes it anew).
 */
const FIRST_SCREENS = null;

/** Every attribute the widget reads; changing one re-renders the widget. */
const ATTRIBUTES = ['clinic-name', 'booking-url', 'contact-text', 'locale', 'languages', 'currency', 'not-offered', 'accent-color', 'remember'];

/**
 * The message shown when the widget itself cannot load, per built-in language (the same texts
 * as `embed.load_failed` in the text tables; a native test keeps them equal). A clinic's own
 * text for its language (`"text": {"fr": {"embed.load_failed": "..."}}`) wins.
 */
const LOAD_FAILED = {
  en: 'The treatment comparison could not be loaded. Please reload the page.',
  es: 'No se puede cargar la comparación de tratamientos. Vuelva a cargar la página.',
};

/**
 * Where the browser cannot run the widget at all, per built-in language; other languages get
 * English. No WebAssembly: switched off (iOS Lockdown Mode, a browser's enhanced security mode,
 * an administrator's policy) or too old; or no stylesheets adopted into shadow roots (Safari
 * before 16.4, Firefox before 101), without which the widget would show unstyled. Not a text a
 * clinic overrides: the widget's own text tables are in the WebAssembly.
 */
const UNSUPPORTED = {
  en: 'This browser cannot show the treatment comparison. Please open the page in an up-to-date browser.',
  es: 'Este navegador no puede mostrar la comparación de tratamientos. Abra la página en un navegador actualizado.',
};
const supported = typeof WebAssembly === 'object' && typeof ShadowRoot === 'function' && 'adoptedStyleSheets' in ShadowRoot.prototype;

/** After a failure: `embed.crashed`, likewise. */
const CRASHED = {
  en: 'Something went wrong in the treatment comparison. Please reload the page.',
  es: 'Algo ha fallado en la comparación de tratamientos. Vuelva a cargar la página.',
};

/** wasm-bindgen's `Widget` class, once its module is imported. */
let Widget = null;
let loading = null;
/**
 * Resolves once the page has painted its first frame (with each element's reserved space): the
 * WebAssembly's download then takes no bandwidth from what the page needs for that frame (its
 * styles, its largest image: the page's own LCP). At once in a hidden page, which paints nothing.
 */
function afterFirstPaint() {
  return new Promise((ok) => {
    if (document.visibilityState === 'hidden' || performance.getEntriesByType('paint').length > 0) return ok();
    try {
      // The browser reports the first paint once it is on screen.
      new PerformanceObserver((_, observer) => {
        observer.disconnect();
        ok();
      }).observe({ type: 'paint' });
    } catch {
      // No paint timing: the frames below.
    }
    // A page that paints nothing still gets its widget, a little later.
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 100)));
  });
}

/**
 * Instantiates the WebAssembly module once per page, whatever the number of elements. The
 * module's import and the WebAssembly's download run side by side; wasm-bindgen's `init` takes
 * the response's promise (and compiles the WebAssembly as it streams in).
 */
/** A promise fulfilled in a later task (after the browser has had the chance to do other work). */
function nextTask() {
  return new Promise((ok) => setTimeout(ok, 0));
}

/** Whether the WebAssembly is running: an element added from then on mounts at once. */
let wasmStarted = false;

function loadModule() {
  loading ??= afterFirstPaint().then(() => {
    const wasm = fetch(WASM_URL);
    wasm.catch(() => {}); // init reports it
    return import(MODULE_URL.href).then((module) => {
      Widget = module.Widget;
      return module.default({ module_or_path: wasm }).then(() => {
        Widget.on_panic(stopAll);
        wasmStarted = true;
      });
    });
  });
  return loading;
}

// ---- First screen ----------------------------------------------------------------------------
//
// The WebAssembly is most of what a clinic ships (about 200 KB); on a phone it takes a second or
// more to arrive. The widget's first screen (the header, the steps, the concerns and Next) is
// fixed for a built-in language, so this file carries it as the built widget renders it and
// draws it at once, styled by the widget's own stylesheet. It is a real form: the visitor can
// tick concerns (what the widget shows for a ticked one, the "how noticeable" select, appears as
// the widget would show it), choose how noticeable, and press Next. When the widget has rendered
// its first screen, hidden behind this one, the two are swapped in the same task: the widget is
// given what the visitor entered (the same ticks and choices, as clicks and changes on its own
// controls, then Next if it was pressed) and the focus, before the browser paints again, so
// nothing flickers, moves or is lost. It is drawn only where the widget's first screen is known
// for certain: a built-in language with the clinic's own texts for none of it, no language
// switch, and no answers to bring back (the tab's or device's stored answers, a shared link).

const EARLY = 'data-tc-early';

/** The element's first screen: [screen, language tag], or null where the copy does not apply. */
function firstScreen(element, lang) {
  const screen = FIRST_SCREENS?.screens?.[lang];
  if (!screen || element.hasAttribute('languages') || !styles()) return null;
  // An accent colour that is not one: the widget will say so.
  if (accentColour(element) === null) return null;
  const json = element.querySelector(':scope > script[type="application/json"]');
  if (json) {
    try {
      if (JSON.parse(json.textContent)?.text) return null;
    } catch {
      return null; // the widget will say what is wrong
    }
  }
  if (location.hash.includes('tc-') || hasStoredAnswers()) return null;
  const tag = languageTag(element);
  return tag && tag.split(/[-_]/)[0].toLowerCase() === lang ? [screen, tag] : null;
}

/** The element's `accent-color`: '' for none, null if it is not a CSS colour (src/config/mod.rs). */
function accentColour(element) {
  const colour = (element.getAttribute('accent-color') ?? '').trim();
  return colour === '' || CSS.supports('color', colour) ? colour : null;
}

/** Whether the tab or the device holds a widget's answers for this page (src/ui/keep.rs). */
function hasStoredAnswers() {
  const prefix = `${TAG}:${location.pathname}:`;
  try {
    for (const storage of [sessionStorage, localStorage]) {
      for (let i = 0; i < storage.length; i++) if (storage.key(i)?.startsWith(prefix)) return true;
    }
  } catch {
    // Storage blocked: the widget cannot restore anything either.
  }
  return false;
}

/** The language tag the widget shows (src/config/language.rs) when only built-in languages are offered. */
function languageTag(element) {
  const valid = (tag) => /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$/.test(tag);
  const builtIn = (tag) => valid(tag) && Object.hasOwn(FIRST_SCREENS.screens, tag.split(/[-_]/)[0].toLowerCase());
  const locale = element.getAttribute('locale');
  if (locale !== null) return builtIn(locale.trim()) ? locale.trim() : null;
  const page = [document.documentElement.getAttribute('lang'), ...(navigator.languages || [])];
  return page.map((tag) => String(tag ?? '').trim()).find(builtIn) ?? 'en';
}

/** A DOM node from the first screen's tree, its `{...}` holes filled by `fill`. */
function build(node, fill) {
  if (typeof node === 'string') return document.createTextNode(fill(node, true));
  const [tag, attributes, ...children] = node;
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, fill(value, false));
  for (const child of children) element.append(build(child, fill));
  return element;
}

/** The first screen, drawn: its container, and what the visitor does there until the widget takes over. */
function drawFirstScreen(element, [screen, tag]) {
  const uid = `tc${Math.floor(Math.random() * 1e9)}`;
  const clinic = (element.getAttribute('clinic-name') ?? '').trim();
  const fill = (value, text) => (text && value === '{clinic}' ? clinic : value.replaceAll('{uid}', uid).replaceAll('{lang}', tag));
  const container = document.createElement('div');
  container.setAttribute(EARLY, '');
  // As the widget sets it on its own root (src/web.rs).
  const accent = accentColour(element);
  if (accent) container.style.setProperty('--tc-accent', accent);
  container.append(build(screen.tree, fill));
  const early = { container, next: false, touched: false };
  container.addEventListener('input', () => (early.touched = true), { capture: true });
  // What the widget shows for the concerns ticked (src/ui/components/concern_choice.rs, nav.rs).
  const update = () => {
    const boxes = [...container.querySelectorAll('input[name="concern"]')];
    for (const box of boxes) {
      const choice = box.closest('li');
      const severity = choice.querySelector(':scope > .tc-severity');
      choice.classList.toggle('tc-checked', box.checked);
      if (box.checked && !severity) choice.append(build(screen.severity, (v, text) => fill(v, text).replaceAll('{concern}', box.value)));
      if (!box.checked) severity?.remove();
    }
    const any = boxes.some((box) => box.checked);
    const next = container.querySelector('.tc-next');
    container.querySelector('.tc-hint').textContent = any ? '' : screen.hint;
    if (any) {
      next.removeAttribute('aria-disabled');
      next.removeAttribute('aria-describedby');
    } else {
      next.setAttribute('aria-disabled', 'true');
      next.setAttribute('aria-describedby', `${uid}-hint`);
    }
  };
  container.addEventListener('change', ({ target }) => {
    if (target.name === 'concern') update();
    // The widget marks the option chosen.
    else if (target.localName === 'select') for (const option of target.options) option.selected ? option.setAttribute('selected', 'selected') : option.removeAttribute('selected');
  });
  container.addEventListener('click', (event) => {
    if (event.target.closest?.('.tc-next')) early.next = early.touched = true;
  });
  container.addEventListener('submit', (event) => event.preventDefault());
  return early;
}

/** A selector for the control `control` of the first screen, the same in the widget's. */
function controlSelector(control) {
  if (control.matches('.tc-next')) return '.tc-next';
  const name = control.getAttribute('name');
  if (!name) return null;
  const value = control.type === 'checkbox' ? `[value="${CSS.escape(control.value)}"]` : '';
  return `${control.localName}[name="${CSS.escape(name)}"]${value}`;
}

/**
 * Waits until `done()` or the widget is gone: first through microtasks (Yew renders in one),
 * then through timeouts (its scheduler yields with `setTimeout` after 16 ms of work), 5 s at most.
 */
async function settled(done, mountPoint) {
  for (let i = 0; i < 50 && !done(); i++) await null;
  const started = performance.now();
  while (!done() && mountPoint.isConnected && performance.now() - started < 5000) await new Promise((ok) => setTimeout(ok, 0));
  return done();
}

/**
 * What the widget in `mountPoint` still lacks of what the visitor entered on the first screen:
 * functions that enter it (a tick's click, a select's choice), or null for what cannot be
 * entered yet (a select that appears once its concern's tick has rendered).
 */
function missing(early, mountPoint) {
  const out = [];
  for (const box of early.container.querySelectorAll('input[name="concern"]')) {
    const own = mountPoint.querySelector(`input[name="concern"][value="${CSS.escape(box.value)}"]`);
    if (own && own.checked !== box.checked) out.push(() => own.click());
  }
  for (const select of early.container.querySelectorAll('select[name]')) {
    const own = mountPoint.querySelector(`select[name="${CSS.escape(select.name)}"]`);
    if (!own) out.push(null);
    else if (own.value !== select.value) {
      out.push(() => {
        own.value = select.value;
        for (const type of ['input', 'change']) own.dispatchEvent(new Event(type, { bubbles: true }));
      });
    }
  }
  return out;
}

/**
 * Swaps the first screen for the widget in `mountPoint` once the widget has rendered its own
 * (hidden until then) and holds what the visitor entered, then gives it the focus and the
 * press of Next. The first screen stays answerable meanwhile; what is entered then is given
 * too.
 */
async function handOver(early, mountPoint, shadow) {
  const ready = () => mountPoint.querySelector('.tc-step, .tc-config-error, [role="alert"]') !== null;
  await settled(ready, mountPoint);
  if (mountPoint.querySelector('.tc-step[data-step="concerns"]') !== null) {
    for (let round = 0; round < 10; round++) {
      const entries = missing(early, mountPoint);
      if (entries.length === 0) break;
      for (const enter of entries) enter?.();
      await settled(() => missing(early, mountPoint).length === 0, mountPoint);
    }
  }
  // From here nothing waits: the widget replaces the first screen before the browser paints.
  const focused = shadow.activeElement && early.container.contains(shadow.activeElement) ? controlSelector(shadow.activeElement) : null;
  early.container.remove();
  mountPoint.style.display = '';
  if (!mountPoint.isConnected || mountPoint.querySelector('.tc-step[data-step="concerns"]') === null) return;
  if (early.next) mountPoint.querySelector('.tc-next')?.click();
  else if (focused) mountPoint.querySelector(focused)?.focus();
}

// ---- Reserved space --------------------------------------------------------------------------
//
// The element is empty until the WebAssembly arrives; the widget's first screen is then about
// 1,200px tall (2,600 on a 240px phone column). So that nothing on the page moves when it
// appears, the element's mount point gets the first step's height as its min-height at once,
// from the table below, for the element's width. It keeps it until the visitor first presses a
// key or a pointer anywhere on the page (the browser does not count a layout shift that follows
// input within 500 ms), or, sooner, once the widget's first screen is there and what follows
// the element is below the window both with the reserved height and without it (a shift out
// of sight is not counted either).

/**
 * The first step's height, in units of the widget's font size (`--tc-font-size`, 16px by
 * default), per built-in language, for a container 15, 16, ... 48 units wide (the widget is 48
 * units wide at most), with a language switch and a clinic's name, rounded up; a clinic's own
 * language is given Spanish's, the taller. tests/e2e/layout-shift.test.mjs checks it against the
 * built widget (`TC_WRITE_RESERVATION=1 node --test tests/e2e/layout-shift.test.mjs` writes it
 * anew).
 */
const FIRST_STEP_HEIGHTS = {
  en: [172, 165, 156.5, 151, 145, 138, 132, 129.5, 122.5, 122.5, 119.5, 116.5, 115, 110.5, 109, 106.5, 105, 106, 103.5, 103.5, 103.5, 91, 89, 89, 87.5, 86, 85, 83.5, 83.5, 83.5, 82, 82, 81, 79.5],
  es: [196, 179, 173, 162, 155, 153.5, 141.5, 140, 136, 129, 122, 120.5, 118, 118, 118, 118, 115, 116, 115, 113.5, 112, 99, 97.5, 96, 91.5, 91.5, 91.5, 91.5, 91.5, 90.5, 90.5, 87.5, 87.5, 83.5],
};
const FIRST_STEP_MIN_WIDTH = 15;

/**
 * The widget's stylesheet, made once and adopted into every element's shadow root before the
 * widget arrives (its `:host` rules lay the element out from the first frame, and a hostile
 * page's `* { padding: 20px !important }` does not reach it). The mark tells the widget's
 * code that its styles are there (src/web/styles.rs). Null where constructable stylesheets
 * are not supported.
 */
let widgetSheet;
function styles() {
  if (widgetSheet === undefined) {
    try {
      widgetSheet = new CSSStyleSheet();
      widgetSheet.replaceSync(WIDGET_CSS);
      widgetSheet.__treatmentCompareSheet = true;
    } catch {
      widgetSheet = null;
    }
  }
  return widgetSheet;
}

/** The height to keep free for the widget's first step in `element` (px), in language `lang`. */
function firstStepHeight(element, mountPoint, lang) {
  const heights = FIRST_STEP_HEIGHTS[lang] ?? FIRST_STEP_HEIGHTS.es;
  if (!heights) return 0;
  // The unit as the widget's CSS resolves it: var(--tc-font-size, 16px).
  mountPoint.style.fontSize = 'var(--tc-font-size, 16px)';
  const unit = parseFloat(getComputedStyle(mountPoint).fontSize) || 16;
  mountPoint.style.fontSize = '';
  const width = element.getBoundingClientRect().width / unit;
  if (!(width > 0)) return 0;
  const at = Math.min(heights.length - 1, Math.floor(width) - FIRST_STEP_MIN_WIDTH);
  // Narrower than the table: the text wraps about in proportion.
  const height = at < 0 ? (heights[0] * FIRST_STEP_MIN_WIDTH) / width : heights[at];
  return Math.ceil(height * unit);
}

/** Elements holding reserved space, and what releases it. */
const reservations = new Map();
/** The visitor's first key or pointer press releases every rendered element's reservation. */
function onInput() {
  for (const [element, reservation] of reservations) if (reservation.rendered) element[RELEASE]();
}
const RELEASE = Symbol('release');

/** The elements using the instance. */
const elements = new Set();
/** Why the instance stopped, once it has. */
let stopped = null;
/** A stopped instance's widgets: kept, so no finalizer calls into it. */
const stoppedWidgets = [];
const STOP = Symbol('stop');

function stopAll(reason) {
  if (stopped !== null) return;
  stopped = String(reason);
  console.error(`${TAG}: the widget stopped after an internal error; reloading the page starts it again.`, stopped);
  for (const element of elements) element[STOP]();
}

/** Calls into the instance; an exception out of it (a trap) stops it. */
function guarded(call) {
  if (stopped !== null) return undefined;
  try {
    return call();
  } catch (error) {
    stopAll(error);
    return undefined;
  }
}

// A trap with no panic first (out of memory) in one of the widget's event handlers: its top
// frame is in the widget's wasm.
const trapped = (error) => supported && error instanceof WebAssembly.RuntimeError && String(error.stack).split('\n')[1]?.includes(WASM_URL.href);
window.addEventListener('error', (event) => trapped(event.error) && stopAll(event.error));
window.addEventListener('unhandledrejection', (event) => trapped(event.reason) && stopAll(event.reason));

class TreatmentCompareElement extends HTMLElement {
  static observedAttributes = ATTRIBUTES;

  #widget = null;
  #mountPoint = null;
  /** The first screen drawn ahead of the widget, until the widget takes over. */
  #early = null;
  #observer = null;
  #refreshQueued = false;

  connectedCallback() {
    if (this.#widget) return; // moved within the page: keep the visitor's answers
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    if (!this.#mountPoint) {
      this.#mountPoint = document.createElement('div');
      shadow.append(this.#mountPoint);
    }
    if (stopped !== null) {
      this[STOP]();
      return;
    }
    if (!supported) {
      // Nothing to load: say so at once, in the visitor's language, instead of an empty box.
      const [lang, text] = this.#text('', UNSUPPORTED);
      this.#mountPoint.replaceChildren(this.#alert(lang, text));
      return;
    }
    elements.add(this);
    this.#adoptStyles(shadow);
    this.#drawOrReserve(shadow);
    // A failure to load or to start (which a page's own code cannot cause) shows a short
    // message in this element only and is logged.
    // Each widget mounts in a task of its own, not in the one that instantiated the WebAssembly:
    // the page stays responsive between them (shorter long tasks, less total blocking time).
    loadModule()
      .then(nextTask)
      .then(() => this.#mount())
      .catch((error) => this.#failed(error));
  }

  disconnectedCallback() {
    // A move (remove then insert in the same task) is not a removal.
    queueMicrotask(() => {
      if (!this.isConnected) this.#unmount();
    });
  }

  attributeChangedCallback() {
    // Before the widget, an attribute set after the element (a framework's) redraws the first
    // screen, unless the visitor has begun on it.
    if (this.#early && !this.#early.touched && this.isConnected) {
      this.#dropEarly();
      this.#drawOrReserve(this.shadowRoot);
    }
    this.#refreshSoon();
  }

  /** The first screen goes (a failure, a stop, a redraw); the mount point shows. */
  #dropEarly() {
    this.#early?.container.remove();
    this.#early = null;
    if (this.#mountPoint) this.#mountPoint.style.display = '';
  }

  /** Until the widget is there: its first screen (above), else the first step's height kept free. */
  #drawOrReserve(shadow) {
    // Once the WebAssembly runs, the widget renders in this task: no first screen needed.
    if (!wasmStarted && !this.#early && this.#mountPoint.childElementCount === 0) {
      const screen = firstScreen(this, this.#language());
      if (screen) {
        this[RELEASE]();
        this.#early = drawFirstScreen(this, screen);
        this.#mountPoint.style.display = 'none';
        shadow.append(this.#early.container);
      }
    }
    if (!this.#early) this.#reserve(shadow);
  }

  #adoptStyles(shadow) {
    const sheet = styles();
    if (sheet && !shadow.adoptedStyleSheets.includes(sheet)) shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  }

  /** Keeps the first step's height free in the mount point until the widget is there (above). */
  #reserve(shadow) {
    if (reservations.has(this) || this.#mountPoint.childElementCount > 0) return;
    const height = firstStepHeight(this, this.#mountPoint, this.#language());
    if (!height) return;
    this.#mountPoint.style.minHeight = `${height}px`;
    if (reservations.size === 0) {
      for (const type of ['pointerdown', 'keydown']) window.addEventListener(type, onInput, { capture: true, passive: true });
    }
    reservations.set(this, { height, rendered: false, observer: null });
  }

  /** Watches the first screen: released at once when what follows the element stays out of sight. */
  #watchReservation() {
    const reservation = reservations.get(this);
    if (!reservation) return;
    const mountPoint = this.#mountPoint;
    reservation.observer = new ResizeObserver(() => {
      const content = [...mountPoint.children].reduce((h, child) => Math.max(h, child.getBoundingClientRect().bottom), 0);
      const top = mountPoint.getBoundingClientRect().top;
      const shown = content - top;
      if (!(shown > 0)) return; // nothing rendered yet
      reservation.rendered = true;
      // A configuration error is a short message, not the first step.
      const problem = mountPoint.querySelector('.tc-config-error') !== null;
      if (problem || top + Math.min(shown, reservation.height) >= window.innerHeight) this[RELEASE]();
    });
    for (const child of mountPoint.children) reservation.observer.observe(child);
  }

  [RELEASE]() {
    const reservation = reservations.get(this);
    if (!reservation) return;
    reservations.delete(this);
    reservation.observer?.disconnect();
    if (this.#mountPoint) this.#mountPoint.style.minHeight = '';
    if (reservations.size === 0) {
      for (const type of ['pointerdown', 'keydown']) window.removeEventListener(type, onInput, { capture: true });
    }
  }

  #mount() {
    if (!this.isConnected || this.#widget || stopped !== null) return;
    const widget = (this.#widget = guarded(() => Widget.mount(this, this.#mountPoint)) ?? null);
    if (!widget) return;
    // The configuration is read; the widget renders in the next task (each half is shorter).
    nextTask().then(() => this.#widget === widget && guarded(() => widget.start()));
    if (this.#early) {
      const early = this.#early;
      this.#early = null;
      handOver(early, this.#mountPoint, this.shadowRoot).catch((error) => console.error(`${TAG}: could not hand the first screen over`, error));
    } else {
      this.#watchReservation();
    }
    // The configuration script may be added or edited after the element: follow it (but not
    // the widget's own announcements, in its light-DOM live regions).
    const own = (node) => (node.nodeType === 1 ? node : node.parentNode)?.closest?.('[data-tc-announcer]');
    this.#observer = new MutationObserver((records) => {
      if (records.some((r) => !own(r.target))) this.#refreshSoon();
    });
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
  }

  /** Several changes in one task re-render once. */
  #refreshSoon() {
    if (!this.#widget || this.#refreshQueued) return;
    this.#refreshQueued = true;
    queueMicrotask(() => {
      this.#refreshQueued = false;
      const widget = this.#widget;
      if (widget) guarded(() => widget.refresh());
    });
  }

  #unmount() {
    elements.delete(this);
    this[RELEASE]();
    this.#observer?.disconnect();
    this.#observer = null;
    const widget = this.#widget;
    this.#widget = null;
    if (widget) {
      guarded(() => {
        widget.unmount();
        widget.free();
      });
    }
  }

  /** The message instead of the widget: the mount point goes, with the widget's listeners. */
  [STOP]() {
    elements.delete(this);
    this.#dropEarly();
    this[RELEASE]();
    this.#observer?.disconnect();
    this.#observer = null;
    if (this.#widget) stoppedWidgets.push(this.#widget);
    this.#widget = null;
    if (this.#mountPoint?.dataset.tcStopped !== undefined) return;
    const shown = this.#mountPoint?.querySelector('.tc-root[lang]')?.lang;
    const [lang, text] = this.#text('embed.crashed', CRASHED, shown);
    const box = document.createElement('div');
    box.dataset.tcStopped = '';
    box.append(this.#alert(lang, text));
    if (this.#mountPoint) this.#mountPoint.replaceWith(box);
    else (this.shadowRoot ?? this.attachShadow({ mode: 'open' })).append(box);
    this.#mountPoint = box;
    for (const own of this.querySelectorAll(':scope > [slot="tc-announcer"]')) own.remove();
    const detail = { field: 'widget', message: stopped };
    this.dispatchEvent(new CustomEvent('tc-error', { bubbles: true, composed: true, detail }));
  }

  #failed(error) {
    console.error(`${TAG}: the widget could not be loaded`, error);
    this.#dropEarly();
    this[RELEASE]();
    if (!this.#mountPoint || stopped !== null) return;
    const [lang, text] = this.#text('embed.load_failed', LOAD_FAILED);
    this.#mountPoint.replaceChildren(this.#alert(lang, text));
  }

  #alert(lang, text) {
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.lang = lang;
    message.textContent = text;
    return message;
  }

  /** The clinic's own texts (`"text"` in the JSON), or none. */
  #clinicText() {
    try {
      const script = this.querySelector(':scope > script[type="application/json"]');
      return (script && JSON.parse(script.textContent).text) || {};
    } catch {
      return {}; // a malformed configuration: the built-in texts still serve
    }
  }

  /** The languages the widget would choose from, most wanted first (primary subtags). */
  #wanted(shown) {
    const tags = [shown, this.getAttribute('locale'), document.documentElement.lang, ...(navigator.languages || [])];
    return tags.map((tag) => String(tag || '').split(/[-_]/)[0].toLowerCase()).filter(Boolean);
  }

  /** The language the first step will be in: a built-in one, or `clinic` for a clinic's own. */
  #language() {
    const clinic = this.#clinicText();
    for (const lang of this.#wanted()) {
      if (clinic[lang]) return FIRST_STEP_HEIGHTS[lang] ? lang : 'clinic';
      if (LOAD_FAILED[lang]) return lang;
    }
    return 'en';
  }

  /** Text `key` as [lang, text] in the language shown (or that would be): the clinic's, else `builtIn`. */
  #text(key, builtIn, shown) {
    const clinic = this.#clinicText();
    for (const lang of this.#wanted(shown)) {
      const own = clinic[lang]?.[key];
      if (typeof own === 'string') return [lang, own];
      if (builtIn[lang]) return [lang, builtIn[lang]];
    }
    return ['en', builtIn.en];
  }
}

if (!customElements.get(TAG)) customElements.define(TAG, TreatmentCompareElement);
