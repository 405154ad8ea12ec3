// The TypeScript declarations' text keys (`export type TextKey`, between the BEGIN and END text
// keys lines of src/loader/treatment-compare.d.ts), generated from src/text/en.json: every key in
// its order, and after each counted unit's `other` (a `<unit>.one` and `<unit>.other` pair) the
// CLDR plural forms a language may add, `zero`, `two`, `few` and `many` (src/text/keys.rs's
// EXTRA_PLURALS).
//
//   node scripts/text-keys.mjs --out <file>   the declarations with the keys generated (the build:
//                                            scripts/package-widget.sh writes the shipped copy)
//   node scripts/text-keys.mjs --write        the same into src/loader/treatment-compare.d.ts
//
// The committed declarations carry the keys too (tests/manifest.rs and the package's type checks
// read them); tests/loader.rs fails when they are not what this generates from en.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'src', 'loader', 'treatment-compare.d.ts');
export const EXTRA_PLURALS = ['zero', 'two', 'few', 'many'];
const BEGIN = '  // BEGIN text keys';
const END = '  // END text keys';

/** Every text key a language may have, in en.json's order. */
export function textKeys(en) {
  const keys = [];
  for (const key of Object.keys(en)) {
    keys.push(key);
    const unit = key.endsWith('.other') ? key.slice(0, -'.other'.length) : null;
    if (unit && Object.hasOwn(en, `${unit}.one`)) keys.push(...EXTRA_PLURALS.map((form) => `${unit}.${form}`));
  }
  return keys;
}

/** `dts` with the lines between its BEGIN and END text keys lines generated from `en`. */
export function withTextKeys(dts, en) {
  const begin = dts.indexOf(BEGIN);
  const end = dts.indexOf(END);
  if (begin < 0 || end < begin) throw new Error('text-keys: the declarations have no BEGIN and END text keys lines');
  const start = dts.indexOf('\n', begin) + 1;
  return dts.slice(0, start) + textKeys(en).map((key) => `  | '${key}'\n`).join('') + dts.slice(end);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [flag, out] = process.argv.slice(2);
  const target = flag === '--write' ? source : flag === '--out' && out ? out : null;
  if (!target) throw new Error('usage: node scripts/text-keys.mjs --out <file> | --write');
  const en = JSON.parse(readFileSync(join(root, 'src', 'text', 'en.json'), 'utf8'));
  writeFileSync(target, withTextKeys(readFileSync(source, 'utf8'), en));
}
