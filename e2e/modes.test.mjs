// Every way to play, end to end in Chromium, by keyboard: set-up forms, timed, survival, the
// daily challenge (same for everyone; one scored try; midnight UTC), practice, lifelines,
// question types, the spoiler guard, sharing, and malformed addresses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
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

/** A fresh profile that has already answered the spoiler question. */
async function readyPage(limit) {
  const { context, page } = await freshPage(game);
  await page.goto(`${game.url}#/settings`);
  await chooseSpoilerLimit(page, limit);
  return { context, page };
}

const prompt = (page) => page.getByRole('heading', { level: 1 }).innerText();

test('classic with a difficulty, chosen and played by keyboard', async () => {
  const { context, page } = await readyPage();
  await page.goto(`${game.url}#/play/classic`);
  await assertAccessible(page, 'Classic set-up');
  await tabTo(page, () => document.activeElement?.id === 'difficulty-mixed');
  await page.keyboard.press('ArrowDown'); // Easy
  await page.keyboard.press('ArrowDown'); // Normal
  await page.keyboard.press('ArrowDown'); // Hard
  assert.equal(await page.getByLabel('Hard').isChecked(), true);
  await tabTo(page, () => document.activeElement?.textContent === 'Start');
  await page.keyboard.press('Enter');
  assert.match(page.url(), /#\/play\/classic\/s[0-9a-f]+-dh$/);
  await playRoundByKeyboard(page);
  await page.getByText(/^Score: \d+ of 10$/).waitFor();
  await context.close();
});

test('categories: a choice is required, and only chosen categories are asked', async () => {
  const { context, page } = await readyPage();
  await page.goto(`${game.url}#/play/category`);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByText('Choose at least one category.').waitFor();
  await tabTo(page, () => document.activeElement?.id === 'category-cast');
  await page.keyboard.press('Space');
  await tabTo(page, () => document.activeElement?.textContent === 'Start');
  await page.keyboard.press('Enter');
  for (let n = 1; n <= 10; n++) {
    await page.getByText(`Question ${n} of 10`).waitFor();
    await page.getByText('Categories · Cast').waitFor();
    await answerByKeyboard(page);
    await page.keyboard.press('Enter');
  }
  await page.getByRole('heading', { name: 'Results' }).waitFor();
  await context.close();
});

test('timed: a countdown, points for right answers, and time running out is a miss', async () => {
  const { context, page } = await readyPage();
  await page.clock.install();
  await page.goto(`${game.url}#/play/timed`);
  await page.getByText('Question 1 of 10').waitFor();
  await page.getByText('20 s left').waitFor();
  await page.clock.fastForward(21_000);
  const feedback = page.getByRole('region', { name: 'Answer feedback' });
  await feedback.getByText('Your answer: No answer — time ran out').waitFor();
  assert.match(await feedback.innerText(), /Not quite — the answer is/);
  await page.keyboard.press('Enter');
  for (let n = 2; n <= 10; n++) {
    await page.getByText(`Question ${n} of 10`).waitFor();
    await answerByKeyboard(page);
    await page.keyboard.press('Enter');
  }
  await page.getByText(/^\d+ points · Score: \d+ of 10$/).waitFor();
  await context.close();
});

test('survival goes on until the first miss, then says so gently', async () => {
  const { context, page } = await readyPage();
  await page.goto(`${game.url}#/play/survival`);
  let right = 0;
  for (let n = 1; ; n++) {
    await page.getByText(`Question ${n}`, { exact: true }).waitFor();
    const wasRight = await answerByKeyboard(page);
    await page.keyboard.press('Enter');
    if (!wasRight) break;
    right += 1;
    assert.ok(n < 500, 'survival never ended');
  }
  await page.getByText(`A run of ${right} right · Score: ${right} of ${right + 1}`).waitFor();
  const text = await page.locator('body').innerText();
  assert.doesNotMatch(text, /you died|game over|dead/i);
  await context.close();
});

/** Plays the daily on this page and returns its ten prompts. */
async function playDaily(page) {
  await page.getByRole('button', { name: /Start today's challenge|Play it again/ }).click();
  const prompts = [];
  for (let n = 1; n <= 10; n++) {
    await page.getByText(`Question ${n} of 10`).waitFor();
    assert.equal(await page.getByRole('group', { name: 'Lifelines' }).count(), 0, 'no lifelines');
    prompts.push(await prompt(page));
    await answerByKeyboard(page);
    await page.keyboard.press('Enter');
  }
  await page.getByRole('heading', { name: 'Results' }).waitFor();
  return prompts;
}

test('the daily is the same in two fresh profiles, scored once, replayable unscored', async () => {
  const first = await freshPage(game);
  const second = await freshPage(game);
  for (const { page } of [first, second]) {
    await page.clock.install({ time: new Date('2026-11-21T12:00:00Z') });
    await page.goto(`${game.url}#/daily`);
    await page.getByRole('heading', { name: 'Daily challenge — 21 November 2026' }).waitFor();
  }
  const a = await playDaily(first.page);
  const b = await playDaily(second.page);
  assert.deepEqual(a, b);

  const { page } = first;
  await page.getByText('Daily challenge · 21 November 2026').first().waitFor();
  assert.match(await page.getByLabel('Share text').innerText(), /^1 Litre of Tears quiz · Daily challenge · 21 November 2026\n/);
  await page.goto(`${game.url}#/daily`);
  await page.getByText("You have played today's challenge, so this replay is not scored.").waitFor();
  await page.getByText('The next one arrives in 12 h').waitFor();
  await playDaily(page);
  await page.getByText('a replay, not scored').waitFor();
  await page.goto(game.url);
  await page.getByText(/Played today ✓ · streak 1/).waitFor();
  await first.context.close();
  await second.context.close();
});

test('the daily turns over at midnight UTC, and the streak carries on', async () => {
  const { context, page } = await freshPage(game);
  await page.clock.install({ time: new Date('2026-11-21T23:59:00Z') });
  await page.goto(`${game.url}#/daily`);
  await page.getByRole('heading', { name: 'Daily challenge — 21 November 2026' }).waitFor();
  const before = await playDaily(page);
  await page.clock.setSystemTime(new Date('2026-11-22T00:00:30Z'));
  await page.goto(`${game.url}#/daily`);
  await page.getByRole('heading', { name: 'Daily challenge — 22 November 2026' }).waitFor();
  await page.getByText('Daily streak: 1.').waitFor();
  const after = await playDaily(page);
  assert.notDeepEqual(before, after);
  await page.goto(`${game.url}#/stats`);
  await page.getByText('2 (best 2)').waitFor();
  await context.close();
});

test('daily addresses: past days unscored, future days refused politely, bad dates explained', async () => {
  const { context, page } = await freshPage(game);
  await page.goto(`${game.url}#/daily/2025-01-01`);
  await page.getByText("A past day's challenge: you can play it, but it is not scored.").waitFor();
  await page.goto(`${game.url}#/daily/2999-01-01`);
  await page.getByRole('heading', { name: 'The challenge for 1 January 2999 is not out yet' }).waitFor();
  await page.goto(`${game.url}#/daily/yesterday`);
  await page.getByRole('heading', { name: 'That date does not look right' }).waitFor();
  await page.goto(`${game.url}#/daily/2026-02-30`);
  await page.getByRole('heading', { name: 'That date does not look right' }).waitFor();
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('practice brings a missed question back first', async () => {
  const { context, page } = await readyPage();
  await page.goto(`${game.url}#/play/practice`);
  const missed = [];
  for (let n = 1; n <= 10; n++) {
    await page.getByText(`Question ${n} of 10`).waitFor();
    const text = await prompt(page);
    if (!(await answerByKeyboard(page))) missed.push(text);
    await page.keyboard.press('Enter');
  }
  assert.ok(missed.length > 0, 'at least one miss to practise');
  await page.goto(`${game.url}#/play/practice`);
  await page.getByText('Question 1 of 10').waitFor();
  assert.ok(missed.includes(await prompt(page)), 'the first practice question was a missed one');
  await context.close();
});

/** Opens seeded classic quizzes until question 1 is of the wanted kind; returns its code. */
async function findQuiz(page, isWanted) {
  for (let seed = 1; seed < 400; seed++) {
    await page.goto(`${game.url}#/play/classic/s${seed.toString(16)}`);
    await page.getByText('Question 1 of 10').waitFor();
    if (await isWanted(page)) return seed.toString(16);
  }
  assert.fail('no quiz found with the wanted first question');
}

test('lifelines: 50:50 removes two wrong options, the hint names the episode, once each', async () => {
  const { context, page } = await readyPage();
  await findQuiz(page, async (p) => (await p.getByRole('list').getByRole('button').count()) === 4);
  await page.getByRole('button', { name: /^50:50/ }).click();
  assert.equal(await page.getByRole('button', { name: /Removed by 50:50/ }).count(), 2);
  assert.equal(await page.getByRole('button', { name: /^50:50/ }).isDisabled(), true);
  await page.getByRole('button', { name: /^Hint/ }).click();
  await page.getByText(/This is about episode \d+\.|safe before you watch|about the 2007 special/).waitFor();
  assert.equal(await page.getByRole('button', { name: /^Hint/ }).isDisabled(), true);
  await context.close();
});

test('ordering questions are reordered and checked by keyboard', async () => {
  const { context, page } = await readyPage();
  await findQuiz(page, async (p) => (await p.getByRole('button', { name: 'Check order' }).count()) > 0);
  const items = () => page.getByRole('listitem').allInnerTexts();
  const before = await items();
  await tabTo(page, () => /^Move .* down$/.test(document.activeElement?.getAttribute('aria-label') ?? ''));
  await page.keyboard.press('Enter');
  const after = await items();
  assert.notDeepEqual(after, before, 'the item moved');
  assert.deepEqual([...after].sort(), [...before].sort(), 'same items');
  await tabTo(page, () => document.activeElement?.textContent === 'Check order');
  await page.keyboard.press('Enter');
  await page.getByRole('region', { name: 'Answer feedback' }).waitFor();
  await context.close();
});

test('typed answers: blank is refused with a message, spelling variants are accepted', async () => {
  const { context, page } = await readyPage();
  const code = await findQuiz(page, async (p) => (await p.getByLabel('Your answer').count()) > 0);
  await page.getByRole('button', { name: 'Check answer' }).click();
  await page.getByText('Type an answer first.').waitFor();
  await page.getByLabel('Your answer').fill('zzzz');
  await page.keyboard.press('Enter');
  const feedback = await page.getByRole('region', { name: 'Answer feedback' }).innerText();
  const answer = feedback.match(/the answer is (.+)\.\n/)[1];
  // The same quiz again, answered in lower case with extra spaces.
  await page.goto(`${game.url}#/`);
  await page.goto(`${game.url}#/play/classic/s${code}`);
  await page.getByLabel('Your answer').fill(`  ${answer.toLowerCase()}  `);
  await page.keyboard.press('Enter');
  await page.getByRole('region', { name: 'Answer feedback' }).getByText('Correct!').waitFor();
  await context.close();
});

test('the spoiler guard: too few safe questions is said plainly, not padded', async () => {
  const { context, page } = await readyPage('None yet');
  await page.goto(`${game.url}#/play/category`);
  await page.getByLabel('Episodes').check();
  await page.getByLabel('Easy').check();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('heading', { name: 'Not enough questions for this quiz' }).waitFor();
  await page.getByText(/only \d fit these choices with your spoiler guard \(none yet\)/).waitFor();
  const link = page.url();
  await page.goto(`${game.url}#/settings`);
  await chooseSpoilerLimit(page, 'All of it, including the 2007 special');
  await page.goto(`${game.url}#/`);
  await page.goto(link);
  await page.getByText('Question 1 of 10').waitFor();
  await context.close();
});

test('share copies a spoiler-free text whose link reopens the same quiz', async () => {
  const { context, page } = await readyPage();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${game.url}#/play/classic/s5eed`);
  await page.getByText('Question 1 of 10').waitFor();
  const first = await prompt(page);
  await playRoundByKeyboard(page);
  await page.getByRole('button', { name: 'Share result' }).click();
  await page.getByText('Copied — paste it anywhere.').waitFor();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  const lines = text.split('\n');
  assert.equal(lines.length, 3, text);
  assert.match(lines[0], /^1 Litre of Tears quiz · Classic · \d{1,2} [A-Z][a-z]+ \d{4}$/);
  assert.match(lines[1], /^[🟩⬜]{10} \d+\/10$/u);
  assert.match(lines[2], /#\/play\/classic\/s5eed$/);
  const other = await context.newPage();
  await other.goto(lines[2]);
  await other.getByText('Question 1 of 10').waitFor();
  assert.equal(await prompt(other), first);
  await context.close();
});

test('malformed addresses never crash, and every page passes axe', async () => {
  const { context, page } = await readyPage();
  await page.goto(`${game.url}#/play/nonsense`);
  await page.getByRole('heading', { name: 'There is no such way to play' }).waitFor();
  await page.goto(`${game.url}#/play/classic/not-a-code`);
  await page.getByRole('heading', { name: 'This quiz link is incomplete' }).waitFor();
  for (const [route, heading] of [
    ['#/stats', 'Your stats'],
    ['#/settings', 'Settings'],
    ['#/about', 'About this quiz'],
    ['#/daily', /Daily challenge/],
    ['#/play/category', 'Categories'],
    ['#/results', 'Results'],
  ]) {
    await page.goto(`${game.url}${route}`);
    await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
    await assertAccessible(page, route);
  }
  assert.deepEqual(page.errors, []);
  await context.close();
});
