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
// than the module first and the WebAssembly when the module asks for it. Until the widget's
// first screen is there, each element keeps the first step's height free (see "Reserved space"
// below), so the page around it does not move when it appears: nothing for the page's CLS.
//
// `scripts/package-widget.sh` (a Trunk post-build hook) copies this file next to the built
// module and rewrites the two file names below to their content-hashed versions.
const MODULE_URL = new URL('./treatment_compare.js', import.meta.url);
const WASM_URL = new URL('./treatment_compare_bg.wasm', import.meta.url);
const TAG = 'treatment-compare';

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
function loadModule() {
  loading ??= afterFirstPaint().then(() => {
    const wasm = fetch(WASM_URL);
    wasm.catch(() => {}); // init reports it
    return import(MODULE_URL.href).then((module) => {
      Widget = module.Widget;
      return module.default({ module_or_path: wasm }).then(() => Widget.on_panic(stopAll));
    });
  });
  return loading;
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
// of sight is not counted either). Until the widget's own stylesheet arrives, HOST_CSS lays the
// element out as the widget's `:host` rules (styles/widget.css) do, so that its box does not
// change then.

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

/** The widget's `:host` rules (styles/widget.css), for the element before the widget's own arrive. */
const HOST_CSS =
  ':host{display:block;float:none!important;box-sizing:border-box!important;height:auto!important;max-height:none!important;padding:0!important;border:none!important;overflow:visible!important;outline:none!important;text-decoration:none!important}' +
  ':host([hidden]){display:none!important}';
let hostSheet = null;

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
const trapped = (error) => error instanceof WebAssembly.RuntimeError && String(error.stack).split('\n')[1]?.includes(WASM_URL.href);
window.addEventListener('error', (event) => trapped(event.error) && stopAll(event.error));
window.addEventListener('unhandledrejection', (event) => trapped(event.reason) && stopAll(event.reason));

class TreatmentCompareElement extends HTMLElement {
  static observedAttributes = ATTRIBUTES;

  #widget = null;
  #mountPoint = null;
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
    elements.add(this);
    this.#reserve(shadow);
    // A failure to load or to start (which a page's own code cannot cause) shows a short
    // message in this element only and is logged.
    loadModule()
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
    this.#refreshSoon();
  }

  /** Keeps the first step's height free in the mount point until the widget is there (above). */
  #reserve(shadow) {
    if (reservations.has(this) || this.#mountPoint.childElementCount > 0) return;
    try {
      if (!hostSheet) {
        hostSheet = new CSSStyleSheet();
        hostSheet.replaceSync(HOST_CSS);
      }
      if (!shadow.adoptedStyleSheets.includes(hostSheet)) shadow.adoptedStyleSheets = [hostSheet, ...shadow.adoptedStyleSheets];
    } catch {
      // No constructable stylesheets: the page's own layout of the element stands.
    }
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
    this.#widget = guarded(() => Widget.mount(this, this.#mountPoint)) ?? null;
    if (!this.#widget) return;
    this.#watchReservation();
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
