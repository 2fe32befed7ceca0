// What loads after Home: the question bank (fetched when a page first needs it) and the module
// of every page but Home (fetched on first use). Home never waits for either; a page that needs
// one says so while it loads, and a failed fetch is explained with a retry that works.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseSpoilerLimit, holdRequests, useGame } from './support.mjs';

const game = useGame();
const BANK = /\/bank-[0-9a-f]+\.json$/;

/** A fresh profile whose requests all reach page.route (no service worker in between). */
async function freshPage(game) {
  const context = await game.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  return { context, page };
}

test('Home shows without the questions; a quiz waits for them with an announced loading state', async () => {
  const { context, page } = await freshPage(game);
  const release = await holdRequests(page, BANK);
  await page.goto(`${game.url}#/settings`);
  await chooseSpoilerLimit(page);
  await page.goto(game.url);
  await page.getByRole('link', { name: 'Play', exact: true }).click();
  await page.getByRole('status').getByText('Loading the questions…').waitFor();
  assert.equal(await page.getByRole('progressbar', { name: 'Loading the questions' }).count(), 1);
  release();
  await page.getByText('Question 1 of 10').waitFor();
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a failed fetch is explained, nothing is lost, and Try again loads the quiz', async () => {
  const { context, page } = await freshPage(game);
  await page.route(BANK, (route) => route.abort());
  await page.goto(`${game.url}#/settings`);
  await chooseSpoilerLimit(page);
  await page.goto(`${game.url}#/play`);
  const alert = page.getByRole('alert');
  await alert.getByText('The questions could not be loaded.').waitFor();
  await page.unroute(BANK);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await page.getByText('Question 1 of 10').waitFor();
  const settings = await page.evaluate(() => JSON.parse(localStorage.getItem('litre-quiz')).settings);
  assert.equal(settings.spoiler_limit, 12, 'the settings were kept');
  assert.deepEqual(page.errors, []);
  await context.close();
});

const PAGES = /\/split_pages\.wasm$/;

test('the other pages arrive on first use: loading, then the page; a failed fetch has a working retry', async () => {
  const { context, page } = await freshPage(game);
  await page.route(PAGES, (route) => route.abort());
  await page.goto(game.url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByRole('link', { name: 'Stats' }).click();
  const alert = page.getByRole('alert');
  await alert.getByText('This part of the game could not be loaded.').waitFor();
  await page.unroute(PAGES);
  const release = await holdRequests(page, PAGES);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('progressbar', { name: 'Loading this page' }).waitFor();
  release();
  await page.getByRole('heading', { name: 'Your stats' }).waitFor();
  // Once arrived, the pages module serves every other page at once.
  await page.getByRole('link', { name: 'About' }).click();
  await page.getByRole('heading', { name: 'About this quiz' }).waitFor();
  assert.deepEqual(page.errors, []);
  await context.close();
});

const QUIZ = /\/split_quiz\.wasm$/;

test("Play and Daily show their first screen without the quiz's module; a failed fetch has a working retry", async () => {
  const { context, page } = await freshPage(game);
  await page.route(QUIZ, (route) => route.abort());
  await page.goto(game.url);
  await page.getByRole('link', { name: 'Play', exact: true }).click();
  // The first visit's spoiler question is in the main module.
  await page.getByRole('heading', { name: 'Before you play: spoilers' }).waitFor();
  await page.getByRole('button', { name: /I've watched it all/ }).click();
  const alert = page.getByRole('alert');
  await alert.getByText('The quiz could not be loaded.').waitFor();
  await page.unroute(QUIZ);
  const release = await holdRequests(page, QUIZ);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('progressbar', { name: 'Loading the quiz' }).waitFor();
  release();
  await page.getByText('Question 1 of 10').waitFor();
  // Once arrived, the daily challenge starts at once.
  await page.goto(`${game.url}#/daily`);
  await page.getByRole('button', { name: "Start today's challenge" }).click();
  await page.getByText('Question 1 of 10').waitFor();
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a shared daily or quiz link fetches its questions alongside the game, in the player’s language; Home does not', async () => {
  const WASM = /\/litre-quiz_bg\.wasm$/;
  const BANK_JA = /\/bank-ja-[0-9a-f]+\.json$/;
  /** The bank files requested while the game's main module is held back. */
  const banksBeforeStart = async (hash, options = {}) => {
    const context = await game.browser.newContext({ serviceWorkers: 'block', ...options });
    const page = await context.newPage();
    const banks = [];
    page.on('request', (request) => {
      const url = request.url();
      if (BANK.test(url) || BANK_JA.test(url)) banks.push(url.replace(/.*\//, ''));
    });
    const release = await holdRequests(page, WASM);
    await page.goto(`${game.url}${hash}`);
    await page.waitForTimeout(700);
    const seen = [...banks];
    release();
    await context.close();
    return seen;
  };
  const daily = await banksBeforeStart('#/daily');
  assert.equal(daily.length, 1, `one bank for a daily link: ${daily}`);
  assert.match(daily[0], /^bank-[0-9a-f]+\.json$/);
  const quiz = await banksBeforeStart('#/play/classic/s1a2b', { locale: 'ja-JP' });
  assert.equal(quiz.length, 1, `one bank for a quiz link: ${quiz}`);
  assert.match(quiz[0], /^bank-ja-[0-9a-f]+\.json$/, 'the Japanese one for a Japanese browser');
  assert.deepEqual(await banksBeforeStart(''), [], 'Home waits until it has started');
});

const HELP = /\/split_help\.wasm$/;

test('the shortcuts arrive just after start; asked for before, they load; a failed fetch has a working retry', async () => {
  const { context, page } = await freshPage(game);
  await page.route(HELP, (route) => route.abort());
  await page.goto(game.url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForFunction(() => window.litreBoot?.phase === 'started');
  await page.keyboard.press('?');
  const alert = page.getByRole('alert');
  await alert.getByText('The shortcuts could not be loaded.').waitFor();
  // Esc closes the message, and stays on the page.
  const address = page.url();
  await page.keyboard.press('Escape');
  await alert.waitFor({ state: 'detached' });
  assert.equal(page.url(), address);
  await page.unroute(HELP);
  const release = await holdRequests(page, HELP);
  await page.getByRole('button', { name: 'Keyboard shortcuts (?)' }).click();
  await alert.getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('progressbar', { name: 'Loading the shortcuts' }).waitFor();
  release();
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'hidden' });
  assert.deepEqual(page.errors, []);
  await context.close();
});
