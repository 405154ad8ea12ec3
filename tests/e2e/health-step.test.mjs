// The health step, end to end on the built widget (issue 22): nothing pre-selected; each group
// opens with "does any of these apply to you?" over its items; "none of these" answers a group in
// one tap, so a visitor with nothing to report is done in three taps and the step is under half
// its old height on a phone; "See my results" with anything unanswered shows no results, says
// what is missing in the assertive live region and moves the focus there; the whole step by
// keyboard only; in Spanish; axe-clean in every state.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  answerHealth,
  answerUntilHealth,
  axeViolations,
  eventually,
  healthGroups,
  installDeepActive,
  launchChromium,
  noneOfThese,
  phone,
  setLocale,
  startServer,
  waitForFocus,
  waitForStep,
  withPage,
} from './support.mjs';

let browser;
let server;

before(async () => {
  [browser, server] = await Promise.all([launchChromium(), startServer()]);
});

after(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

const wide = { viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 };
const step = '.tc-step[data-step="health"]';
/** The health step before this change, measured at 390 px (every question shown, each answered "No"). */
const OLD_HEIGHT = 2700;

/** Opens the demo page (in `locale`) and answers the first four steps, to the health step. */
async function toHealth(page, locale = 'en') {
  await page.goto(server.url);
  await waitForStep(page, 'concerns');
  if (locale !== 'en') await setLocale(page, locale);
  await installDeepActive(page);
  await answerUntilHealth(page, { concern: 'acne_scars', skinType: 'IV' });
}

/** The text of the widget's assertive (role=alert) and polite live regions, in its light DOM. */
async function regions(page) {
  return page.evaluate(() => {
    const box = document.querySelector('treatment-compare > [slot="tc-announcer"]');
    return { alert: box.querySelector('[role="alert"]').textContent, status: box.querySelector('[role="status"]').textContent };
  });
}

async function alerted(page, expected, what) {
  let last;
  await eventually(async () => (last = await regions(page)).alert === expected, {
    message: `${what}: "${expected}" in the alert region (last seen: ${JSON.stringify(last)})`,
  });
}

/**
 * Presses "See my results" while it is `aria-disabled` (Playwright will not click such a button
 * without `force`): by mouse, or by keyboard (focus and Enter).
 */
async function pressNext(page, how = 'mouse') {
  const next = page.locator('button.tc-next');
  if (how === 'mouse') await next.click({ force: true });
  else {
    await next.focus();
    await page.keyboard.press('Enter');
  }
}

const checkedCount = (page) => page.locator(`${step} input:checked`).count();
const stepHeight = (page) => page.locator(step).evaluate((el) => el.getBoundingClientRect().height);

test('nothing is pre-selected; three taps of "none of these" complete the step, under half its old height at 390 px', async () => {
  await withPage(browser, phone, async (page) => {
    await toHealth(page);
    assert.equal(await checkedCount(page), 0, 'no answer pre-selected');
    assert.deepEqual(await page.locator('fieldset.tc-gate').evaluateAll((all) => all.map((f) => f.dataset.gate)), ['now', 'medicines', 'history']);
    assert.equal(await page.locator(`${step} fieldset[data-condition]`).count(), 0, 'no question before its group is answered');
    for (const [group, keys] of Object.entries(healthGroups)) {
      const gate = page.locator(`fieldset.tc-gate[data-gate="${group}"]`);
      assert.equal(await gate.locator('legend').innerText(), 'Does any of these apply to you?');
      assert.equal(await gate.locator('.tc-gate-items li').count(), keys.length, `${group}: its items, listed`);
      assert.deepEqual(await gate.locator('.tc-segment span').allInnerTexts(), ['None of these', 'One or more', 'Not sure']);
    }
    assert.equal(await page.locator('button.tc-next').getAttribute('aria-disabled'), 'true');

    // Three taps.
    for (const group of Object.keys(healthGroups)) {
      await page.locator(`input[name="health-group-${group}"][value="none"]`).tap();
    }
    assert.equal(await checkedCount(page), 3, 'the three groups, and nothing else');
    assert.equal(await page.locator(`${step} fieldset[data-condition]`).count(), 0, 'the questions stay closed');
    const height = await stepHeight(page);
    assert.ok(height < OLD_HEIGHT / 2, `the step is ${Math.round(height)} px high, not under half of ${OLD_HEIGHT}`);
    console.log(`# health step at 390 px with "none of these" three times: ${Math.round(height)} px (was ~${OLD_HEIGHT})`);
    assert.equal(await page.locator('button.tc-next').getAttribute('aria-disabled'), null);
    await page.locator('button.tc-next').tap();
    await page.locator('section.tc-results[data-complete]').waitFor();
  });
});

test('each group\'s questions open unanswered on "one or more" or "not sure", as support.mjs lists them', async () => {
  await withPage(browser, phone, async (page) => {
    await toHealth(page);
    for (const [i, [group, keys]] of Object.entries(healthGroups).entries()) {
      await page.locator(`input[name="health-group-${group}"][value="${i === 1 ? 'not_sure' : 'some'}"]`).check();
      const section = page.locator(`section.tc-health-group[data-group="${group}"]`);
      assert.deepEqual(await section.locator('fieldset[data-condition]').evaluateAll((all) => all.map((f) => f.dataset.condition)), keys);
      assert.equal(await section.locator('input:checked').count(), 1, `${group}: only its opening answer is checked`);
    }
    // "None of these", then "one or more" again: its questions unanswered again.
    await page.locator('input[name="health-cold_sore_history"][value="yes"]').check();
    await page.locator('input[name="health-group-history"][value="none"]').check();
    assert.equal(await page.locator('section[data-group="history"] fieldset[data-condition]').count(), 0);
    await page.locator('input[name="health-group-history"][value="some"]').check();
    assert.equal(await page.locator('section[data-group="history"] input:checked').count(), 1);
    console.log(`# health step at 390 px with every group open: ${Math.round(await stepHeight(page))} px`);
  });
});

test('"See my results" with something unanswered shows no results, says what is missing and moves the focus there', async () => {
  await withPage(browser, wide, async (page) => {
    await toHealth(page);
    const next = page.locator('button.tc-next');
    const hint = () => page.locator('.tc-hint').innerText();
    assert.equal(await next.innerText(), 'See my results');
    assert.equal(await hint(), 'Right now: say whether any of these apply to you, to continue.');
    assert.equal(await next.getAttribute('aria-describedby'), await page.locator('.tc-hint').getAttribute('id'), 'the button is described by what is missing');

    await pressNext(page);
    await alerted(page, 'Right now: say whether any of these apply to you, to continue.', 'nothing answered');
    await waitForFocus(page, 'input[name="health-group-now"][value="none"]');
    assert.equal(await page.locator('section.tc-results').count(), 0, 'no results');

    await page.locator('input[name="health-group-now"][value="none"]').check();
    await page.locator('input[name="health-group-medicines"][value="some"]').check();
    await page.locator('input[name="health-group-history"][value="none"]').check();
    await pressNext(page, 'keyboard');
    const isotretinoin = 'Answer this question to continue: Have you taken isotretinoin tablets for acne (Accutane, Roaccutane)?';
    await alerted(page, isotretinoin, 'isotretinoin unanswered');
    await waitForFocus(page, 'input[name="isotretinoin"][value="never"]');
    assert.equal(await hint(), isotretinoin, 'the hint by the button says the same');

    await page.locator('input[name="isotretinoin"][value="never"]').check();
    await page.locator('input[name="health-blood_thinners"][value="no"]').check();
    await pressNext(page);
    await alerted(page, 'Answer this question to continue: Do you take medicines that weaken the immune system?', 'a medicine unanswered');
    await waitForFocus(page, 'input[name="health-immunosuppressants"][value="no"]');
    assert.equal(await page.locator('section.tc-results').count(), 0, 'still no results');

    for (const c of ['immunosuppressants', 'photosensitising_medication', 'numbing_or_metal_allergy']) {
      await page.locator(`input[name="health-${c}"][value="no"]`).check();
    }
    await next.click();
    await page.locator('section.tc-results[data-complete]').waitFor();
  });
});

test('the whole step by keyboard only: Tab, Space, arrow keys and Enter', async () => {
  await withPage(browser, phone, async (page) => {
    await toHealth(page);
    await waitForFocus(page, `${step} h2`);
    const press = (key) => page.keyboard.press(key);
    const checked = (name) => page.locator(`input[name="${name}"]:checked`).getAttribute('value');
    // Right now: Tab to its first answer, Space: none of these.
    await press('Tab');
    await waitForFocus(page, 'input[name="health-group-now"][value="none"]');
    await press('Space');
    assert.equal(await checked('health-group-now'), 'none');
    // Medicines: Tab, then the arrow keys choose: one or more opens the questions, back to none.
    await press('Tab');
    await waitForFocus(page, 'input[name="health-group-medicines"][value="none"]');
    await press('Space');
    await press('ArrowRight');
    assert.equal(await checked('health-group-medicines'), 'some');
    await page.locator('input[name="isotretinoin"]').first().waitFor();
    // Into the questions: isotretinoin first, Space picks "never".
    await press('Tab');
    await waitForFocus(page, 'input[name="isotretinoin"][value="never"]');
    await press('Space');
    await press('Shift+Tab');
    await waitForFocus(page, 'input[name="health-group-medicines"][value="some"]');
    await press('ArrowLeft');
    assert.equal(await checked('health-group-medicines'), 'none');
    assert.equal(await page.locator('input[name="isotretinoin"]').count(), 0, 'the questions close');
    // History: none of these, then Tab to "See my results" and Enter.
    await press('Tab');
    await waitForFocus(page, 'input[name="health-group-history"][value="none"]');
    await press('Space');
    await press('Tab');
    await waitForFocus(page, 'button.tc-back');
    await press('Tab');
    await waitForFocus(page, 'button.tc-next');
    await press('Enter');
    await page.locator('section.tc-results[data-complete]').waitFor();
    await waitForFocus(page, 'section.tc-results > h2');
  });
});

test('in Spanish: the groups, their answers, what is missing, and the results', async () => {
  await withPage(browser, phone, async (page) => {
    await toHealth(page, 'es');
    assert.equal(await page.locator('.tc-root').getAttribute('lang'), 'es');
    assert.equal(await checkedCount(page), 0);
    const gate = page.locator('fieldset.tc-gate[data-gate="now"]');
    assert.equal(await gate.locator('legend').innerText(), '¿Se encuentra en alguno de estos casos?');
    assert.deepEqual(await gate.locator('.tc-segment span').allInnerTexts(), ['Ninguno de estos', 'Uno o más', 'No lo sé']);
    assert.match(await gate.locator('.tc-gate-items').innerText(), /Embarazo o lactancia/);
    assert.equal(await page.locator('button.tc-next').innerText(), 'Ver mis resultados');
    await pressNext(page);
    await alerted(page, 'Actualmente: para continuar, indique si se encuentra en alguno de estos casos.', 'nothing answered, in Spanish');
    assert.equal(await page.locator('treatment-compare > [slot="tc-announcer"]').getAttribute('lang'), 'es');
    await waitForFocus(page, 'input[name="health-group-now"][value="none"]');
    await answerHealth({ health: { cold_sore_history: 'yes' }, isotretinoin: 'never' }, { scope: page });
    await page.locator('button.tc-next').click();
    await page.locator('section.tc-results[data-complete]').waitFor();
  });
});

for (const locale of ['en', 'es']) {
  test(`axe finds nothing on the health step, closed, opened, and with what is missing shown (${locale})`, async () => {
    await withPage(browser, phone, async (page) => {
      await toHealth(page, locale);
      const violations = [...(await axeViolations(page, `health, nothing answered (${locale})`))];
      await page.locator('input[name="health-group-now"][value="some"]').check();
      await page.locator('input[name="health-group-medicines"][value="not_sure"]').check();
      await page.locator('input[name="isotretinoin"][value="stopped"]').check();
      await pressNext(page);
      violations.push(...(await axeViolations(page, `health, groups opened, something missing (${locale})`)));
      await noneOfThese(page);
      violations.push(...(await axeViolations(page, `health, none of these three times (${locale})`)));
      assert.deepEqual(violations, [], violations.join('\n'));
    });
  });
}
