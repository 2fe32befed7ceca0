// Accessible and good-looking everywhere: axe on every route in light and dark, keyboard
// shortcuts and the help dialog, reduced motion, phone widths, Japanese text, sound, and the
// screenshots written to e2e/artifacts/ for a person to look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import {
  answerByKeyboard,
  assertAccessible,
  chooseSpoilerLimit,
  freshPage,
  playRoundByKeyboard,
  tabTo,
  useGame,
} from './support.mjs';

const game = useGame();
const ARTIFACTS = 'e2e/artifacts';

/** A profile with one finished round, so Results and Stats have content. */
async function playedPage(options = {}) {
  const context = await game.browser.newContext(options);
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  await page.goto(`${game.url}#/settings`);
  await chooseSpoilerLimit(page);
  await page.goto(`${game.url}#/play`);
  await page.getByText('Question 1 of 10').waitFor();
  await playRoundByKeyboard(page);
  return { context, page };
}

const ROUTES = [
  ['#/', /1 Litre of Tears/],
  ['#/play/classic', 'Classic'],
  ['#/play/category', 'Categories'],
  ['#/daily', /Daily challenge/],
  ['#/daily/2025-01-01', /Daily challenge/],
  ['#/daily/2999-01-01', /not out yet/],
  ['#/results', 'Results'],
  ['#/stats', 'Your stats'],
  ['#/together', 'Play together'],
  ['#/settings', 'Settings'],
  ['#/about', 'About this quiz'],
  ['#/no-such-page', 'Page not found'],
];

for (const scheme of ['light', 'dark']) {
  test(`axe finds nothing on any route in the ${scheme} theme`, async () => {
    const { context, page } = await playedPage({ colorScheme: scheme });
    for (const [route, heading] of ROUTES) {
      await page.goto(`${game.url}${route}`);
      await page.getByRole('heading', { name: heading, level: 1 }).first().waitFor();
      await assertAccessible(page, `${route} (${scheme})`);
    }
    // A question, before and after answering, and the help dialog.
    await page.goto(`${game.url}#/play/timed`);
    await page.getByText('Question 1 of 10').waitFor();
    await assertAccessible(page, `a question (${scheme})`);
    await answerByKeyboard(page);
    await assertAccessible(page, `feedback (${scheme})`);
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await assertAccessible(page, `help dialog (${scheme})`);
    assert.deepEqual(page.errors, []);
    await context.close();
  });
}

test('a manual dark theme overrides a light device, is saved, and passes axe', async () => {
  const { context, page } = await playedPage({ colorScheme: 'light' });
  await page.goto(`${game.url}#/settings`);
  await page.getByLabel('Dark').check();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(await background(), 'rgb(28, 26, 33)');
  await page.reload();
  await page.getByRole('heading', { name: 'Settings' }).waitFor();
  assert.equal(await page.getByLabel('Dark').isChecked(), true);
  await assertAccessible(page, 'settings (manual dark)');
  await page.getByLabel('Follow my device').check();
  assert.equal(await background(), 'rgb(248, 243, 234)');
  await context.close();
});

test('the help dialog opens with ?, keeps focus inside, and gives it back on Esc', async () => {
  const { context, page } = await freshPage(game);
  await page.goto(game.url);
  await tabTo(page, () => document.activeElement?.textContent === 'Stats');
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await dialog.waitFor();
  for (const key of ['Esc', 'M', '1–4 or A–D']) await dialog.getByText(key, { exact: true }).waitFor();
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    const inside = await page.evaluate(() => !!document.activeElement?.closest('dialog'));
    assert.ok(inside, 'focus stays in the dialog');
  }
  const before = page.url();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Stats');
  // Esc outside the dialog goes home, which would add #/ to this address.
  await page.waitForTimeout(100);
  assert.equal(page.url(), before, 'Esc closed the dialog and did not navigate');
  // The footer button opens it for mouse users, and Close gives focus back too.
  await page.getByRole('button', { name: 'Keyboard shortcuts (?)' }).click();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await context.close();
});

