// The first minute of a new player, by keyboard in a fresh profile: Play starts a classic round
// at once, the spoiler question answers in one press with nothing spoiling chosen for them, a
// typed question takes keys at once, and ordering questions say how to move items.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible, chooseSpoilerLimit, freshPage, tabTo, useGame } from './support.mjs';

const game = useGame();

/** Home → Play by keyboard, in a fresh profile; returns at the spoiler question. */
async function pressPlay(page) {
  await page.goto(game.url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await tabTo(page, () => document.activeElement?.textContent === 'Play');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Before you play: spoilers' }).waitFor();
}

const spoilerLimit = (page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('litre-quiz') ?? '{}').settings?.spoiler_limit);

test('Play, then one press on "watched it all", and question 1 of a classic round is asked', async () => {
  const { context, page } = await freshPage(game);
  await pressPlay(page);
  await assertAccessible(page, 'the spoiler question');
  await tabTo(page, () => document.activeElement?.textContent?.startsWith("I've watched it all"));
  await page.keyboard.press('Enter');
  await page.getByText('Question 1 of 10').waitFor();
  await page.getByText(/^Classic · /).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Start' }).count(), 0, 'no set-up form on the way');
  assert.equal(await spoilerLimit(page), 12);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('"Not yet" is one press too, and then only spoiler-free questions are asked', async () => {
  const { context, page } = await freshPage(game);
  await pressPlay(page);
  await tabTo(page, () => document.activeElement?.textContent?.startsWith('Not yet'));
  await page.keyboard.press('Enter');
  await page.getByText('Question 1 of 10').waitFor();
  assert.equal(await spoilerLimit(page), 0);
  await page.goto(game.url);
  await page.getByText('Spoiler guard: None yet.').waitFor();
  await context.close();
});

test('nothing that could spoil is preselected: Save with no choice asks for one and saves nothing', async () => {
  const { context, page } = await freshPage(game);
  await pressPlay(page);
  const select = page.getByLabel('Up to which episode have you watched?');
  assert.equal(await select.inputValue(), '', 'no episode is chosen for the player');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('alert').getByText('Choose how far you have watched first.').waitFor();
  assert.equal(await spoilerLimit(page), undefined);
  assert.equal(await page.getByText('Question 1 of 10').count(), 0);
  // A part-way answer through the picker.
  await select.selectOption({ label: 'Up to episode 4' });
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Question 1 of 10').waitFor();
  assert.equal(await spoilerLimit(page), 4);
  await context.close();
});

/** Imports a pack from text on the Packs page and opens its Survival game. */
async function playPack(page, questions) {
  await page.goto(`${game.url}#/settings`);
  await chooseSpoilerLimit(page);
  await page.goto(`${game.url}#/packs`);
  const pack = { format: 'litre-quiz-pack', version: 1, name: 'First minute', questions };
  await page.getByLabel(/Or paste a pack/).fill(JSON.stringify(pack));
  await page.getByRole('button', { name: 'Check pasted pack' }).click();
  await page.getByRole('button', { name: 'Save pack' }).click();
  await page.getByRole('link', { name: 'Play Survival' }).click();
}

test('a typed question takes keys at once, and its field is described by the question', async () => {
  const { context, page } = await freshPage(game);
  const questions = [1, 2, 3].map((n) => ({
    category: 'Typed',
    type: 'typed',
    prompt: `Type the word number ${n}, please?`,
    answer: `word${n}`,
  }));
  await playPack(page, questions);
  await page.waitForFunction(() => document.activeElement?.id === 'typed-answer');
  const field = page.getByLabel('Your answer');
  const described = await field.getAttribute('aria-describedby');
  assert.ok(described.split(' ').includes('question-prompt'), 'the prompt describes the field');
  const prompt = await page.locator('#question-prompt').innerText();
  const answer = `word${prompt.match(/number (\d)/)[1]}`;
  await page.keyboard.type(answer);
  await page.keyboard.press('Enter');
  await page.getByRole('region', { name: 'Answer feedback' }).getByText('Correct!').waitFor();
  await context.close();
});

test('an ordering question says how to move its items by keyboard', async () => {
  const { context, page } = await freshPage(game);
  const questions = [1, 2, 3].map((n) => ({
    category: 'Order',
    type: 'order',
    prompt: `Put the letters of set ${n} in order.`,
    items: [`A${n}`, `B${n}`, `C${n}`],
  }));
  await playPack(page, questions);
  const help = page.getByText(/Move each item with its ↑ and ↓ buttons: Tab to a button, then press Enter or Space/);
  await help.waitFor();
  assert.equal(await page.locator('.order-list').getAttribute('aria-describedby'), 'order-help');
  await assertAccessible(page, 'an ordering question');
  await context.close();
});
