// Scores are never lost: two tabs, a full quota, blocked storage, a newer version's data,
// partly corrupt data, export → import, bad imports, reset, stats charts and achievements.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  assertAccessible,
  chooseSpoilerLimit,
  freshPage,
  playRoundByKeyboard,
  useGame,
} from './support.mjs';

const game = useGame();
const KEY = 'litre-quiz';

async function startRound(page) {
  await page.goto(`${game.url}#/play`);
  const picker = page.getByLabel('Up to which episode have you watched?');
  await page.getByText('Question 1 of 10').or(picker).waitFor();
  if (await picker.count()) {
    await chooseSpoilerLimit(page);
  }
  await page.getByText('Question 1 of 10').waitFor();
}

/** Plays a classic round and returns the score shown on Results. */
async function playClassic(page) {
  await startRound(page);
  return playRoundByKeyboard(page);
}

const stored = (page) => page.evaluate((key) => localStorage.getItem(key), KEY);

test('two tabs: both games are kept, and the other tab updates without a reload', async () => {
  const { context, page: a } = await freshPage(game);
  await a.goto(`${game.url}#/settings`);
  await chooseSpoilerLimit(a);
  const b = await context.newPage();
  await b.goto(game.url);
  await b.getByText('No best score yet').waitFor();
  const scoreA = await playClassic(a);
  // Tab B hears about it through the storage event.
  await b.getByText(`Best score: ${scoreA} of 10`).waitFor();
  await playClassic(b);
  await a.goto(`${game.url}#/stats`);
  await a.getByText('Games played').waitFor();
  assert.equal(await a.locator('dt:has-text("Games played") + dd').innerText(), '2');
  const records = JSON.parse(await stored(a));
  assert.equal(records.results.length, 2);
  assert.notEqual(records.results[0].id, records.results[1].id);
  await context.close();
});

test('a full quota: the game is kept in memory, the player is told, and a later write catches up', async () => {
  const { context, page } = await freshPage(game);
  await page.goto(`${game.url}#/settings`);
  await chooseSpoilerLimit(page);
  const fillers = await page.evaluate(() => {
    const chunk = 'x'.repeat(256 * 1024);
    let n = 0;
    try {
      for (; n < 1000; n++) localStorage.setItem(`filler-${n}`, chunk);
    } catch {}
    try {
      for (let t = 0; t < 10000; t++) localStorage.setItem(`tail-${t}`, 'y'.repeat(512));
    } catch {}
    return n;
  });
  assert.ok(fillers > 0);
  const first = await playClassic(page);
  await page.getByText('Your latest score could not be saved').waitFor();
  await page.getByText(`Score: ${first} of 10`).waitFor();
  await page.evaluate((n) => {
    for (let i = 0; i < n; i++) localStorage.removeItem(`filler-${i}`);
  }, fillers);
  await playClassic(page);
  await page.waitForFunction(() => !document.body.innerText.includes('could not be saved'));
  const records = JSON.parse(await stored(page));
  assert.equal(records.results.length, 2, 'the game from the failed write was written too');
  await context.close();
});

test('blocked storage: an in-memory session with a plain notice', async () => {
  const { context, page } = await freshPage(game);
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  await page.goto(game.url);
  await page.getByText('This browser is not letting the game save scores').waitFor();
  const score = await playClassic(page);
  await page.getByText(`Score: ${score} of 10`).waitFor();
  await page.goto(`${game.url}#/`);
  await page.getByText(`Best score: ${score} of 10`).waitFor();
  assert.deepEqual(page.errors, []);
  await context.close();
});

test("a newer version's data is never overwritten", async () => {
  const { context, page } = await freshPage(game);
  const newer = JSON.stringify({ version: 99, from: 'the future' });
  await page.goto(game.url);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, newer]);
  await page.reload();
  await page.getByText('saved by a newer version of this game').waitFor();
  await playClassic(page);
  assert.equal(await stored(page), newer);
  await context.close();
});

test('partly corrupt data: what can be read is kept, the rest reset, the original backed up', async () => {
  const { context, page } = await freshPage(game);
  await page.goto(game.url);
  await playClassic(page);
  const good = JSON.parse(await stored(page));
  good.results.push({ id: 'broken', score: 'lots' });
  good.best.timed = 'fast';
  const damaged = JSON.stringify(good);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, damaged]);
  await page.goto(`${game.url}#/stats`);
  await page.reload();
  await page.getByText('Part of your saved scores could not be read').waitFor();
  assert.equal(await page.locator('dt:has-text("Games played") + dd').innerText(), '1');
  assert.equal(await page.evaluate(() => localStorage.getItem('litre-quiz-backup')), damaged);
  await context.close();
});

