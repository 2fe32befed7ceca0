// "Play together": three named players play a five-question game by keyboard to the final
// standings; no hand-off screen shows an earlier answer; the names are remembered; the game is
// kept apart from the personal records; the end has a result card that saves as a PNG; axe
// finds nothing on any of its screens, and none of them scrolls sideways on a 320 px phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { assertAccessible, pngSize, tabTo, useGame, withoutShareSheet } from './support.mjs';

const game = useGame();
const PLAYERS = ['Aya', 'Haruto', 'Mari'];

/** Fails if the page scrolls sideways. */
async function assertFits(page, what) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  assert.ok(scroll <= client, `${what} scrolls sideways at 320 px (${scroll} > ${client})`);
}

/** Answers the question on screen by keyboard, without waiting for any feedback (there is none). */
async function answer(page) {
  await page.waitForFunction(() => ['question-prompt', 'typed-answer'].includes(document.activeElement?.id));
  if (await page.getByLabel('Your answer').count()) {
    await page.keyboard.type('Aya');
    await page.keyboard.press('Enter');
  } else if (await page.getByRole('button', { name: 'Check order' }).count()) {
    await tabTo(page, () => document.activeElement?.textContent === 'Check order');
    await page.keyboard.press('Enter');
  } else {
    await page.keyboard.press('1');
  }
}

/** Fills the set-up form by keyboard: the names, 5 questions; then Start. */
async function setUp(page) {
  await page.getByRole('heading', { name: 'Play together' }).waitFor();
  await page.getByLabel('Player 1', { exact: true }).focus();
  await page.keyboard.type(PLAYERS[0]);
  await page.keyboard.press('Tab');
  await page.keyboard.type(PLAYERS[1]);
  // A third seat: "Add a player" puts the focus in the new field.
  await tabTo(page, () => document.activeElement?.textContent === 'Add a player');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'party-name-2');
  await page.keyboard.type(PLAYERS[2]);
  // Tab reaches the radio group at its chosen button (10); an arrow key picks 5.
  await tabTo(page, () => document.activeElement?.id === 'party-count-10');
  await page.keyboard.press('ArrowUp');
  assert.ok(await page.getByLabel('5 questions').isChecked());
  await tabTo(page, () => document.activeElement?.id === 'party-start');
  await page.keyboard.press('Enter');
}

