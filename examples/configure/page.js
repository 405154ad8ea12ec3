// What the configurator's modules share: the page's language and text, the checker's facts and
// the widget's own text tables, and a DOM helper (no innerHTML anywhere: nothing a clinic types
// or pastes is parsed as markup in this page).
import { TEXT } from './text.js';

/** The page's language, the checker (the `configurator` wasm: `validate`, `textTable`), its facts, the widget's tables. */
export const page = { ui: 'en', checker: null, facts: null, tables: {} };

export const $ = (selector, root = document) => root.querySelector(selector);
export const $$ = (selector, root = document) => [...root.querySelectorAll(selector)];

/** The configurator's text `key` in the page's language, `{name}` blanks filled from `values`. */
export function say(key, values = {}) {
  let text = TEXT[page.ui][key] ?? TEXT.en[key] ?? key;
  for (const [name, value] of Object.entries(values)) text = text.replaceAll(`{${name}}`, String(value));
  return text;
}

/** Text `key`.one or `key`.other for `n`, by the page language's plural rules. */
export function plural(key, n) {
  const form = new Intl.PluralRules(page.ui).select(n) === 'one' ? 'one' : 'other';
  return say(`${key}.${form}`, { n });
}

/** The browser's CSS check (for the font, which only this page checks). */
export const cssSupports = (property, value) => CSS.supports(property, value);

/** A new element: attributes from `props` (`text` its text, `dataset` its data attributes). */
export function element(tag, props = {}, children = []) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (name === 'text') el.textContent = value;
    else if (name === 'dataset') Object.assign(el.dataset, value);
    else if (value !== undefined && value !== null && value !== false) el.setAttribute(name, value === true ? '' : value);
  }
  el.append(...children);
  return el;
}

/** The widget's own name for treatment `id` in the page's language. */
export function treatmentName(id) {
  return page.tables[page.ui]?.get(`results.treatments.${id}`) ?? page.tables.en.get(`results.treatments.${id}`) ?? id;
}
