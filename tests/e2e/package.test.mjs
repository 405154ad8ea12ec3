// "npm pack yields an installable package; a TypeScript developer gets types": packs
// dist/treatment-compare/ (from `trunk build --release --offline`; scripts/package-widget.sh
// writes its package.json) with `npm pack`, installs the tarball into a scratch project in a
// temporary directory (offline: the package has no dependencies), then
//   - type-checks code that uses the installed package's declarations, the README's React 19
//     example and the Custom Elements Manifest (against custom-elements-manifest's schema types)
//     with `tsc --noEmit --strict`: no error; and code that misuses them: exactly the errors
//     named on its marked lines (tests/types/);
//   - serves the scratch project and loads it in Chromium through `import 'treatment-compare'`
//     (an import map to the file the package's `exports` resolve to): the element is defined and
//     shows its first step.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import {
  TAG,
  collectErrors,
  dist,
  docBlock,
  launchChromium,
  recordWidgetEvents,
  root,
  startServer,
  waitForEvents,
  waitForStep,
  withPage,
} from './support.mjs';

const run = promisify(execFile);
const folder = join(dist, 'treatment-compare');
const tools = join(root, 'tools', 'node_modules');

let scratch;
let packed;
let installed;

before(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'tc-package-'));
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: folder });
  [packed] = JSON.parse(stdout);
  const site = join(scratch, 'site');
  await mkdir(site);
  await writeFile(join(site, 'package.json'), JSON.stringify({ name: 'clinic-site', private: true, type: 'module' }));
  await run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', join(scratch, packed.filename)], {
    cwd: site,
  });
  installed = join(site, 'node_modules', 'treatment-compare');
});

after(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

test('npm pack gives the package.json, the loader, the module, the wasm and the ecosystem files', async () => {
  const pkg = JSON.parse(await readFile(join(folder, 'package.json'), 'utf8'));
  const cargo = await readFile(join(root, 'Cargo.toml'), 'utf8');
  assert.equal(pkg.version, cargo.match(/^version = "(.+)"$/m)[1], "Cargo.toml's version");
  assert.equal(pkg.name, 'treatment-compare');
  assert.equal(packed.name, 'treatment-compare');
  // The precompressed copies (.gz, .br) are for a static server; a site's bundler compresses
  // what it serves itself, so the package leaves them out.
  const all = (await readdir(folder)).sort();
  const shipped = all.filter((f) => !/\.(gz|br)$/.test(f));
  assert.ok(all.includes('treatment-compare.js.br') && all.includes('treatment-compare.js.gz'), 'the folder has them');
  assert.deepEqual(
    packed.files.map((f) => f.path).sort(),
    shipped,
    'the tarball holds every file of the folder but the precompressed copies, and nothing else',
  );
  assert.deepEqual([...pkg.files, 'package.json'].sort(), shipped, 'package.json lists every file');
  assert.ok(shipped.some((f) => /^treatment-compare-[0-9a-f]+_bg\.wasm$/.test(f)), 'the content-hashed wasm');
  assert.equal(pkg.exports['.'].default, './treatment-compare.js');
  assert.equal(pkg.exports['.'].types, pkg.types);
  assert.equal(pkg.customElements, 'custom-elements.json');
  const manifest = JSON.parse(await readFile(join(installed, pkg.customElements), 'utf8'));
  assert.equal(manifest.modules[0].path, pkg.exports['.'].default.slice(2), "the manifest's module is the package's entry");
  // The installed copy is the packed one.
  for (const file of shipped) {
    assert.deepEqual(await readFile(join(installed, file)), await readFile(join(folder, file)), file);
  }
});

/** The ```tsx block under "A React 19 page" (docs/clinics/site-builders.md). */
const readmeReact = () => docBlock('### A React 19 page', 'tsx');

/** tsc's errors as `file:line TSnnnn`, for a tsconfig in `dir`. */
async function typeErrors(dir, options = []) {
  const tsc = join(tools, '.bin', 'tsc');
  const result = await run(tsc, ['-p', dir, '--pretty', 'false', ...options], { cwd: dir }).catch((e) => e);
  const lines = `${result.stdout}`.split('\n').filter((l) => / error TS\d+:/.test(l));
  assert.ok(result.code === undefined ? lines.length === 0 : lines.length > 0, `tsc ran: ${result.stderr}${result.stdout}`);
  return lines.map((l) => {
    const [, file, line, code] = l.match(/^(.+?)\((\d+),\d+\): error (TS\d+):/);
    return `${file}:${line} ${code}`;
  });
}

test('tsc --strict accepts the right uses of the types and reports each wrong one', async () => {
  const project = join(scratch, 'site');
  // The React types and the manifest's schema types, from tools/ (the package needs neither).
  await mkdir(join(project, 'node_modules', '@types'), { recursive: true });
  await symlink(join(tools, '@types', 'react'), join(project, 'node_modules', '@types', 'react'));
  await symlink(join(tools, 'custom-elements-manifest'), join(project, 'node_modules', 'custom-elements-manifest'));
  await cp(join(root, 'tests', 'types'), project, { recursive: true });
  await writeFile(join(project, 'readme-react.tsx'), await readmeReact());
  const manifest = await readFile(join(installed, 'custom-elements.json'), 'utf8');
  await writeFile(
    join(project, 'manifest.ts'),
    `import type { Package } from 'custom-elements-manifest/schema.js';\nexport const manifest: Package = ${manifest};\n`,
  );
  await writeFile(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: 'es2022',
        module: 'esnext',
        moduleResolution: 'bundler',
        lib: ['es2022', 'dom', 'dom.iterable'],
        jsx: 'react-jsx',
        types: [],
        skipLibCheck: false,
      },
      include: ['*.ts', '*.tsx'],
    }),
  );
  const expected = [];
  for (const file of (await readdir(project)).filter((f) => /^misuses.*\.tsx?$/.test(f)).sort()) {
    const lines = (await readFile(join(project, file), 'utf8')).split('\n');
    lines.forEach((line, i) => {
      const marked = line.match(/\/\/ (TS\d+)$/);
      if (marked) expected.push(`${file}:${i + 1} ${marked[1]}`);
    });
  }
  assert.ok(expected.length >= 15, `the misuses are marked: ${expected.length}`);
  // Every error is a marked misuse (so uses.ts, readme-react.tsx, manifest.ts and the package's
  // own declarations have none), and every marked misuse is an error: with a bundler's module
  // resolution and with Node's.
  for (const options of [[], ['--module', 'nodenext', '--moduleResolution', 'nodenext']]) {
    const errors = await typeErrors(project, options);
    assert.deepEqual(errors.sort(), expected.sort(), `tsc ${options.join(' ')}`);
  }
});

