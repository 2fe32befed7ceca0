// Question packs: an Open Trivia DB response imported through the file chooser and played with
// its entities decoded and its scores kept; the other two OTDB encodings; a hostile pack shown
// as text only; bad files refused precisely with nothing saved; removal; the built-in bank
// exported as a pack and imported again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
const FIXTURE = 'e2e/fixtures/otdb-drama.json';

async function packsPage() {
  const { context, page } = await freshPage(game);
  await page.goto(`${game.url}#/settings`);
  await chooseSpoilerLimit(page);
  await page.goto(`${game.url}#/packs`);
  await page.getByRole('heading', { name: 'Question packs' }).waitFor();
  return { context, page };
}

async function pasteAndCheck(page, text) {
  await page.getByLabel(/Or paste a pack/).fill(text);
  await page.getByRole('button', { name: 'Check pasted pack' }).click();
}

const stored = (page) =>
  page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('litre-quiz-pack:')));

test('an Open Trivia DB file imports, plays with entities decoded, and keeps its scores', async () => {
  const { context, page } = await packsPage();
  await assertAccessible(page, 'Packs');
  await page.getByLabel('Import a pack file (JSON, up to 2 MB)').setInputFiles(FIXTURE);
  const preview = page.getByRole('region', { name: 'Pack preview' });
  await preview.getByText('Read as an Open Trivia DB response (HTML entities). 10 questions.').waitFor();
  await preview.getByText(/Entertainment: Television \(7\)/).waitFor();
  await preview.getByRole('button', { name: 'Save pack' }).click();
  await page.getByText(/^Saved “Open Trivia DB/).waitFor();
  await page.getByRole('link', { name: 'Play Classic' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  const prompts = [];
  for (let n = 1; n <= 10; n++) {
    await page.getByText(`Question ${n} of 10`).waitFor();
    prompts.push(await page.getByRole('heading', { level: 1 }).innerText());
    await answerByKeyboard(page);
    await page.keyboard.press('Enter');
  }
  const score = Number((await page.getByText(/^Score: \d+ of 10$/).innerText()).match(/\d+/)[0]);
  const text = prompts.join('\n');
  assert.match(text, /"Only Human"/);
  assert.match(text, /drama's theme song/);
  assert.match(text, /Aya & leads/);
  assert.doesNotMatch(text, /&quot;|&#039;|&amp;/);
  await page.reload();
  await page.goto(`${game.url}#/packs`);
  await page.getByText(`Best: Classic ${score} of 10`).waitFor();
  await context.close();
});

test('url3986 and base64 responses decode to the same questions', async () => {
  const original = JSON.parse(await readFile(FIXTURE, 'utf8'));
  const html = (s) =>
    s.replace(/&quot;/g, '"').replace(/&#039;/g, "'").replace(/&amp;/g, '&').replace(/&eacute;/g, 'é');
  const encodeAll = (encode) => ({
    response_code: 0,
    results: original.results.map((r) => ({
      type: encode(r.type),
      difficulty: encode(r.difficulty),
      category: encode(html(r.category)),
      question: encode(html(r.question)),
      correct_answer: encode(html(r.correct_answer)),
      incorrect_answers: r.incorrect_answers.map((a) => encode(html(a))),
    })),
  });
  const url = encodeAll((s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`));
  const base64 = encodeAll((s) => Buffer.from(s, 'utf8').toString('base64'));
  const { context, page } = await packsPage();
  const schema = await page.request.get(`${game.url}pack.schema.json`);
  assert.equal(schema.status(), 200, 'the pack schema linked from the page is served');
  assert.equal((await schema.json()).properties.format.const, 'litre-quiz-pack');
  await pasteAndCheck(page, JSON.stringify(url));
  await page.getByText('Read as an Open Trivia DB response (URL encoding). 10 questions.').waitFor();
  await pasteAndCheck(page, JSON.stringify(base64));
  await page.getByText('Read as an Open Trivia DB response (base64). 10 questions.').waitFor();
  await page.getByRole('button', { name: 'Save pack' }).click();
  await page.getByRole('link', { name: 'Play Survival' }).click();
  await page.getByText('Question 1', { exact: true }).waitFor();
  const prompt = await page.getByRole('heading', { level: 1 }).innerText();
  assert.ok(original.results.some((r) => html(r.question) === prompt), `decoded prompt: ${prompt}`);
  await context.close();
});

test('a hostile pack is shown as text and never runs', async () => {
  const { context, page } = await packsPage();
  const hostile = {
    format: 'litre-quiz-pack',
    version: 1,
    name: '<b>Bold</b> pack',
    description: '<script>window.__pwned = "description"</script>',
    questions: Array.from({ length: 10 }, (_, i) => ({
      category: '<i>Trivia</i>',
      type: 'choice',
      prompt: `<img src=x onerror="window.__pwned = ${i}">Question ${i}?`,
      answer: '<script>window.__pwned = "answer"</script>',
      distractors: ['<a href="javascript:alert(1)">link</a>', '<svg onload="window.__pwned=1">', 'plain'],
    })),
  };
  await pasteAndCheck(page, JSON.stringify(hostile));
  await page.getByRole('region', { name: 'Pack preview' }).getByText('<b>Bold</b> pack').waitFor();
  await page.getByRole('button', { name: 'Save pack' }).click();
  await page.getByRole('heading', { name: '<b>Bold</b> pack' }).waitFor();
  await page.getByRole('link', { name: 'Play Timed' }).click();
  await page.getByText('Question 1 of 10').waitFor();
  await page.getByRole('heading', { name: /<img src=x onerror=.*>Question \d\?/ }).waitFor();
  await page.getByRole('button', { name: /<script>window.__pwned = "answer"<\/script>/ }).waitFor();
  await answerByKeyboard(page);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('main img, main script, main svg[onload], main a[href^="javascript"]').count(), 0);
  await context.close();
});

test('bad packs are refused precisely and nothing is saved', async () => {
  const { context, page } = await packsPage();
  const cases = [
    [JSON.stringify({ response_code: 1, results: [] }), /response_code/],
    [JSON.stringify({ response_code: 0, results: [] }), /no questions|empty/i],
    [
      JSON.stringify({
        response_code: 0,
        results: [
          { type: 'multiple', difficulty: 'easy', category: 'C', question: 'Q1?', correct_answer: 'A', incorrect_answers: ['B', 'C', 'D'] },
          { type: 'multiple', difficulty: 'easy', category: 'C', question: 'Q2?', incorrect_answers: ['B', 'C', 'D'] },
        ],
      }),
      /Question 2, field 'correct_answer'/,
    ],
    ['{ definitely not json', /not JSON|JSON/],
  ];
  for (const [text, message] of cases) {
    await pasteAndCheck(page, text);
    const alert = page.getByRole('alert');
    await alert.getByText('The pack could not be imported. Nothing was saved.').waitFor();
    assert.match(await alert.innerText(), message);
  }
  await page.getByLabel('Import a pack file (JSON, up to 2 MB)').setInputFiles({
    name: 'huge.json',
    mimeType: 'application/json',
    buffer: Buffer.from(`{"pad":"${'x'.repeat(2 * 1024 * 1024)}"}`),
  });
  await page.getByRole('alert').getByText(/2 MB/).waitFor();
  assert.deepEqual(await stored(page), []);
  await page.goto(`${game.url}#/packs/no-such-pack/classic`);
  await page.getByRole('heading', { name: 'This pack is not in this browser' }).waitFor();
  await context.close();
});

test('packs have every mode but the daily, and can be removed after confirming', async () => {
  const { context, page } = await packsPage();
  await page.getByLabel('Import a pack file (JSON, up to 2 MB)').setInputFiles(FIXTURE);
  await page.getByRole('button', { name: 'Save pack' }).click();
  const [key] = await stored(page);
  const id = key.slice('litre-quiz-pack:'.length);
  await page.goto(`${game.url}#/packs/${id}/daily`);
  await page.getByRole('heading', { name: 'Packs have no daily challenge' }).waitFor();
  await page.goto(`${game.url}#/packs/${id}/category`);
  await page.getByLabel('Entertainment: Books').check();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByText('Not enough questions for this quiz').waitFor();
  await page.goto(`${game.url}#/packs`);
  await page.getByRole('button', { name: /^Remove “Open Trivia DB/ }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  assert.equal((await stored(page)).length, 1);
  await page.getByRole('button', { name: /^Remove “Open Trivia DB/ }).click();
  await page.getByRole('button', { name: 'Yes, remove it' }).click();
  await page.getByText('No packs yet.').waitFor();
  assert.deepEqual(await stored(page), []);
  await context.close();
});

test('the built-in questions export as a pack that imports again', async () => {
  const { context, page } = await packsPage();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the built-in questions as a pack' }).click(),
  ]);
  const file = join(await mkdtemp(join(tmpdir(), 'litre-pack-')), download.suggestedFilename());
  await download.saveAs(file);
  const pack = JSON.parse(await readFile(file, 'utf8'));
  assert.equal(pack.format, 'litre-quiz-pack');
  assert.ok(pack.questions.length >= 250);
  await page.getByLabel('Import a pack file (JSON, up to 2 MB)').setInputFiles(file);
  await page
    .getByRole('region', { name: 'Pack preview' })
    .getByText(`Read as a 1 Litre of Tears quiz pack. ${pack.questions.length} questions.`)
    .waitFor();
  await page.getByRole('button', { name: 'Save pack' }).click();
  await page.getByRole('link', { name: 'Play Classic' }).first().click();
  await page.getByRole('button', { name: 'Start' }).click();
  await playRoundByKeyboard(page);
  await context.close();
});

/** An own-format pack of ten three-option choice questions (right answer: "Right N"). */
function threeOptionPack() {
  const questions = Array.from({ length: 10 }, (_, i) => ({
    category: 'Three options',
    type: 'choice',
    prompt: `Three-option question ${i + 1}?`,
    answer: `Right ${i + 1}`,
    distractors: [`Wrong A${i + 1}`, `Wrong B${i + 1}`],
  }));
  return JSON.stringify({ format: 'litre-quiz-pack', version: 1, name: 'Three options', questions });
}

/** Imports the three-option pack and starts a Survival game (no set-up form) over it. */
async function startThreeOptionGame(page) {
  await pasteAndCheck(page, threeOptionPack());
  await page.getByRole('button', { name: 'Save pack' }).click();
  await page.getByRole('link', { name: 'Play Survival' }).click();
  await page.getByText('Question 1').first().waitFor();
}

/** The answer buttons that 50:50 has not removed. */
async function remainingOptions(page) {
  const options = page.locator('.options').getByRole('button');
  const removed = await page.getByRole('button', { name: /Removed by 50:50/ }).count();
  return { total: await options.count(), removed };
}

test('50:50 on a three-option pack question removes one wrong option, by keyboard and by mouse', async () => {
  for (const how of ['keyboard', 'mouse']) {
    const { context, page } = await packsPage();
    await startThreeOptionGame(page);
    const fifty = page.getByRole('button', { name: /^50:50/ });
    assert.equal(await fifty.isEnabled(), true, `${how}: 50:50 is offered on three options`);
    if (how === 'keyboard') {
      await tabTo(page, () => document.activeElement?.textContent === '50:50');
      await page.keyboard.press('Enter');
    } else {
      await fifty.click();
    }
    const after = await remainingOptions(page);
    assert.deepEqual(after, { total: 3, removed: 1 }, `${how}: one wrong option removed, two remain`);
    assert.equal(await page.getByRole('button', { name: /Removed by 50:50/ }).isDisabled(), true);
    assert.equal(await fifty.isDisabled(), true, `${how}: once a game`);
    await page.getByText('50:50: Already used this game.').waitFor();
    // The right answer is still there to pick.
    await page.locator('.options').getByRole('button', { name: /^Right \d+$/ }).click();
    await page.getByRole('region', { name: 'Answer feedback' }).getByText('Correct!').waitFor();
    assert.deepEqual(page.errors, []);
    await context.close();
  }
});
