// Serves dist/ on loopback, walks the demo through the questionnaire in Debian's Chromium and
// saves screenshots of a question step and the results (docs/screenshot-*.png).
// Usage: node scripts/screenshot.mjs [width]   (after `trunk build --release`)
import { join } from 'node:path';
import { completeQuestionnaire, launchChromium, root, startServer } from '../tests/e2e/support.mjs';

const width = Number(process.argv[2] || 420);

const server = await startServer();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(server.url);
  const answers = {
    concerns: { acne_scars: null, enlarged_pores: 'mild' },
    skinType: 'V',
    downtime: 'up_to_a_week',
    eventDate: '2027-06-12',
    health: { cold_sore_history: 'yes' },
  };
  await completeQuestionnaire(page, answers, {
    onStep: async (step) => {
      if (step === 'concerns') await page.screenshot({ path: join(root, 'docs/screenshot-question.png') });
    },
  });
  await page.check('input[name="compare"][value="peel_superficial"]');
  await page.locator('.tc-results').screenshot({ path: join(root, 'docs/screenshot-results.png') });
  console.log('saved docs/screenshot-question.png and docs/screenshot-results.png');
} finally {
  await browser.close();
  await server.close();
}
