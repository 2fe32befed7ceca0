// Shared set-up for the end-to-end tests: serve dist/, launch Debian's Chromium, and play the
// game the way a person does (by role, label and keyboard).
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { serve } from '../tools/serve.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from '../tools/chromium.mjs';


/** Serves dist/ and launches a browser for the calling test file; returns a live handle. */
export function useGame({ prefix = '/' } = {}) {
  const game = { url: '', browser: null };
  let server;
  before(async () => {
    ({ server, url: game.url } = await serve({ root: 'dist', prefix }));
    game.browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
    });
  });
  after(async () => {
    await game.browser?.close();
    server?.close();
  });
  return game;
}

/** A fresh browser profile (empty localStorage) with one page that reports page errors. */
export async function freshPage(game) {
  const context = await game.browser.newContext();
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  return { context, page };
}

/** The first-run spoiler question: picks `label` with the mouse-free select and saves. */
export async function chooseSpoilerLimit(page, label = 'All of it, including the 2007 special') {
  await page.getByLabel('Up to which episode have you watched?').selectOption({ label });
  await page.getByRole('button', { name: 'Save' }).click();
}

/**
 * Holds back every request matching `pattern` on `page` until the returned function is called
 * (to see a loading state); the requests then go through.
 */
export async function holdRequests(page, pattern) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/**
 * Takes the Web Share API away from every page of `context`, so Save image downloads: a share
 * sheet cannot be checked in headless Chromium, and browsers that cannot share files download.
 */
export async function withoutShareSheet(context) {
  await context.addInitScript(() => {
    delete Navigator.prototype.share;
    delete Navigator.prototype.canShare;
  });
}

/** Width and height from a PNG's IHDR chunk; fails if `bytes` is not a PNG. */
export function pngSize(bytes) {
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  assert.equal(bytes.toString('latin1', 12, 16), 'IHDR');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** Presses Tab until the focused element satisfies `isTarget`; fails after `limit` presses. */
export async function tabTo(page, isTarget, limit = 30) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(isTarget)) return;
  }
  assert.fail('could not reach the control with the Tab key');
}

/**
 * Answers the current question with the keyboard only and returns true when the game said
 * it was right. Choice questions get key `choiceKey`; ordering questions are checked as shown;
 * typed questions get `typedText`.
 */
export async function answerByKeyboard(page, { choiceKey = '1', typedText = 'Aya' } = {}) {
  if (await page.getByLabel('Your answer').count()) {
    if (!(await page.evaluate(() => document.activeElement?.id === 'typed-answer'))) {
      await tabTo(page, () => document.activeElement?.id === 'typed-answer');
    }
    await page.keyboard.type(typedText);
    await page.keyboard.press('Enter');
  } else if (await page.getByRole('button', { name: 'Check order' }).count()) {
    await tabTo(page, () => document.activeElement?.textContent === 'Check order');
    await page.keyboard.press('Enter');
  } else {
    await page.keyboard.press(choiceKey);
  }
  const feedback = page.getByRole('region', { name: 'Answer feedback' });
  await feedback.waitFor();
  const text = await feedback.innerText();
  assert.match(text, /Correct!|Not quite — the answer is/);
  return text.includes('Correct!');
}

/** Plays a whole round by keyboard from the first question; returns how many were right. */
export async function playRoundByKeyboard(page) {
  let right = 0;
  for (let n = 1; n <= 10; n++) {
    await page.getByText(`Question ${n} of 10`).waitFor();
    // Focus is on the prompt, or on the answer field of a typed question (which takes keys at once).
    await page.waitForFunction(() => ['question-prompt', 'typed-answer'].includes(document.activeElement?.id));
    if (await answerByKeyboard(page)) right += 1;
    await page.keyboard.press('Enter');
  }
  await page.getByRole('heading', { name: 'Results' }).waitFor();
  return right;
}

/** Fails with the list of axe-core violations on the current page, if any. */
export async function assertAccessible(page, what) {
  // Let entrance animations finish: mid-fade colours are not what a reader sees.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  const { violations } = await new AxeBuilder({ page }).analyze();
  const summary = violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  assert.deepEqual(summary, [], `axe violations on ${what}`);
}
