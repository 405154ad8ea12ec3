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
//
// The copy is one tree for every built-in language (src/loader/first-screen.json, whose texts
// are references to the text tables), packed by the build (`tc:build`, scripts/build-loader.mjs,
// scripts/first-screen.mjs): `FIRST_SCREEN` holds the screen (`tree`), what a ticked concern
// adds (`severity`) and the hint shown while none is (`hint`), each node `[tag, attributes,
// ...children]` or a string, with a number where a text goes; `SCREEN_TEXTS[lang]` holds the
// texts those numbers stand for in each built-in language. tests/e2e/first-screen.test.mjs
// checks the tree, filled in per language, against the built widget
// (`TC_WRITE_FIRST_SCREEN=1 node --test tests/e2e/first-screen.test.mjs` writes it anew).
import { FIRST_SCREEN, SCREEN_TEXTS } from 'tc:build';
import { builtIn, languageTag } from './language.js';
import { TAG } from './names.js';
import { styles } from './space.js';

const EARLY = 'data-tc-early';

/**
 * The element's first screen: [its texts (`SCREEN_TEXTS[lang]`), language tag], or null where the
 * copy does not apply.
 */
export function firstScreen(element, lang) {
  if (!builtIn(lang) || element.hasAttribute('languages') || !styles()) return null;
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
  return tag && tag.split(/[-_]/)[0].toLowerCase() === lang ? [SCREEN_TEXTS[lang], tag] : null;
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

/** A DOM node from the first screen's tree, its texts and `{...}` holes filled by `fill`. */
function build(node, fill) {
  if (!Array.isArray(node)) return document.createTextNode(fill(node, true));
  const [tag, attributes, ...children] = node;
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, fill(value, false));
  for (const child of children) element.append(build(child, fill));
  return element;
}

/** The first screen, drawn: its container, and what the visitor does there until the widget takes over. */
export function drawFirstScreen(element, [texts, tag]) {
  const uid = `tc${Math.floor(Math.random() * 1e9)}`;
  const clinic = (element.getAttribute('clinic-name') ?? '').trim();
  // A number is a text of the language shown; a string may have holes.
  const fill = (value, text) =>
    typeof value === 'number' ? texts[value] : text && value === '{clinic}' ? clinic : value.replaceAll('{uid}', uid).replaceAll('{lang}', tag);
  const container = document.createElement('div');
  container.setAttribute(EARLY, '');
  // As the widget sets it on its own root (src/web.rs).
  const accent = accentColour(element);
  if (accent) container.style.setProperty('--tc-accent', accent);
  container.append(build(FIRST_SCREEN.tree, fill));
  const early = { container, next: false, touched: false };
  container.addEventListener('input', () => (early.touched = true), { capture: true });
  // What the widget shows for the concerns ticked (src/ui/components/concern_choice.rs, nav.rs).
  const update = () => {
    const boxes = [...container.querySelectorAll('input[name="concern"]')];
    for (const box of boxes) {
      const choice = box.closest('li');
      const severity = choice.querySelector(':scope > .tc-severity');
      choice.classList.toggle('tc-checked', box.checked);
      if (box.checked && !severity) choice.append(build(FIRST_SCREEN.severity, (v, text) => fill(v, text).replaceAll('{concern}', box.value)));
      if (!box.checked) severity?.remove();
    }
    const any = boxes.some((box) => box.checked);
    const next = container.querySelector('.tc-next');
    container.querySelector('.tc-hint').textContent = any ? '' : fill(FIRST_SCREEN.hint, true);
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
export async function handOver(early, mountPoint, shadow) {
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
