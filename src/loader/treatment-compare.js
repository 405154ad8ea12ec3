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
// `scripts/package-widget.sh` (a Trunk post-build hook) copies this file next to the built
// module and rewrites the two file names below to their content-hashed versions.
import init, { Widget } from './treatment_compare.js';

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

let loading = null;
/** Instantiates the WebAssembly module once per page, whatever the number of elements. */
function loadModule() {
  loading ??= init({ module_or_path: WASM_URL }).then(() => Widget.on_panic(stopAll));
  return loading;
}

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

  #mount() {
    if (!this.isConnected || this.#widget || stopped !== null) return;
    this.#widget = guarded(() => Widget.mount(this, this.#mountPoint)) ?? null;
    if (!this.#widget) return;
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

  /** Text `key` as [lang, text] in the language shown (or that would be): the clinic's, else `builtIn`. */
  #text(key, builtIn, shown) {
    let clinic = {};
    try {
      const script = this.querySelector(':scope > script[type="application/json"]');
      clinic = (script && JSON.parse(script.textContent).text) || {};
    } catch {
      // A malformed configuration: the built-in texts still serve.
    }
    const wanted = [shown, this.getAttribute('locale'), document.documentElement.lang, ...(navigator.languages || [])];
    for (const tag of wanted) {
      const lang = String(tag || '').split(/[-_]/)[0].toLowerCase();
      const own = clinic[lang]?.[key];
      if (typeof own === 'string') return [lang, own];
      if (builtIn[lang]) return [lang, builtIn[lang]];
    }
    return ['en', builtIn.en];
  }
}

if (!customElements.get(TAG)) customElements.define(TAG, TreatmentCompareElement);
