// Serves dist/ on loopback, walks the demo page's <treatment-compare> through the questionnaire
// in Debian's Chromium and saves screenshots of a question step and the results, and the results
// again in forced colours (Windows high contrast, emulated) and in Spanish, and page 1 of the
// printed summary (docs/screenshot-*.png). The widget renders in the element's open shadow
// root; Playwright's CSS locators pierce it.
// Usage: node scripts/screenshot.mjs [width]   (after `trunk build --release --offline`)
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { completeQuestionnaire, launchChromium, root, startServer, settle } from '../tests/e2e/support.mjs';

const width = Number(process.argv[2] || 420);

const server = await startServer();
const browser = await launchChromium();

/** Walks the questionnaire in a new page with `options`; `onStep` as in completeQuestionnaire. */
async function results(options, onStep, locale) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1, ...options });
  await page.goto(server.url);
  if (locale) {
    await page.evaluate((l) => document.querySelector('treatment-compare').setAttribute('locale', l), locale);
    await page.locator(`.tc-root[lang="${locale}"]`).waitFor();
  }
  const widget = page.locator('treatment-compare');
  const answers = {
    concerns: { acne_scars: null, enlarged_pores: 'mild' },
    skinType: 'V',
    downtime: 'up_to_a_week',
    eventDate: '2027-06-12',
    health: { cold_sore_history: 'yes' },
  };
  await completeQuestionnaire(page, answers, { scope: widget, onStep: (step) => onStep?.(page, step) });
  await widget.locator('input[name="compare"][value="peel_superficial"]').check();
  await widget.locator('g.tc-timeline-row[data-treatment="peel_superficial"]').waitFor();
  await page.mouse.move(0, 0);
  await settle(page);
  return widget;
}

try {
  const shot = async (page, step) => {
    if (step === 'concerns') {
      // Ticking the concerns scrolled the page: show it from the top (the page's heading and the
      // widget's header and progress bar).
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.mouse.move(0, 0);
      await settle(page);
      await page.screenshot({ path: join(root, 'docs/screenshot-question.png') });
    }
  };
  const widget = await results({}, shot);
  await widget.locator('.tc-results').screenshot({ path: join(root, 'docs/screenshot-results.png') });
  const forced = await results({ forcedColors: 'active' });
  await forced.locator('.tc-results').screenshot({ path: join(root, 'docs/screenshot-forced-colors.png') });
  const spanish = await results({}, undefined, 'es');
  await spanish.locator('.tc-results').screenshot({ path: join(root, 'docs/screenshot-results-es.png') });
  // The printed summary with the health answers, page 1 on Letter paper: window.print() is
  // replaced, so the summary stays on the page for Chromium's PDF, which pdftoppm draws.
  const printing = await results({});
  const page = printing.page();
  await page.evaluate(() => {
    window.print = () => {
      window.__tcPrinted = true;
    };
  });
  await printing.locator('input[name="print-health"]').check();
  await printing.locator('[part="print-button"]').click();
  await page.waitForFunction(() => window.__tcPrinted === true);
  const pdf = join(tmpdir(), `tc-print-${process.pid}.pdf`);
  writeFileSync(pdf, await page.pdf({ format: 'Letter' }));
  execFileSync('pdftoppm', ['-png', '-r', '72', '-f', '1', '-l', '1', '-singlefile', pdf, join(root, 'docs/screenshot-print')]);
  rmSync(pdf);
  console.log(
    'saved docs/screenshot-question.png, docs/screenshot-results.png, docs/screenshot-forced-colors.png, docs/screenshot-results-es.png and docs/screenshot-print.png',
  );
} finally {
  await browser.close();
  await server.close();
}