test("import 'treatment-compare' from the installed package defines the element and shows its first step", async () => {
  const site = join(scratch, 'site');
  // What `import 'treatment-compare'` resolves to through the package's `exports`.
  const entry = createRequire(join(site, 'package.json')).resolve('treatment-compare');
  assert.equal(entry, join(installed, 'treatment-compare.js'));
  const importMap = { imports: { 'treatment-compare': `/${relative(site, entry)}` } };
  await writeFile(join(site, 'main.js'), "import 'treatment-compare';\n");
  await writeFile(
    join(site, 'index.html'),
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<title>A clinic's site with the npm package</title>
<script type="importmap">${JSON.stringify(importMap)}</script>
<script type="module" src="/main.js"></script>
</head>
<body>
<h1>Glow Clinic</h1>
<treatment-compare clinic-name="Glow Clinic" currency="EUR">
  <script type="application/json">{"treatments": {"microneedling": {"price": {"from": 200, "to": 500}}, "peel_superficial": {}}}</script>
</treatment-compare>
</body>
</html>
`,
  );
  const pkg = JSON.parse(await readFile(join(installed, 'package.json'), 'utf8'));
  const wasm = pkg.files.find((f) => f.endsWith('.wasm'));
  const [browser, server] = await Promise.all([launchChromium(), startServer({ dir: site })]);
  try {
    await withPage(browser, { viewport: { width: 1024, height: 900 } }, async (page) => {
      const errors = collectErrors(page);
      const events = await recordWidgetEvents(page);
      await page.goto(server.url);
      const [ready] = await waitForEvents(events, { type: 'tc-ready' });
      assert.deepEqual(ready.detail, {
        version: pkg.version,
        locale: 'en',
        currency: 'EUR',
        treatments: ['microneedling', 'peel_superficial'],
      });
      assert.ok(await page.evaluate((tag) => customElements.get(tag) !== undefined, TAG), 'the element is defined');
      await waitForStep(page, 'concerns');
      assert.equal(await page.locator(`${TAG} .tc-clinic`).textContent(), 'Glow Clinic');
      assert.ok(server.requests.includes(`/node_modules/treatment-compare/${wasm}`), `${wasm} came from the package`);
      assert.deepEqual(errors, [], 'no console error or exception');
    });
  } finally {
    await Promise.all([browser.close(), server.close()]);
  }
});
