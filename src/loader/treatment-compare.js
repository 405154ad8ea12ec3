// The <treatment-compare> custom element: the one file a clinic's page loads
// (<script type="module" src=".../treatment-compare/treatment-compare.js">).
//
// It defines the element and nothing else. The WebAssembly module is fetched when the first
// element appears and shared by every instance on the page. Each element renders into its own
// open shadow root; the widget (Rust, src/web.rs) reads the element's attributes and its
// <script type="application/json"> child, shows a clear message when they are invalid, and
// dispatches the tc-ready, tc-completed and tc-booking-requested events on the element.
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

let loading = null;
/** Instantiates the WebAssembly module once per page, whatever the number of elements. */
function loadModule() {
  loading ??= init({ module_or_path: WASM_URL });
  return loading;
}

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
    if (!this.isConnected || this.#widget) return;
    this.#widget = Widget.mount(this, this.#mountPoint);
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
      try {
        this.#widget?.refresh();
      } catch (error) {
        this.#failed(error);
      }
    });
  }

  #unmount() {
    this.#observer?.disconnect();
    this.#observer = null;
    const widget = this.#widget;
    this.#widget = null;
    widget?.unmount();
    widget?.free();
  }

  #failed(error) {
    console.error(`${TAG}: the widget could not be loaded`, error);
    if (!this.#mountPoint) return;
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    const [lang, text] = this.#loadFailedText();
    message.lang = lang;
    message.textContent = text;
    this.#mountPoint.replaceChildren(message);
  }

  /** The failure message in the language the widget would have shown: [lang, text]. */
  #loadFailedText() {
    let clinic = {};
    try {
      const script = this.querySelector(':scope > script[type="application/json"]');
      clinic = (script && JSON.parse(script.textContent).text) || {};
    } catch {
      // A malformed configuration: the built-in texts still serve.
    }
    const wanted = [this.getAttribute('locale'), document.documentElement.lang, ...(navigator.languages || [])];
    for (const tag of wanted) {
      const lang = String(tag || '').split(/[-_]/)[0].toLowerCase();
      const own = clinic[lang]?.['embed.load_failed'];
      if (typeof own === 'string') return [lang, own];
      if (LOAD_FAILED[lang]) return [lang, LOAD_FAILED[lang]];
    }
    return ['en', LOAD_FAILED.en];
  }
}

if (!customElements.get(TAG)) customElements.define(TAG, TreatmentCompareElement);
