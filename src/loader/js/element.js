// ---- The element ------------------------------------------------------------------------------
//
// <treatment-compare>: each element renders into its own open shadow root; the widget (Rust,
// src/web.rs) reads the element's attributes and its <script type="application/json"> child,
// shows a clear message when they are invalid, and dispatches the tc-ready, tc-completed and
// tc-booking-requested events on the element. Until it is there, the element shows the first
// screen (first-screen.js) or keeps the first step's height free (space.js).
import { CRASHED, LOAD_FAILED, UNSUPPORTED, language, text } from './language.js';
import { elements, guarded, STOP, stopAll, stopped, stoppedWidgets } from './containment.js';
import { drawFirstScreen, firstScreen, handOver } from './first-screen.js';
import { loadModule, nextTask, supported, wasmStarted, Widget } from './load.js';
import { ATTRIBUTES, TAG } from './names.js';
import { firstStepHeight, onInput, RELEASE, reservations, styles } from './space.js';

export class TreatmentCompareElement extends HTMLElement {
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
      const [lang, message] = text(this, 'embed.unsupported', UNSUPPORTED);
      this.#mountPoint.replaceChildren(this.#alert(lang, message));
      return;
    }
    elements.add(this);
    this.#adoptStyles(shadow);
    this.#drawOrReserve(shadow);
    // A failure to load or to start (which a page's own code cannot cause) shows a short
    // message in this element only and is logged.
    // Each widget mounts in a task of its own, not in the one that instantiated the WebAssembly:
    // the page stays responsive between them (shorter long tasks, less total blocking time).
    loadModule(stopAll)
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
      const screen = firstScreen(this, language(this));
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
    const height = firstStepHeight(this, this.#mountPoint, language(this));
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
    const [lang, message] = text(this, 'embed.crashed', CRASHED, shown);
    const box = document.createElement('div');
    box.dataset.tcStopped = '';
    box.append(this.#alert(lang, message));
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
    const [lang, message] = text(this, 'embed.load_failed', LOAD_FAILED);
    this.#mountPoint.replaceChildren(this.#alert(lang, message));
  }

  #alert(lang, content) {
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.lang = lang;
    message.textContent = content;
    return message;
  }
}
