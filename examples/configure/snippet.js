// The configurator's model and its two texts: the snippet a clinic copies, and the attributes and
// JSON script the preview and the checker get. A model is plain data:
//   { loader, attributes: { name: text }, treatments: [{ id, offered, from, to, per }],
//     text: [{ lang, key, value }], font }
// where an empty attribute is absent and every value is kept as the clinic typed it (the widget's
// own code judges it). `snippetOf(parseSnippet(s).model)` is `s` for any snippet `snippetOf`
// wrote: the configurator's snippets are canonical.

export const DEFAULT_LOADER = '/treatment-compare/treatment-compare.js';
export const PRICE_UNITS = ['session', 'treatment', 'syringe'];

/** A model with nothing set: every treatment offered, no prices, no texts. */
export function emptyModel(facts) {
  return {
    loader: DEFAULT_LOADER,
    attributes: Object.fromEntries(facts.attributes.map((name) => [name, ''])),
    treatments: facts.treatments.map((id) => ({ id, offered: true, from: '', to: '', per: '' })),
    text: [],
    font: '',
  };
}

const present = (value) => typeof value === 'string' && value.trim() !== '';

/** The element's attributes, in the documented order, as [name, value] pairs (set ones only). */
export function attributesOf(model) {
  return Object.entries(model.attributes).filter(([, value]) => present(value));
}

/** A JSON string literal that cannot end the <script> it sits in (`<` written as \u003c). */
function jsonString(text) {
  return JSON.stringify(text).replace(/</g, '\\u003c');
}

const JSON_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;

/** A price as the clinic typed it: a JSON number when it is one, else the text (the checker says why). */
function jsonAmount(text) {
  const trimmed = text.trim();
  return JSON_NUMBER.test(trimmed) ? trimmed : jsonString(text);
}

function priceOf(t) {
  const parts = [];
  if (t.from !== '') parts.push(`"from": ${jsonAmount(t.from)}`);
  if (t.to !== '') parts.push(`"to": ${jsonAmount(t.to)}`);
  if (t.per !== '') parts.push(`"per": ${jsonString(t.per)}`);
  return parts.length ? `{ "price": { ${parts.join(', ')} } }` : '{}';
}

/** The text rows grouped by language, in the order the languages first appear. */
function textByLanguage(model) {
  const groups = new Map();
  for (const row of model.text) {
    if (row.lang === '' && row.key === '' && row.value === '') continue;
    if (!groups.has(row.lang)) groups.set(row.lang, []);
    groups.get(row.lang).push(row);
  }
  return groups;
}

/** The JSON script's lines (no indentation of their own), or null when nothing needs one. */
export function scriptLines(model) {
  const fields = [];
  const offered = model.treatments.filter((t) => t.offered);
  const everything = offered.length === model.treatments.length && offered.every((t) => priceOf(t) === '{}');
  if (!everything) {
    const rows = offered.map((t, i) => `    ${jsonString(t.id)}: ${priceOf(t)}${i < offered.length - 1 ? ',' : ''}`);
    fields.push(offered.length ? ['  "treatments": {', ...rows, '  }'] : ['  "treatments": {}']);
  }
  const groups = [...textByLanguage(model)];
  if (groups.length) {
    const lines = ['  "text": {'];
    groups.forEach(([lang, rows], g) => {
      lines.push(`    ${jsonString(lang)}: {`);
      rows.forEach((row, i) => lines.push(`      ${jsonString(row.key)}: ${jsonString(row.value)}${i < rows.length - 1 ? ',' : ''}`));
      lines.push(`    }${g < groups.length - 1 ? ',' : ''}`);
    });
    lines.push('  }');
    fields.push(lines);
  }
  if (!fields.length) return null;
  const body = fields.flatMap((lines, i) => (i < fields.length - 1 ? [...lines.slice(0, -1), `${lines.at(-1)},`] : lines));
  return ['{', ...body, '}'];
}

/** The JSON script's text, or null. */
export function scriptOf(model) {
  return scriptLines(model)?.join('\n') ?? null;
}

