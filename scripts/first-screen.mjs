// The widget's first screen as the loader draws it before the WebAssembly arrives
// (src/loader/first-screen.json): one tree for every built-in language, whose texts are
// references to the text tables (src/text/<lang>.json) rather than copies.
//
// A node is `[tag, attributes, ...children]` or a string; a string (a text, an attribute's
// value) may instead be a reference `{"text": "<key>", "<placeholder>": "<value>", ...}`: the
// key's text in the language drawn, its `{placeholder}`s filled with the values given. Other
// `{...}` holes are filled by the loader when it draws: `{lang}` (the language tag shown),
// `{clinic}` (the clinic's name), `{uid}` (a document-unique id prefix) and, in the severity
// select, `{concern}`.
//
// - `abstractScreens` turns the widget's first screen as rendered in each built-in language
//   (tests/e2e/first-screen.test.mjs captures it) into that one tree;
// - `resolveScreen` fills it in for one language (the test compares that with the rendered one);
// - `packScreen` gives what the loader carries (scripts/build-loader.mjs): the tree with each
//   reference replaced by a number, and per language the texts those numbers stand for.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The built-in languages' text tables (src/text/<code>.json), English first (the fallback):
 * { en: { key: text }, es: ... }. tests/loader.rs checks the codes are Rust's `text::BUILT_IN`.
 */
export function textTables() {
  const dir = join(root, 'src', 'text');
  const codes = readdirSync(dir)
    .filter((f) => /^[a-z]{2,3}\.json$/.test(f))
    .map((f) => f.slice(0, -5))
    .sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a < b ? -1 : 1));
  return Object.fromEntries(codes.map((code) => [code, JSON.parse(readFileSync(join(dir, `${code}.json`), 'utf8'))]));
}

/** `template` with each `{name}` that `params` has replaced by its value (src/text's `fill`). */
export function fill(template, params) {
  return template.replace(/\{([a-z_]+)\}/g, (hole, name) => (Object.hasOwn(params, name) ? params[name] : hole));
}

const isReference = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

/** `value` (a string or a reference) in the language whose table is `table`. */
function text(value, table) {
  if (!isReference(value)) return value;
  const { text: key, ...params } = value;
  if (typeof table[key] !== 'string') throw new Error(`first screen: no text \`${key}\``);
  return fill(table[key], params);
}

/** A node (or a screen's part) with every reference filled in from `table`. */
function resolveNode(node, table) {
  if (!Array.isArray(node)) return text(node, table);
  const [tag, attributes, ...children] = node;
  const filled = Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name, text(value, table)]));
  return [tag, filled, ...children.map((child) => resolveNode(child, table))];
}

/** The stored screen `{ tree, severity, hint }` in the language whose table is `table`. */
export function resolveScreen(screen, table) {
  return { tree: resolveNode(screen.tree, table), severity: resolveNode(screen.severity, table), hint: text(screen.hint, table) };
}

/** Attributes whose values are visitor text even where every language has the same. */
const TEXT_ATTRIBUTES = new Set(['aria-label', 'title', 'alt', 'placeholder', 'dir']);

/**
 * The reference for the strings `shown` (per language, the same place in each rendered screen),
 * or the string itself where it is no text (the same in every language and no text's).
 */
function reference(shown, tables, isText) {
  const langs = Object.keys(shown);
  const same = langs.every((lang) => shown[lang] === shown[langs[0]]);
  const keys = Object.keys(tables.en);
  if (!same || isText) {
    const key = keys.find((k) => langs.every((lang) => tables[lang][k] === shown[lang]));
    if (key) return { text: key };
  }
  if (!same) {
    // A template: the key whose English, its holes matched against the English shown, gives
    // every language's string with the same values.
    for (const key of keys) {
      const names = [...tables.en[key].matchAll(/\{([a-z_]+)\}/g)].map((m) => m[1]);
      if (names.length === 0) continue;
      const pattern = tables.en[key].split(/\{[a-z_]+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('(.+?)');
      const match = new RegExp(`^${pattern}$`).exec(shown.en);
      if (!match) continue;
      const params = Object.fromEntries(names.map((name, i) => [name, match[i + 1]]));
      if (langs.every((lang) => typeof tables[lang][key] === 'string' && fill(tables[lang][key], params) === shown[lang])) return { text: key, ...params };
    }
    throw new Error(`first screen: ${JSON.stringify(shown)} is no text of src/text/*.json`);
  }
  return shown[langs[0]];
}

/** One tree for `nodes` (the same node per language), with references for the texts. */
function abstractNode(nodes, tables, isText = true) {
  const langs = Object.keys(nodes);
  const first = nodes[langs[0]];
  if (!Array.isArray(first)) return reference(nodes, tables, isText);
  const [tag, attributes, ...children] = first;
  for (const lang of langs) {
    const node = nodes[lang];
    if (!Array.isArray(node) || node[0] !== tag || node.length !== first.length || Object.keys(node[1]).join() !== Object.keys(attributes).join()) {
      throw new Error(`first screen: the ${lang} screen differs in shape from the ${langs[0]} one at <${tag}>`);
    }
  }
  const per = (pick) => Object.fromEntries(langs.map((lang) => [lang, pick(nodes[lang])]));
  const abstracted = Object.fromEntries(Object.keys(attributes).map((name) => [name, reference(per((n) => n[1][name]), tables, TEXT_ATTRIBUTES.has(name))]));
  return [tag, abstracted, ...children.map((_, i) => abstractNode(per((n) => n[i + 2]), tables))];
}

/** The one tree for the screens `screens` (per language, as rendered: `{ tree, severity, hint }`). */
export function abstractScreens(screens, tables) {
  const per = (part) => Object.fromEntries(Object.entries(screens).map(([lang, screen]) => [lang, screen[part]]));
  return { tree: abstractNode(per('tree'), tables), severity: abstractNode(per('severity'), tables), hint: abstractNode(per('hint'), tables) };
}

/**
 * What the loader carries: `{ screen, texts }`, the screen with each reference replaced by a
 * number and, per language, the strings the numbers stand for (`texts.es[3]`).
 */
export function packScreen(screen, tables) {
  const refs = [];
  const pack = (value) => {
    if (!isReference(value)) return value;
    const id = JSON.stringify(value);
    let at = refs.findIndex((r) => JSON.stringify(r) === id);
    if (at < 0) at = refs.push(value) - 1;
    return at;
  };
  const node = (n) => (Array.isArray(n) ? [n[0], Object.fromEntries(Object.entries(n[1]).map(([k, v]) => [k, pack(v)])), ...n.slice(2).map(node)] : pack(n));
  const packed = { tree: node(screen.tree), severity: node(screen.severity), hint: pack(screen.hint) };
  const texts = Object.fromEntries(Object.entries(tables).map(([lang, table]) => [lang, refs.map((r) => text(r, table))]));
  return { screen: packed, texts };
}