test('export, then import into a fresh profile with preview and confirmation', async () => {
  const { context, page } = await freshPage(game);
  const score = await playClassic(page);
  await page.goto(`${game.url}#/settings`);
  await assertAccessible(page, 'Settings');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export scores' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^litre-quiz-scores-\d{4}-\d{2}-\d{2}\.json$/);
  const file = join(await mkdtemp(join(tmpdir(), 'litre-export-')), download.suggestedFilename());
  await download.saveAs(file);
  const exported = JSON.parse(await readFile(file, 'utf8'));
  assert.equal(exported.version, 4);
  await context.close();

  const other = await freshPage(game);
  const p = other.page;
  await p.goto(`${game.url}#/settings`);
  await p.getByLabel(/Import scores from a file/).setInputFiles(file);
  const preview = p.getByRole('region', { name: 'Import preview' });
  await preview.getByText('This file holds: 1 games played, 1 recent games kept').waitFor();
  await preview.getByRole('button', { name: 'Merge into my scores' }).click();
  await p.getByRole('alertdialog', { name: 'Confirm import' }).waitFor();
  await p.getByRole('button', { name: 'Yes, merge' }).click();
  await p.getByText("The file's scores were merged into yours.").waitFor();
  await p.goto(game.url);
  await p.getByText(`Best score: ${score} of 10`).waitFor();
  await other.context.close();
});

test('bad imports are refused with a clear message and change nothing', async () => {
  const { context, page } = await freshPage(game);
  await playClassic(page);
  const before = await stored(page);
  await page.goto(`${game.url}#/settings`);
  const input = page.getByLabel(/Import scores from a file/);
  const cases = [
    ['notes.json', 'this is not json', 'not a scores file from this game'],
    ['half.json', '{"version":2,"results":[{"id":1}]}', 'damaged'],
    ['future.json', '{"version":7}', 'newer version'],
    ['huge.json', `{"pad":"${'x'.repeat(1024 * 1024)}"}`, 'larger than 1 MB'],
  ];
  for (const [name, text, message] of cases) {
    await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    const alert = page.getByRole('alert');
    await alert.getByText(message).waitFor();
    assert.match(await alert.innerText(), /Nothing was changed\./);
  }
  assert.equal(await stored(page), before);
  await context.close();
});

test('reset asks first, then forgets every score but keeps the settings', async () => {
  const { context, page } = await freshPage(game);
  await playClassic(page);
  await page.goto(`${game.url}#/settings`);
  await page.getByRole('button', { name: 'Reset all scores…' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  assert.equal(JSON.parse(await stored(page)).results.length, 1, 'cancel keeps everything');
  await page.getByRole('button', { name: 'Reset all scores…' }).click();
  await page.getByRole('button', { name: 'Yes, delete all scores' }).click();
  await page.getByText('All scores were deleted.').waitFor();
  await page.goto(game.url);
  await page.getByText('No best score yet').waitFor();
  await page.getByText('Spoiler guard: All of it, including the 2007 special.').waitFor();
  await context.close();
});

test('stats draw both charts with table alternatives, and achievements are announced', async () => {
  const { context, page } = await freshPage(game);
  await playClassic(page);
  await page.getByRole('status').getByText('New achievement: First steps').waitFor();
  await page.goto(`${game.url}#/stats`);
  await page.getByRole('img', { name: 'Accuracy over your recent scored games' }).waitFor();
  await page.getByRole('img', { name: 'Accuracy by category' }).waitFor();
  await page.getByText('Show as a table').first().click();
  await page.getByRole('table', { name: 'Accuracy over your recent scored games' }).waitFor();
  await page.getByRole('table', { name: 'Classic: your ten best games' }).waitFor();
  await page.getByText(/Earned \d{1,2} [A-Z][a-z]+ \d{4}/).first().waitFor();
  await assertAccessible(page, 'Stats');
  await context.close();
});

test('two tabs change different settings, and both changes survive a reload', async () => {
  const { context, page: a } = await freshPage(game);
  await a.goto(`${game.url}#/settings`);
  await chooseSpoilerLimit(a);
  const b = await context.newPage();
  b.errors = [];
  b.on('pageerror', (e) => b.errors.push(e.message));
  // Tab B does not hear of tab A's change before it makes its own (as when the other tab's
  // event has not arrived yet): its storage events are stopped before the game sees them.
  await b.addInitScript(() => {
    addEventListener('storage', (event) => event.stopImmediatePropagation(), true);
  });
  await b.goto(`${game.url}#/settings`);
  await b.getByRole('heading', { name: 'Settings' }).waitFor();
  await a.getByLabel('Dark').check();
  await a.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  assert.equal(await b.evaluate(() => document.documentElement.dataset.theme), undefined, 'B has not heard');
  await b.getByLabel(/Play a short chime/).check();
  await b.waitForFunction(() => JSON.parse(localStorage.getItem('litre-quiz')).settings.sound === true);
  const settings = JSON.parse(await stored(b)).settings;
  assert.equal(settings.theme, 'dark', "A's theme is kept");
  assert.equal(settings.sound, true, "B's sound is kept");
  await a.reload();
  await a.getByRole('heading', { name: 'Settings' }).waitFor();
  assert.equal(await a.getByLabel('Dark').isChecked(), true);
  assert.equal(await a.getByLabel(/Play a short chime/).isChecked(), true);
  assert.deepEqual([...a.errors, ...b.errors], []);
  await context.close();
});