test('Esc goes home from a question; M turns sound on and off and says so', async () => {
  const { context, page } = await freshPage(game);
  await context.addInitScript(() => {
    window.__chimes = 0;
    window.__audioContexts = 0;
    const Real = window.AudioContext;
    window.AudioContext = class extends Real {
      constructor(...args) {
        super(...args);
        window.__audioContexts += 1;
      }
      createOscillator() {
        // A chime's notes are made in one go: the first of them counts.
        if (!this.__chiming) {
          this.__chiming = true;
          window.__chimes += 1;
          queueMicrotask(() => (this.__chiming = false));
        }
        return super.createOscillator();
      }
    };
  });
  await page.goto(`${game.url}#/settings`);
  await chooseSpoilerLimit(page);
  await page.goto(`${game.url}#/play`);
  await page.getByText('Question 1 of 10').waitFor();
  await answerByKeyboard(page);
  assert.equal(await page.evaluate(() => window.__chimes), 0, 'sound is off by default');
  await page.keyboard.press('m');
  await page.getByText('Sound on', { exact: true }).waitFor();
  await page.keyboard.press('Enter');
  await page.getByText('Question 2 of 10').waitFor();
  await answerByKeyboard(page);
  assert.equal(await page.evaluate(() => window.__chimes), 1, 'a chime after the answer');
  await page.keyboard.press('Enter');
  await page.getByText('Question 3 of 10').waitFor();
  await answerByKeyboard(page);
  assert.equal(await page.evaluate(() => window.__chimes), 2, 'a chime after each answer');
  assert.equal(await page.evaluate(() => window.__audioContexts), 1, 'one audio context for all');
  await page.keyboard.press('M');
  await page.getByText('Sound off', { exact: true }).waitFor();
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: 'Play', exact: true }).waitFor();
  await page.goto(`${game.url}#/settings`);
  assert.equal(await page.getByLabel(/Play a short chime/).isChecked(), false);
  await context.close();
});

test('with reduced motion a whole round plays by keyboard and nothing animates', async () => {
  const { context, page } = await playedPage({ reducedMotion: 'reduce' });
  await page.goto(`${game.url}#/play`);
  await page.getByText('Question 1 of 10').waitFor();
  await answerByKeyboard(page);
  const animation = await page
    .getByRole('region', { name: 'Answer feedback' })
    .evaluate((el) => getComputedStyle(el).animationName);
  assert.equal(animation, 'none');
  await context.close();
  const moving = await playedPage({ reducedMotion: 'no-preference' });
  await moving.page.goto(`${game.url}#/play`);
  await moving.page.getByText('Question 1 of 10').waitFor();
  await answerByKeyboard(moving.page);
  const name = await moving.page
    .getByRole('region', { name: 'Answer feedback' })
    .evaluate((el) => getComputedStyle(el).animationName);
  assert.equal(name, 'rise', 'without the preference the gentle animation runs');
  await moving.context.close();
});

test('320 px phones: no sideways scrolling, and controls are at least 44 px', async () => {
  const { context, page } = await playedPage({ viewport: { width: 320, height: 640 } });
  const routes = [...ROUTES.map(([r]) => r), '#/play/survival'];
  for (const route of routes) {
    await page.goto(`${game.url}${route}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const { scroll, client } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    assert.ok(scroll <= client, `${route} scrolls sideways (${scroll} > ${client})`);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('button, select, input[type=text], .site-nav a, .mode-link, a.button')]
        .filter((el) => el.offsetParent !== null)
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.height < 44 || box.width < 44)
        .map(({ el, box }) => `${el.textContent.trim() || el.getAttribute('aria-label')} ${box.width}x${box.height}`),
    );
    assert.deepEqual(small, [], `${route}: controls smaller than 44 px`);
  }
  await context.close();
});

test('Japanese text is marked lang="ja"', async () => {
  const { context, page } = await freshPage(game);
  await page.goto(`${game.url}#/about`);
  await page.getByRole('heading', { name: 'About this quiz' }).waitFor();
  const spans = await page.locator('[lang="ja"]').allInnerTexts();
  assert.ok(spans.includes('1リットルの涙'));
  assert.ok(spans.every((t) => /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/.test(t)), 'only Japanese is marked');
  await context.close();
});

test('screenshots of every main page, phone and desktop, light and dark', async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  for (const [width, height] of [[375, 812], [1280, 800]]) {
    for (const scheme of ['light', 'dark']) {
      const { context, page } = await playedPage({ viewport: { width, height }, colorScheme: scheme });
      const shot = async (name) => {
        await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
        await page.screenshot({ path: `${ARTIFACTS}/${name}-${width}x${height}-${scheme}.png`, fullPage: true });
      };
      await page.getByText('New achievement').first().waitFor();
      await shot('results');
      await page.goto(game.url);
      await page.getByRole('link', { name: 'Play', exact: true }).waitFor();
      await shot('home');
      await page.goto(`${game.url}#/play/classic/s2a`);
      await page.getByText('Question 1 of 10').waitFor();
      await answerByKeyboard(page);
      await shot('play');
      await page.goto(`${game.url}#/stats`);
      await page.getByRole('img', { name: 'Accuracy by category' }).waitFor();
      await shot('stats');
      await page.goto(`${game.url}#/settings`);
      await page.getByRole('heading', { name: 'Settings' }).waitFor();
      await shot('settings');
      await context.close();
    }
  }
});
