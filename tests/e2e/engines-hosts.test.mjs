// The example host pages (examples/hosts/, built into dist/hosts/) and the README's snippet in
// Firefox ESR and WebKitGTK at a phone width (390×844), over W3C WebDriver
// (tests/e2e/webdriver.mjs): each page completes the journey in every widget on it with the
// native engine's scores, and nothing goes wrong on it (no uncaught error, no rejected promise,
// no CSP violation, no `error` event on any element: the probe). The strict-CSP page is served
// once with its policy as a header (and its meta tag) and once with the meta tag alone.
// Run: `node --test tests/e2e/engines-hosts.test.mjs` (TC_ENGINES=firefox or webkit for one).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  TAG,
  dist,
  hostPages,
  pasteSnippet,
  readmeSnippet,
  root,
  sampleAnswers,
  strictCsp,
} from './support.mjs';
import {
  compareScores,
  completeQuestionnaire,
  engineKeys,
  engines,
  nativeAssessment,
  phone,
  ranking,
  startDriver,
  startProbedServer,
  newSession,
  reuse,
  stopDisplay,
} from './webdriver.mjs';

/** The strict-CSP page again, at a path served with the policy as a header as well. */
const strictCspHeader = '/hosts/strict-csp-header.html';
/** The plain page with its embed replaced by the README's snippet. */
const readmePage = '/hosts/readme-snippet.html';

/** A page as a browser without ES modules sees it: no loader; the nomodule file run (as a plain script). */
const noModulesPage = '/hosts/no-modules.html';
const nomodulePath = '/treatment-compare/treatment-compare-nomodule.js';

let server;
/** The message where the widget cannot run: each built-in language's `embed.unsupported`. */
const UNSUPPORTED = Object.fromEntries(
  ['en', 'es'].map((lang) => [lang, JSON.parse(readFileSync(join(root, `src/text/${lang}.json`), 'utf8'))['embed.unsupported']]),
);

before(async () => {
  const plain = readFileSync(join(dist, hostPages.plain), 'utf8');
  // Two elements, one in Spanish (its locale), one with no locale (the page's language).
  const twoInstances = readFileSync(join(dist, hostPages.twoInstances), 'utf8');
  const noModules = twoInstances
    .replace(/<script type="module"[^>]*><\/script>/, '')
    .replace(`<script nomodule src="${nomodulePath}">`, `<script src="${nomodulePath}">`)
    .replace('locale="en"', 'locale="es"')
    .replace(/ locale="en"/, '');
  server = await startProbedServer({
    overrides: {
      [strictCspHeader]: readFileSync(join(dist, hostPages.strictCsp), 'utf8'),
      [readmePage]: pasteSnippet(plain, readmeSnippet()),
      [noModulesPage]: noModules,
    },
    headers: { [strictCspHeader]: { 'content-security-policy': strictCsp } },
  });
});

after(async () => {
  await server?.close();
  await stopDisplay();
});

const native = nativeAssessment(sampleAnswers, { root });

const pages = [
  ['plain', hostPages.plain, 1],
  ['hostile CSS', hostPages.hostile, 1],
  ['strict CSP (header and meta)', strictCspHeader, 1],
  ['strict CSP (meta tag alone)', hostPages.strictCsp, 1],
  ['two instances', hostPages.twoInstances, 2],
  ["README snippet", readmePage, 1],
];

for (const engine of engineKeys) {
  describe(engines[engine].name, () => {
    let driver;
    let session;
    before(async () => {
      driver = await startDriver(engine);
      session = await newSession(driver, { size: phone });
    });
    after(async () => {
      await session?.close().catch(() => {});
      await driver?.close();
    });

    for (const [name, path, widgets] of pages) {
      test(`${engine}: the ${name} page completes the journey at a phone width, with nothing going wrong`, async () => {
        const s = session;
        await reuse(s, server.origin, phone);
        const requested = server.requests.length;
        {
          await s.go(server.origin + path);
          assert.equal(await s.run(() => window.innerWidth), phone.width);
          assert.equal(await s.run((tag) => document.querySelectorAll(tag).length, TAG), widgets);
          if (path === strictCspHeader || path === hostPages.strictCsp) {
            // The policy is in force: an inline script does not run.
            const ran = await s.run(() => {
              window.__inline = false;
              const script = document.createElement('script');
              script.textContent = 'window.__inline = true';
              document.head.append(script);
              const ran = window.__inline;
              script.remove();
              return ran;
            });
            assert.equal(ran, false, 'the strict policy blocks an inline script');
            // ...and reports it, once per policy in force (the header's and the meta tag's): the
            // only violations expected, made by the test.
            const policies = path === strictCspHeader ? 2 : 1;
            const seen = await s.waitFor((n) => window.__tcProbe.problems.length >= n && window.__tcProbe.problems.splice(0), [policies]);
            assert.equal(seen.length, policies, seen.join('\n'));
            for (const line of seen) assert.match(line, /^CSP violation: script-src/);
          }
          for (let host = 0; host < widgets; host++) {
            await completeQuestionnaire(s, sampleAnswers, { host });
            const compared = compareScores(await ranking(s, { host }), native, 2);
            assert.ok(compared.ok, `widget #${host}: the native engine's scores (${compared.shown} shown): ${compared.mismatched.join('; ')}`);
          }
          assert.deepEqual(await s.problems(), [], `${engines[engine].name}, ${name}: errors, rejections, CSP violations or error events`);
          assert.ok(!server.requests.slice(requested).some((r) => r.startsWith(nomodulePath)), 'a browser with modules never fetches the nomodule file');
        }
      });
    }

    test(`${engine}: without ES modules, each element shows the message in its language (the nomodule file)`, async () => {
      const s = session;
      await reuse(s, server.origin, phone);
      await s.go(server.origin + noModulesPage);
      const shown = await s.waitFor(() => {
        const all = [...document.querySelectorAll('treatment-compare')];
        const messages = all.map((el) => el.querySelector(':scope > p[role="alert"]'));
        return messages.every(Boolean) && messages.map((p) => [p.lang, p.textContent, p.getBoundingClientRect().height > 0]);
      });
      // The first element's locale is Spanish; the second has none and follows the page (English).
      assert.deepEqual(shown, [
        ['es', UNSUPPORTED.es, true],
        ['en', UNSUPPORTED.en, true],
      ]);
      assert.deepEqual(await s.problems(), []);
    });

    test(`${engine}: the nomodule file's messages are the text tables' (written in by the build)`, async () => {
      const nomodule = readFileSync(join(dist, 'treatment-compare/treatment-compare-nomodule.js'), 'utf8');
      for (const [lang, text] of Object.entries(UNSUPPORTED)) assert.ok(nomodule.includes(JSON.stringify(text)), `${lang}: ${text}`);
    });
  });
}
