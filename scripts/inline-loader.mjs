// Writes into the packaged loader (scripts/package-widget.sh, after the file names) what it
// carries for the widget besides code: the widget's stylesheet and the first screen it draws
// before the WebAssembly arrives.
//
//   node scripts/inline-loader.mjs <packaged treatment-compare.js>
//
// - `const WIDGET_CSS = '';` gets styles/*.css in the widget's cascade order (the same files as
//   src/web/styles.rs's CSS, which only the browser tests compile in), without comments and
//   indentation as build.rs strips them for the print styles.
// - `const FIRST_SCREENS = null;` gets src/loader/first-screen.json, the widget's first screen
//   per built-in language as a DOM tree, written by tests/e2e/first-screen.test.mjs from the
//   built widget and checked against it by the same test.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
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

function fill(source, placeholder, value) {
  if (!source.includes(placeholder)) throw new Error(`inline-loader: the loader has no \`${placeholder}\``);
  return source.replace(placeholder, () => placeholder.replace(/(''|null);$/, `${value};`));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const target = process.argv[2];
  if (!target) throw new Error('usage: node scripts/inline-loader.mjs <packaged treatment-compare.js>');
  const screens = JSON.parse(readFileSync(join(root, 'src/loader/first-screen.json'), 'utf8'));
  let loader = readFileSync(target, 'utf8');
  loader = fill(loader, "const WIDGET_CSS = '';", JSON.stringify(widgetCss()));
  loader = fill(loader, 'const FIRST_SCREENS = null;', JSON.stringify(screens));
  writeFileSync(target, loader);
}
