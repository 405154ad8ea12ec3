// What the loader carries for the widget besides code, as the module `tc:build` that its source
// modules import (src/loader/js/; scripts/build-loader.mjs bundles them with it):
//
// - WIDGET_CSS: styles/*.css in the widget's cascade order (the same files as
//   src/browser/styles.rs's CSS, which only the browser tests compile in), without comments and
//   indentation as build.rs strips them for the print styles;
// - FIRST_SCREEN and SCREEN_TEXTS: src/loader/first-screen.json, the widget's first screen as
//   one DOM tree whose texts refer to the text tables, written by tests/e2e/first-screen.test.mjs
//   from the built widget and checked against it by the same test, packed with its texts in each
//   built-in language (scripts/first-screen.mjs);
// - LOAD_FAILED, CRASHED and UNSUPPORTED: each built-in language's `embed.load_failed`,
//   `embed.crashed` and `embed.unsupported` (src/text/<lang>.json);
// - MODULE_FILE and WASM_FILE: the content-hashed names of wasm-bindgen's module and the wasm.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packScreen, textTables } from './first-screen.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const STYLESHEETS = ['widget', 'questions', 'health', 'results', 'plan', 'booking', 'keep', 'timeline'];

/** `css` without `/* ... *\/` comments (outside quoted strings), on one line: build.rs's `strip`. */
export function strip(css) {
  let out = '';
  let quote = null;
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (quote) {
      out += c;
      if (c === '\\') out += css[++i] ?? '';
      else if (c === quote) quote = null;
    } else if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      i = end < 0 ? css.length : end + 1;
    } else {
      if (c === '"' || c === "'") quote = c;
      out += c;
    }
  }
  let joined = '';
  for (const line of out.split(/\r?\n/).map((l) => l.trim()).filter(Boolean)) {
    const needsSpace = joined !== '' && !/[{};,]$/.test(joined) && !/^[{}]/.test(line);
    joined += (needsSpace ? ' ' : '') + line;
  }
  return joined.replaceAll(' {', '{').replaceAll(';}', '}');
}

export function widgetCss() {
  return STYLESHEETS.map((name) => strip(readFileSync(join(root, 'styles', `${name}.css`), 'utf8'))).join('');
}

/** The first screen as src/loader/first-screen.json holds it: `{ tree, severity, hint }`. */
export function storedScreen() {
  return JSON.parse(readFileSync(join(root, 'src/loader/first-screen.json'), 'utf8'));
}

/** The source of `tc:build` for the loader next to wasm-bindgen's `glue` and the `wasm` (file names). */
export function buildModule(glue, wasm) {
  const tables = textTables();
  const { screen, texts } = packScreen(storedScreen(), tables);
  const message = (key) =>
    Object.fromEntries(
      Object.entries(tables).map(([lang, table]) => {
        if (typeof table[key] !== 'string') throw new Error(`inline-loader: src/text/${lang}.json has no ${key}`);
        return [lang, table[key]];
      }),
    );
  const values = {
    MODULE_FILE: `./${glue}`,
    WASM_FILE: `./${wasm}`,
    WIDGET_CSS: widgetCss(),
    FIRST_SCREEN: screen,
    SCREEN_TEXTS: texts,
    LOAD_FAILED: message('embed.load_failed'),
    CRASHED: message('embed.crashed'),
    UNSUPPORTED: message('embed.unsupported'),
  };
  return Object.entries(values)
    .map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};\n`)
    .join('');
}
