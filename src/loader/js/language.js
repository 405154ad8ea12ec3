// ---- Language --------------------------------------------------------------------------------
//
// The language the element shows, chosen as the widget chooses it (src/config/language.rs), and
// the few texts the loader shows itself. The built-in languages are those of the text tables
// (src/text/<code>.json, Rust's `text::BUILT_IN`: tests/loader.rs), and the loader's messages
// are their `embed.load_failed`, `embed.crashed` and `embed.unsupported` (where the browser
// cannot run the widget at all: load.js's `supported`; treatment-compare-nomodule.js gets the same
// texts), taken from those files by the build (`tc:build`, scripts/build-loader.mjs) rather than
// copied here.
import { CRASHED, LOAD_FAILED, UNSUPPORTED } from 'tc:build';

export { CRASHED, LOAD_FAILED, UNSUPPORTED };

/** Whether `lang` (a primary subtag, lower case) is a built-in language. */
export const builtIn = (lang) => Object.hasOwn(LOAD_FAILED, lang);

/** The language tag the widget shows (src/config/language.rs) when only built-in languages are offered. */
export function languageTag(element) {
  const valid = (tag) => /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$/.test(tag);
  const known = (tag) => valid(tag) && builtIn(tag.split(/[-_]/)[0].toLowerCase());
  const locale = element.getAttribute('locale');
  if (locale !== null) return known(locale.trim()) ? locale.trim() : null;
  const page = [document.documentElement.getAttribute('lang'), ...(navigator.languages || [])];
  return page.map((tag) => String(tag ?? '').trim()).find(known) ?? 'en';
}

/** The clinic's own texts (`"text"` in the element's JSON), or none. */
function clinicText(element) {
  try {
    const script = element.querySelector(':scope > script[type="application/json"]');
    return (script && JSON.parse(script.textContent).text) || {};
  } catch {
    return {}; // a malformed configuration: the built-in texts still serve
  }
}

/** The languages the widget would choose from, most wanted first (primary subtags). */
function wanted(element, shown) {
  const tags = [shown, element.getAttribute('locale'), document.documentElement.lang, ...(navigator.languages || [])];
  return tags.map((tag) => String(tag || '').split(/[-_]/)[0].toLowerCase()).filter(Boolean);
}

/** The language the element's first step will be in: a built-in one, or `clinic` for a clinic's own. */
export function language(element) {
  const clinic = clinicText(element);
  for (const lang of wanted(element)) {
    if (clinic[lang]) return builtIn(lang) ? lang : 'clinic';
    if (builtIn(lang)) return lang;
  }
  return 'en';
}

/**
 * Text `key` as [lang, text] in the language the element shows (or would): the clinic's, else
 * `table`'s (per built-in language).
 */
export function text(element, key, table, shown) {
  const clinic = clinicText(element);
  for (const lang of wanted(element, shown)) {
    const own = clinic[lang]?.[key];
    if (typeof own === 'string') return [lang, own];
    if (table[lang]) return [lang, table[lang]];
  }
  return ['en', table.en];
}
