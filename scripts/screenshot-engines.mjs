// Screenshots of the results in Firefox ESR and WebKitGTK (docs/screenshot-results-firefox.png,
// docs/screenshot-results-webkit.png), beside scripts/screenshot.mjs's Chromium ones: the same
// visitor on the demo page at the same width, driven over W3C WebDriver (tests/e2e/webdriver.mjs).
// Usage: node scripts/screenshot-engines.mjs [width]   (after `trunk build --release --offline`)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../tests/e2e/support.mjs';
import { completeQuestionnaire, newSession, startDriver, startProbedServer, stopDisplay, waitIn } from '../tests/e2e/webdriver.mjs';

const width = Number(process.argv[2] || 1000);
const server = await startProbedServer();
const answers = {
  concerns: { acne_scars: null, enlarged_pores: 'mild' },
  skinType: 'V',
  downtime: 'up_to_a_week',
  eventDate: '2027-06-12',
  health: { cold_sore_history: 'yes' },
};

try {
  for (const engine of ['firefox', 'webkit']) {
    const driver = await startDriver(engine);
    try {
      // Tall enough for the whole results section in one element screenshot.
      const session = await newSession(driver, { size: { width, height: 1100 } });
      await session.go(server.url);
      await completeQuestionnaire(session, answers);
      await session.click('input[name="compare"][value="peel_superficial"]');
      await waitIn(session, 'g.tc-timeline-row[data-treatment="peel_superficial"]');
      // Nothing half-way through a transition; the page scrolled to the results' top.
      await session.waitFor(() => {
        const shadow = document.querySelector('treatment-compare').shadowRoot;
        return shadow.getAnimations().every((a) => a.playState !== 'running');
      });
      // The window as tall as the results, scrolled to them: a screenshot of the viewport
      // (element screenshots of something this tall are clipped or offset in one engine or other).
      const results = await session.$('.tc-results');
      const height = Math.ceil(await session.run((el) => el.getBoundingClientRect().height, results));
      await session.viewport({ width, height });
      await session.run((el) => el.scrollIntoView({ block: 'start' }), results);
      await waitIn(session, 'input[name="compare"][value="peel_superficial"]:checked');
      await new Promise((ok) => setTimeout(ok, 500));
      const png = await session.screenshot();
      const file = join(root, `docs/screenshot-results-${engine}.png`);
      writeFileSync(file, png);
      console.log(`saved ${file} (${driver.version})`);
      await session.close();
    } finally {
      await driver.close();
    }
  }
} finally {
  await server.close();
  await stopDisplay();
}
