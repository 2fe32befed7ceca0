// A fan's first visits: a whole round by keyboard, the best score after a reload, broken
// storage, and unknown or hand-edited addresses.
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

test('a fresh profile plays a whole round by keyboard and keeps the best score', async () => {
  const { context, page } = await freshPage(game);
  await page.goto(game.url);
  await page.getByText('No best score yet').waitFor();
  await assertAccessible(page, 'Home');

  await tabTo(page, () => document.activeElement?.textContent === 'Play');
  await page.keyboard.press('Enter');
  // First visit: the spoiler question, answered by keyboard too.
  await tabTo(page, () => document.activeElement?.id === 'spoiler-limit');
  await page.keyboard.press('End');
  await tabTo(page, () => document.activeElement?.textContent === 'Save');
  await page.keyboard.press('Enter');
  await page.getByText('Question 1 of 10').waitFor();
  const progress = page.getByRole('progressbar', { name: 'Question 1 of 10' });
  assert.equal(await progress.getAttribute('value'), '1');
  await assertAccessible(page, 'Play');

  const right = await playRoundByKeyboard(page);
  await page.getByText(`Score: ${right} of 10`).waitFor();
  assert.equal(await page.getByRole('list').last().getByRole('listitem').count(), 10);
  await assertAccessible(page, 'Results');

  await page.reload();
  await page.getByRole('heading', { name: 'Results' }).waitFor();
  await page.getByText(`Score: ${right} of 10`).waitFor();
  await page.goto(game.url);
  await page.getByText(`Best score: ${right} of 10`).waitFor();
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a wrong answer is explained gently, with the right answer marked', async () => {
  const { context, page } = await freshPage(game);
  await page.goto(`${game.url}#/play`);
  await chooseSpoilerLimit(page);
  for (let n = 1; n <= 10; n++) {
    await page.getByText(`Question ${n} of 10`).waitFor();
    const isChoice = !(await page.getByLabel('Your answer').count()) &&
      !(await page.getByRole('button', { name: 'Check order' }).count());
    if (!(await answerByKeyboard(page))) {
      const feedback = await page.getByRole('region', { name: 'Answer feedback' }).innerText();
      assert.match(feedback, /Not quite — the answer is .+\./);
      assert.match(feedback, /Your answer: /);
      const announced = await page.getByRole('status').filter({ hasText: 'Not quite' }).count();
      assert.equal(announced, 1, 'the verdict is announced in a live region');
      if (isChoice) {
        assert.equal(await page.getByRole('button', { name: /✗ Your answer/ }).count(), 1);
        assert.equal(await page.getByRole('button', { name: /✓ Right answer/ }).count(), 1);
      }
      await context.close();
      return;
    }
    await page.keyboard.press('Enter');
  }
  assert.fail('ten right answers in a row by pressing 1 and typing "Aya": no wrong answer to check');
});

test('garbage in localStorage: the app still loads, says so, and plays', async () => {
  const { context, page } = await freshPage(game);
  await page.goto(game.url);
  await page.evaluate(() => localStorage.setItem('litre-quiz', '{"version": 1, "best": '));
  await page.reload();
  await page.getByText('Your saved scores could not be read').waitFor();
  await page.getByRole('link', { name: 'Play', exact: true }).click();
  await chooseSpoilerLimit(page);
  await page.getByText('Question 1 of 10').waitFor();
  await answerByKeyboard(page);
  await page.keyboard.press('Enter');
  await page.getByText('Question 2 of 10').waitFor();
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('an unknown address shows the not-found page with a way back', async () => {
  const { context, page } = await freshPage(game);
  await page.goto(`${game.url}#/no-such-page`);
  await page.getByRole('heading', { name: 'Page not found' }).waitFor();
  await assertAccessible(page, 'Not found');
  await page.getByRole('link', { name: 'Back to the start' }).click();
  await page.getByRole('link', { name: 'Play', exact: true }).waitFor();
  await context.close();
});

test('addresses changed by hand: a query or a trailing slash is ignored, a hash that is not a path is Home, and Back returns', async () => {
  const { context, page } = await freshPage(game);
  await page.goto(`${game.url}#/about`);
  await page.getByRole('heading', { name: 'About this quiz' }).waitFor();
  const goTo = (hash) => page.evaluate((h) => { location.hash = h; }, hash);
  await goTo('/daily/?from=a-friend');
  await page.getByRole('heading', { name: /Daily challenge/ }).waitFor();
  await goTo('main');
  await page.getByRole('link', { name: 'Play', exact: true }).waitFor();
  await goTo('/play//classic');
  await page.getByRole('heading', { name: 'Page not found' }).waitFor();
  await page.goBack();
  await page.getByRole('link', { name: 'Play', exact: true }).waitFor();
  await page.goBack();
  await page.getByRole('heading', { name: /Daily challenge/ }).waitFor();
  assert.deepEqual(page.errors, [], 'no address stops the game');
  await context.close();
});

test('two address changes in a row are both followed: Home, then the same quiz, which starts afresh', async () => {
  const { context, page } = await freshPage(game);
  await page.goto(`${game.url}#/settings`);
  await chooseSpoilerLimit(page);
  await page.goto(`${game.url}#/play/classic/s1a2b`);
  await page.getByText('Question 1 of 10').waitFor();
  await answerByKeyboard(page);
  const feedback = page.getByRole('region', { name: 'Answer feedback' });
  await feedback.waitFor();
  // Both changes land before the game handles either.
  await page.evaluate(() => {
    location.hash = '/';
    location.hash = '/play/classic/s1a2b';
  });
  await feedback.waitFor({ state: 'detached' });
  await page.getByText('Question 1 of 10').waitFor();
  assert.deepEqual(page.errors, []);
  await context.close();
});
