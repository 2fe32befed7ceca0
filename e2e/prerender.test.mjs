// The first paint is the real Home: the build prerenders it into dist/index.html
// (tools/prerender.mjs), its links work before the wasm has arrived, a press made then shows
// an announced loading state and then the page asked for, and the game replaces the snapshot
// when it starts rather than adding a second page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { chooseSpoilerLimit, freshPage, useGame } from './support.mjs';

const game = useGame();

/** Holds every request for the wasm until the returned `release()` is called. */
async function holdWasm(page) {
  let release;
  const gate = new Promise((resolve) => (release = resolve));
  let requested = 0;
  await page.route(/_bg\.wasm$/, async (route) => {
    requested += 1;
    await gate;
    await route.continue();
  });
  return { release, requested: () => requested };
}

/** Records Content-Security-Policy violations in window.policyViolations. */
async function watchPolicy(page) {
  await page.addInitScript(() => {
    window.policyViolations = [];
    addEventListener('securitypolicyviolation', (e) =>
      window.policyViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}

test('dist/index.html holds Home in <body>, shown with JavaScript off', async () => {
  const html = await readFile('dist/index.html', 'utf8');
  const body = html.slice(html.search(/<body\b/i));
  const firstScript = body.search(/<script\b/i);
  for (const text of ['1 Litre of Tears — the fan quiz', 'href="#/play"', 'Ways to play', '<noscript>']) {
    const at = body.indexOf(text);
    assert.ok(at > 0, `<body> contains ${text}`);
    assert.ok(firstScript < 0 || at < firstScript, `${text} comes before the first <script> of <body>`);
  }
  assert.doesNotMatch(html, /<link\b[^>]*rel=["']?stylesheet/i, 'the stylesheet is inlined');
  assert.match(html, /style-src 'self' 'sha256-/, 'the inline styles are allowed by hash');

  const context = await game.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(game.url);
  await page.getByRole('heading', { level: 1, name: /1 Litre of Tears — the fan quiz/ }).waitFor();
  const play = page.getByRole('link', { name: 'Play', exact: true });
  assert.equal(await play.getAttribute('href'), '#/play');
  assert.ok(await play.isVisible(), 'Play is visible');
  await page.getByRole('heading', { level: 2, name: 'Ways to play' }).waitFor();
  const modes = page.getByRole('list').filter({ has: page.getByRole('link', { name: 'Daily challenge' }) });
  const links = await modes.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(links.length >= 4, `the ways to play are listed: ${links}`);
  assert.ok(links.every((href) => href.startsWith('#/')), `they are hash links: ${links}`);
  assert.ok(links.includes('#/daily'), `the daily challenge is one: ${links}`);
  // The per-player lines are neutral placeholders, not a first visitor's text.
  await page.getByText('Best score: … of 10').waitFor();
  assert.equal(await page.getByText('No best score yet').count(), 0);
  // Every way to play has its status line already, so a returning player's page keeps its
  // layout when the game fills them in.
  assert.equal(await page.getByText('Best: …', { exact: true }).count(), links.length - 2);
  assert.equal(await page.getByText('Today: … · streak …', { exact: true }).count(), 1);
  assert.equal(await page.getByText('Last game: …', { exact: true }).count(), 1, 'Play together');
  // Without JavaScript the links still go somewhere: the hash changes.
  await play.click();
  assert.match(page.url(), /#\/play$/);
  await context.close();
});

test('Play pressed before the wasm has arrived: an announced loading state, then the next view', async () => {
  const { context, page } = await freshPage(game);
  await watchPolicy(page);
  const wasm = await holdWasm(page);
  await page.goto(game.url);
  await page.getByRole('link', { name: 'Play', exact: true }).click();

  const status = page.getByRole('status').filter({ hasText: 'Loading the game…' });
  await status.waitFor();
  assert.equal(await status.getAttribute('aria-live'), 'polite');
  const bar = page.getByRole('progressbar', { name: 'Loading the game' });
  assert.ok(await bar.isVisible(), 'the progress bar is visible');
  assert.match(page.url(), /#\/play$/);
  assert.ok(wasm.requested() >= 1, 'the wasm was requested and is being held');

  wasm.release();
  await page.getByLabel('Up to which episode have you watched?').waitFor();
  assert.equal(await page.getByRole('status').filter({ hasText: 'Loading the game…' }).count(), 0);
  assert.deepEqual(
    await page.evaluate(() => ({
      main: document.querySelectorAll('main').length,
      header: document.querySelectorAll('header').length,
      home: document.querySelectorAll('.home').length,
    })),
    { main: 1, header: 1, home: 0 },
    'one page: the game replaced the prerendered Home',
  );
  await chooseSpoilerLimit(page);
  await page.getByText('Question 1 of 10').waitFor();
  assert.deepEqual(await page.evaluate(() => window.policyViolations), []);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a button pressed before the wasm has arrived is carried out once the game starts', async () => {
  const { context, page } = await freshPage(game);
  const wasm = await holdWasm(page);
  await page.goto(game.url);
  await page.getByRole('button', { name: 'Keyboard shortcuts (?)' }).click();
  await page.getByRole('progressbar', { name: 'Loading the game' }).waitFor();
  wasm.release();
  await page.getByRole('dialog').waitFor();
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a shortcut key pressed before the wasm has arrived is carried out once the game starts', async () => {
  const { context, page } = await freshPage(game);
  const wasm = await holdWasm(page);
  await page.goto(game.url);
  await page.getByRole('link', { name: 'Play', exact: true }).focus();
  await page.keyboard.press('?');
  await page.waitForTimeout(200);
  assert.equal(await page.getByRole('dialog').count(), 0, 'not before the game has started');
  wasm.release();
  await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Play', 'focus is back on Play');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a cold link to another page shows the loading state, then that page', async () => {
  const { context, page } = await freshPage(game);
  const wasm = await holdWasm(page);
  await page.goto(`${game.url}#/daily`);
  await page.getByRole('status').filter({ hasText: 'Loading the game…' }).waitFor();
  wasm.release();
  await page.getByRole('button', { name: "Start today's challenge" }).click();
  await page.getByText('Question 1 of 10').waitFor();
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('once started, the game has replaced the snapshot: one page, per-player lines filled in', async () => {
  const { context, page } = await freshPage(game);
  await page.goto(game.url);
  await page.waitForFunction(() => window.litreBoot?.phase === 'started');
  await page.getByText('No best score yet — your first round sets it.').waitFor();
  const counts = await page.evaluate(() => ({
    main: document.querySelectorAll('main').length,
    h1: document.querySelectorAll('h1').length,
    play: [...document.querySelectorAll('a')].filter((a) => a.textContent === 'Play').length,
    placeholders: ['Best score: … of 10', 'Today: … · streak …'].some((t) => document.body.innerText.includes(t)),
  }));
  assert.deepEqual(counts, { main: 1, h1: 1, play: 1, placeholders: false });
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a player who chose the dark theme sees it from the first paint, before the game starts', async () => {
  // No service worker, so the wasm request reaches page.route and can be held.
  const context = await game.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${game.url}#/settings`);
  await page.getByLabel('Dark').check();
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('litre-quiz') ?? '{}').settings?.theme === 'dark');
  await page.goto('about:blank');
  const wasm = await holdWasm(page);
  await page.goto(game.url);
  await page.getByRole('heading', { level: 1, name: /1 Litre of Tears — the fan quiz/ }).waitFor();
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.endsWith('.js')));
  assert.equal(await page.locator('#boot-status').count(), 1, 'the game has not started yet');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  wasm.release();
  await context.close();
});