/** An attribute value written between double quotes. */
export function escapeAttribute(value) {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Why `font` cannot go into a <style> rule, or null when it can (`supports` is CSS.supports). */
export function fontProblem(font, supports) {
  if (!present(font)) return null;
  if (/[<>{};\\]/.test(font) || !supports('font-family', font)) return 'invalid';
  return null;
}

/** The snippet to copy: the loader's script tag, the font rule if any, the element and its JSON. */
export function snippetOf(model, supports = () => true) {
  // Render-blocking, as the README's snippet: the loader then keeps the widget's first step's
  // space free from the page's first frame (no layout shift).
  const src = escapeAttribute(model.loader.trim() || DEFAULT_LOADER);
  const lines = [`<script type="module" src="${src}" blocking="render"></script>`];
  // Beside the loader, as the README's snippet: the message for browsers without modules (never
  // fetched by one with them). Only where the loader keeps its file name, to find its sibling.
  if (/(^|\/)treatment-compare\.js$/.test(src)) {
    lines.push(`<script nomodule src="${src.replace(/treatment-compare\.js$/, 'treatment-compare-nomodule.js')}"></script>`);
  }
  lines.push('');
  if (present(model.font) && !fontProblem(model.font, supports)) {
    lines.push('<style>', `  treatment-compare { --tc-font: ${model.font.trim()}; }`, '</style>', '');
  }
  const attributes = attributesOf(model).map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  const script = scriptLines(model);
  if (!script) {
    lines.push(`<treatment-compare${attributes}></treatment-compare>`);
  } else {
    lines.push(`<treatment-compare${attributes}>`, '  <script type="application/json">');
    for (const line of script) lines.push(`    ${line}`);
    lines.push('  </script>', '</treatment-compare>');
  }
  return `${lines.join('\n')}\n`;
}

/** A price amount from the JSON, as the form shows it. */
function amountText(value) {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * Reads a pasted snippet with DOMParser (an inert document: nothing in it runs or loads) into
 * `{ model, raw: { attributes, script } | null, found, ignored }`: the model the form shows,
 * the element's own attributes and JSON text as pasted (for the checker: what the widget would
 * say of the snippet itself), how many elements there were and the attributes the widget does
 * not read.
 */
export function parseSnippet(html, facts) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const elements = doc.querySelectorAll('treatment-compare');
  const model = emptyModel(facts);
  const result = { model, raw: null, found: elements.length, ignored: [] };
  const loader = doc.querySelector('script[src]');
  if (loader) model.loader = loader.getAttribute('src');
  for (const style of doc.querySelectorAll('style')) {
    const font = /--tc-font\s*:\s*([^;}]*)/.exec(style.textContent);
    if (font) model.font = font[1].trim();
  }
  const element = elements[0];
  if (!element) return result;
  const attributes = {};
  for (const { name, value } of element.attributes) {
    if (facts.attributes.includes(name)) {
      attributes[name] = value;
      model.attributes[name] = value;
    } else {
      result.ignored.push(name);
    }
  }
  const script = element.querySelector(':scope > script[type="application/json"]');
  const text = script ? script.textContent : null;
  result.raw = { attributes, script: text };
  let json = null;
  try {
    json = text && text.trim() ? JSON.parse(text) : null;
  } catch {
    json = null; // the checker says what is wrong with it
  }
  if (json && typeof json === 'object' && !Array.isArray(json)) {
    const treatments = json.treatments;
    if (treatments && typeof treatments === 'object' && !Array.isArray(treatments)) {
      for (const t of model.treatments) {
        const given = Object.hasOwn(treatments, t.id) ? treatments[t.id] : undefined;
        t.offered = given !== undefined;
        const price = given && typeof given === 'object' ? given.price : null;
        if (price && typeof price === 'object') {
          t.from = amountText(price.from);
          t.to = amountText(price.to);
          t.per = typeof price.per === 'string' && PRICE_UNITS.includes(price.per) ? price.per : '';
        }
      }
    }
    const tables = json.text;
    if (tables && typeof tables === 'object' && !Array.isArray(tables)) {
      for (const [lang, table] of Object.entries(tables)) {
        if (!table || typeof table !== 'object' || Array.isArray(table)) continue;
        for (const [key, value] of Object.entries(table)) {
          if (typeof value === 'string') model.text.push({ lang, key, value });
        }
      }
    }
  }
  return result;
}