test('three players play five questions by keyboard; hand-offs never show an answer; names are remembered', async () => {
  const context = await game.browser.newContext({ viewport: { width: 320, height: 640 } });
  await withoutShareSheet(context);
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  await page.goto(game.url);
  await page.getByRole('link', { name: 'Play together' }).click();
  // An empty name is refused beside its field, with the focus there.
  await page.getByRole('heading', { name: 'Play together' }).waitFor();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByText("Player 1's name: type a name.").waitFor();
  const first = page.getByLabel('Player 1', { exact: true });
  assert.equal(await first.getAttribute('aria-invalid'), 'true');
  assert.equal(await first.getAttribute('aria-describedby'), 'party-name-0-error');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'party-name-0');
  await assertAccessible(page, 'the Play together form with an error');
  await assertFits(page, 'the form');
  await page.screenshot({ path: 'e2e/artifacts/together-setup-320.png', fullPage: true });
  await setUp(page);

  let firsts = [];
  for (let q = 1; q <= 5; q++) {
    for (let turn = 0; turn < 3; turn++) {
      const handoff = page.getByRole('heading', { name: /^Pass the device to / });
      await handoff.waitFor();
      const text = await page.locator('main').innerText();
      // Nothing of anyone's answer: no verdict, no right answer, no scores.
      assert.doesNotMatch(text, /The answer:|Who got it right|✓|✗|Correct|Not quite|points/, `hand-off ${q}.${turn}`);
      const name = (await handoff.innerText()).replace('Pass the device to ', '');
      if (turn === 0) firsts.push(name);
      // The turn change is announced.
      await page.getByRole('status').filter({ hasText: `Question ${q} of 5: pass the device to ${name}.` }).waitFor();
      if (q === 1 && turn === 0) {
        await assertAccessible(page, 'the hand-off');
        await assertFits(page, 'the hand-off');
        await page.screenshot({ path: 'e2e/artifacts/together-handoff-320.png', fullPage: true });
      }
      // The Ready button has the focus: Enter takes the device.
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'party-ready');
      await page.keyboard.press('Enter');
      await page.locator('.party-turn .category', { hasText: `${name}'s turn` }).waitFor();
      if (q === 1 && turn === 0) {
        await assertAccessible(page, 'a turn');
        await assertFits(page, 'a turn');
      }
      await answer(page);
    }
    await page.getByRole('heading', { name: /^The answer: / }).waitFor();
    await page.getByRole('table', { name: 'Scores so far' }).waitFor();
    if (q === 1) {
      await assertAccessible(page, 'the reveal');
      await assertFits(page, 'the reveal');
      await page.screenshot({ path: 'e2e/artifacts/together-reveal-320.png', fullPage: true });
    }
    const verdicts = await page.locator('.party-verdicts li').allInnerTexts();
    assert.equal(verdicts.length, 3, 'every player is in the reveal');
    await tabTo(page, () => /Next question|See the final standings/.test(document.activeElement?.textContent ?? ''));
    await page.keyboard.press('Enter');
  }
  // The first player rotates: Aya, Haruto, Mari, Aya, Haruto.
  assert.deepEqual(firsts, ['Aya', 'Haruto', 'Mari', 'Aya', 'Haruto']);
  await page.getByRole('heading', { name: 'Final standings' }).waitFor();
  const rows = await page.getByRole('table', { name: 'Final standings' }).locator('tbody tr').count();
  assert.equal(rows, 3);
  await assertAccessible(page, 'the final standings');
  await assertFits(page, 'the final standings');
  await page.screenshot({ path: 'e2e/artifacts/together-standings-320.png', fullPage: true });

  // The result card: who won and everyone's place, in words too; saved as a 1200×630 PNG.
  const preview = page.locator('img.card-preview');
  await preview.waitFor();
  const alt = await preview.getAttribute('alt');
  assert.match(alt, /^Result card of the 1 Litre of Tears fan quiz: Play together · \d{1,2} [A-Z][a-z]+ \d{4} · 5 questions\./);
  for (const name of PLAYERS) assert.ok(alt.includes(name), `${name} is on the card`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save image' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^litre-quiz-\d{4}-\d{2}-\d{2}\.png$/);
  assert.deepEqual(pngSize(await readFile(await download.path())), [1200, 630]);
  await download.saveAs('e2e/artifacts/together-card-wide.png');

  // Kept as a party game, apart from the personal records.
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('litre-quiz')));
  assert.equal(stored.parties.length, 1);
  assert.deepEqual(stored.parties[0].places.map((p) => p.name).sort(), [...PLAYERS].sort());
  assert.deepEqual(stored.results, []);
  assert.equal(stored.tally.games, 0);
  assert.deepEqual(stored.settings.party_names, PLAYERS);

  // The same players again, straight into a new game.
  await tabTo(page, () => document.activeElement?.textContent === 'Play again with the same players');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Pass the device to Aya' }).waitFor();

  // The names come back after a reload, and Stats lists the game.
  await page.goto(`${game.url}#/together`);
  await page.reload();
  await page.getByRole('heading', { name: 'Play together' }).waitFor();
  for (const [i, name] of PLAYERS.entries()) {
    assert.equal(await page.getByLabel(`Player ${i + 1}`, { exact: true }).inputValue(), name);
  }
  await page.goto(`${game.url}#/stats`);
  await page.getByRole('heading', { name: 'Games together' }).waitFor();
  assert.match(await page.locator('.party-history').innerText(), /Aya|Haruto|Mari/);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('against the clock: a turn whose time runs out counts as a miss and play goes on', async () => {
  const context = await game.browser.newContext();
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  await page.clock.install();
  await page.goto(`${game.url}#/together`);
  await page.getByRole('heading', { name: 'Play together' }).waitFor();
  await page.getByLabel('Player 1', { exact: true }).fill('Aya');
  await page.getByLabel('Player 2', { exact: true }).fill('Haruto');
  await page.getByLabel('5 questions').check();
  await page.getByLabel(/Against the clock/).check();
  await page.getByRole('button', { name: 'Start' }).click();
  // Aya answers at once; Haruto lets the 20 seconds run out.
  await page.getByRole('heading', { name: 'Pass the device to Aya' }).waitFor();
  await page.getByRole('button', { name: 'Ready' }).click();
  await page.locator('.party-turn .category', { hasText: "Aya's turn" }).waitFor();
  await answer(page);
  await page.getByRole('heading', { name: 'Pass the device to Haruto' }).waitFor();
  await page.getByRole('button', { name: 'Ready' }).click();
  await page.locator('.party-turn .category', { hasText: "Haruto's turn" }).waitFor();
  await page.clock.runFor(21_000);
  await page.getByRole('heading', { name: /^The answer: / }).waitFor();
  const verdicts = await page.locator('.party-verdicts li').allInnerTexts();
  assert.ok(verdicts.some((v) => v.includes('Haruto: not this time')), `Haruto missed: ${verdicts}`);
  // Timed points: a right answer shows what it earned.
  assert.ok(verdicts.some((v) => /Aya: (right, \+\d+ points|not this time)/.test(v)), `${verdicts}`);
  assert.deepEqual(page.errors, []);
  await context.close();
});
