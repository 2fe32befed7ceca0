// The result card on Results: a round played by keyboard, then the card's preview with its
// text alternative, both sizes chosen by keyboard, and Save image downloading a PNG of that
// size named litre-quiz-YYYY-MM-DD.png; a daily's card with the streak. The saved cards are
// written to e2e/artifacts/ for a person to look at; with UPDATE_DOCS=1 the daily's (a fixed
// day, questions and address) also replace docs/result-card-wide.png and -square.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import {
  assertAccessible,
  chooseSpoilerLimit,
  freshPage,
  playRoundByKeyboard,
  pngSize,
  tabTo,
  useGame,
  withoutShareSheet,
} from './support.mjs';

const game = useGame();
const ARTIFACTS = 'e2e/artifacts';

/** Presses Shift+Tab until the focused element satisfies `isTarget`. */
async function shiftTabTo(page, isTarget, limit = 10) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Shift+Tab');
    if (await page.evaluate(isTarget)) return;
  }
  assert.fail('could not reach the control with Shift+Tab');
}

test('Results: a card preview in words, both sizes by keyboard, and Save image downloads the PNG', async () => {
  const { context, page } = await freshPage(game);
  // Headless Chromium may offer navigator.share and canShare({files}), and a share sheet cannot
  // be checked from here: without them the game takes the download path, as browsers that
  // cannot share files do. Policy violations (a data: preview the CSP refused) are collected.
  await withoutShareSheet(context);
  await context.addInitScript(() => {
    window.policyViolations = [];
    addEventListener('securitypolicyviolation', (e) =>
      window.policyViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(`${game.url}#/settings`);
  await chooseSpoilerLimit(page);
  await page.goto(`${game.url}#/play`);
  await page.getByText('Question 1 of 10').waitFor();
  const right = await playRoundByKeyboard(page);

  await page.getByRole('heading', { name: 'Result card' }).waitFor();
  const preview = page.locator('img.card-preview');
  await preview.waitFor();
  // The text alternative says the card's words and nothing else: no answer fits this pattern.
  const alt = await preview.getAttribute('alt');
  const host = new URL(game.url).host;
  const words = new RegExp(
    `^Result card of the 1 Litre of Tears fan quiz: Classic · (\\d{1,2} [A-Z][a-z]+ \\d{4})\\. ` +
      `Score: ${right} of 10\\. In order: \\d+ (right|wrong)(, \\d+ (right|wrong))*\\. ` +
      `${host.replaceAll('.', '\\.')}$`,
  );
  assert.match(alt, words);
  // The card says the day in words; its file is named by the ISO date.
  const day = new Date(`${alt.match(words)[1]} 12:00 UTC`).toISOString().slice(0, 10);
  const runs = [...alt.matchAll(/(\d+) (right|wrong)/g)];
  assert.equal(runs.reduce((sum, [, n]) => sum + Number(n), 0), 10, 'a square per question');
  assert.equal(
    runs.filter(([, , kind]) => kind === 'right').reduce((sum, [, n]) => sum + Number(n), 0),
    right,
  );
  await assertAccessible(page, 'Results with the result card');

  await mkdir(ARTIFACTS, { recursive: true });
  const sizes = [
    ['wide', 'Wide (1200×630)', 1200, 630],
    ['square', 'Square (1080×1080)', 1080, 1080],
  ];
  for (const [slug, label, width, height] of sizes) {
    if (slug === 'wide') {
      // Tab into the group lands on the checked size; Space keeps it chosen.
      await tabTo(page, () => document.activeElement?.name === 'card-size', 60);
      await page.keyboard.press('Space');
    } else {
      // Back from Save image to the group, then an arrow key moves to the next size.
      await shiftTabTo(page, () => document.activeElement?.name === 'card-size');
      await page.keyboard.press('ArrowDown');
    }
    const radio = page.getByRole('radio', { name: label });
    assert.equal(await radio.isChecked(), true, `${label} is chosen`);
    assert.equal(await radio.evaluate((el) => el === document.activeElement), true);
    await page.waitForFunction(
      ([w, h]) => {
        const img = document.querySelector('img.card-preview');
        return img?.complete && img.naturalWidth === w && img.naturalHeight === h;
      },
      [width, height],
    );
    assert.equal(await preview.getAttribute('alt'), alt, 'the same words at either size');

    await tabTo(page, () => document.activeElement?.textContent === 'Save image', 5);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    assert.equal(download.suggestedFilename(), `litre-quiz-${day}.png`);
    const file = `${ARTIFACTS}/result-card-${slug}.png`;
    await download.saveAs(file);
    assert.deepEqual(pngSize(await readFile(file)), [width, height], `${label}: the PNG's size`);
    await page.getByRole('status').filter({ hasText: 'Image saved.' }).waitFor();
  }

  assert.deepEqual(await page.evaluate(() => window.policyViolations), []);
  assert.deepEqual(page.errors, []);
  await context.close();
});

/** Plays today's daily challenge by keyboard, from its page. */
async function playDaily(page) {
  await tabTo(page, () => /Start today's challenge/.test(document.activeElement?.textContent ?? ''));
  await page.keyboard.press('Enter');
  await page.getByText('Question 1 of 10').waitFor();
  await playRoundByKeyboard(page);
}

test('a daily card shows the streak from its second day; served from a real-looking address', async () => {
  // Routed to dist/, so the card's address reads as it would on a real host (and the pictures
  // in docs/ do not show a test port). Service workers would bypass the routing: blocked.
  const site = 'https://litre-quiz.example/';
  const context = await game.browser.newContext({ serviceWorkers: 'block' });
  await context.route(`${site}**`, async (route) => {
    const url = new URL(route.request().url());
    const response = await route.fetch({ url: `${game.url}${url.pathname.slice(1)}${url.search}` });
    await route.fulfill({ response });
  });
  await withoutShareSheet(context);
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  await page.clock.install({ time: new Date('2026-11-21T23:58:00Z') });
  await page.goto(`${site}#/settings`);
  await chooseSpoilerLimit(page);
  await page.goto(`${site}#/daily`);
  await playDaily(page);
  const preview = page.locator('img.card-preview');
  const first = await preview.getAttribute('alt');
  assert.match(first, /^Result card of the 1 Litre of Tears fan quiz: Daily challenge · 21 November 2026\. /);
  assert.doesNotMatch(first, /streak/, 'one day is not yet a streak');

  await page.clock.setSystemTime(new Date('2026-11-22T00:00:30Z'));
  await page.goto(`${site}#/daily`);
  await page.getByRole('heading', { name: 'Daily challenge — 22 November 2026' }).waitFor();
  await playDaily(page);
  await page.waitForFunction(() => /22 November 2026/.test(document.querySelector('img.card-preview')?.alt));
  const second = await preview.getAttribute('alt');
  assert.match(second, /: Daily challenge · 22 November 2026\. .* Daily streak: 2 days\. litre-quiz\.example$/);

  await mkdir(ARTIFACTS, { recursive: true });
  for (const [slug, label] of [['square', 'Square (1080×1080)'], ['wide', 'Wide (1200×630)']]) {
    await page.getByRole('radio', { name: label }).check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save image' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'litre-quiz-2026-11-22.png');
    const file = `${ARTIFACTS}/result-card-daily-${slug}.png`;
    await download.saveAs(file);
    if (process.env.UPDATE_DOCS) await copyFile(file, `docs/result-card-${slug}.png`);
  }
  assert.deepEqual(page.errors, []);
  await context.close();
});
