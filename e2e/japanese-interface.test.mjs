// The whole game in Japanese, as a Japanese fan meets it: a browser set to Japanese gets every
// page in Japanese (no English words in the text, the labels or the title), axe finds nothing
// on any of them, a round and the daily play by keyboard, and a typed answer is accepted in
// kana. Screenshots of the Japanese pages at 375 and 1280 px go to e2e/artifacts/ for a person
// to look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { assertAccessible, tabTo, useGame } from './support.mjs';

const game = useGame();
const ARTIFACTS = 'e2e/artifacts';
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

/**
 * Latin words a Japanese page may show: keys a player presses, file formats and sizes, the
 * OK of 準備OK, the names of other sites a page links to or credits, "English", the switch to
 * the other language in its own words, and names officially written in Latin letters (the
 * theme song Only Human, its singer K, PTA: engine::wording's LATIN_NAMES).
 */
const ALLOWED = new Set(['Only', 'Human', 'K', 'PTA', 'A', 'B', 'C', 'D', 'M', 'Enter', 'Esc', 'Tab', 'Space', 'OK', 'JSON', 'MB', 'KB', 'PNG', 'Open', 'Trivia', 'DB', 'Schema', 'English']);

/** Every route, with a name for its screenshot. */
const ROUTES = [
  ['home', '#/'],
  ['play-classic', '#/play/classic'],
  ['play-category', '#/play/category'],
  ['daily', '#/daily'],
  ['daily-past', '#/daily/2025-01-01'],
  ['daily-future', '#/daily/2999-01-01'],
  ['results-empty', '#/results'],
  ['stats', '#/stats'],
  ['together', '#/together'],
  ['packs', '#/packs'],
  ['settings', '#/settings'],
  ['about', '#/about'],
  ['not-found', '#/no-such-page'],
];

/** A page in a fresh Japanese profile that fails the test on any page error. */
async function japanesePage(viewport = { width: 375, height: 812 }) {
  const context = await game.browser.newContext({ locale: 'ja-JP', viewport });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  await page.goto(game.url);
  await page.waitForFunction(() => document.documentElement.lang === 'ja');
  await page.getByRole('navigation', { name: 'メイン' }).waitFor();
  return { context, page };
}

/**
 * The Latin words of the interface that are not allowed: in the page's text, labels, alt texts
 * and title. Left out: citations (a source keeps its site's name, "weblio", and its id,
 * "FJ-BN1"; `sourcesInJapanese` checks them) and the questions' own words (prompts, options,
 * explanations, and answers quoted in 「」: an option may be a broadcaster, NHK or TBS, as
 * Japanese writes it; the content's validator has its own rules for Japanese prompts).
 */
async function englishWords(page) {
  const texts = await page.evaluate(() => {
    const body = document.body.cloneNode(true);
    const content = '#question-prompt, .options, .order-list, .feedback-explanation, .review-prompt, .review-explanation';
    body.querySelectorAll(`.sources, .review-sources, script, style, noscript, ${content}`).forEach((el) => el.remove());
    // Each element's text apart (so two words in neighbouring elements stay two words), but
    // a sentence split into runs (ja_text's lang spans) stays whole.
    const out = [document.title];
    for (const el of body.querySelectorAll('*')) {
      const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE || n.localName === 'span');
      const text = own.map((n) => n.textContent).join('');
      if (text.trim()) out.push(text);
    }
    for (const el of body.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
      for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
        const value = el.getAttribute(name);
        if (value) out.push(value);
      }
    }
    return out;
  });
  // Addresses (the share text's replay link) are not words.
  const words =
    texts
      .join('\n')
      .replace(/https?:\/\/\S+/g, '')
      .replace(/「[^」]*」|『[^』]*』/g, '')
      .match(/[A-Za-z]+/g) ?? [];
  return [...new Set(words.filter((w) => !ALLOWED.has(w)))];
}

/** Waits for the page of `route` to show its Japanese heading. */
async function openRoute(page, route) {
  await page.goto(`${game.url}${route}`);
  const heading = page.locator('main h1').first();
  await heading.waitFor();
  await page.waitForFunction(
    (re) => new RegExp(re).test(document.querySelector('main h1')?.innerText ?? ''),
    JAPANESE.source,
  );
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}

/** Every source listed on the page has a Japanese title. */
async function sourcesInJapanese(page) {
  const titles = await page.locator('.sources li, .review-sources a').allInnerTexts();
  const english = titles.filter((t) => !JAPANESE.test(t));
  assert.deepEqual(english, [], 'sources without a Japanese title');
  return titles.length;
}

test('a Japanese first visit: every page in Japanese, no English words, axe-clean, screenshots', async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  const { context, page } = await japanesePage();
  for (const [name, route] of ROUTES) {
    await openRoute(page, route);
    assert.deepEqual(await englishWords(page), [], `English words on ${route}`);
    if (route === '#/about') {
      await page.locator('.sources li').first().waitFor();
      assert.ok((await sourcesInJapanese(page)) > 100, 'About lists the sources');
    }
    await assertAccessible(page, `${route} in Japanese`);
    await page.screenshot({ path: `${ARTIFACTS}/ja-${name}-375.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const [name, route] of ROUTES) {
    await openRoute(page, route);
    await page.screenshot({ path: `${ARTIFACTS}/ja-${name}-1280.png`, fullPage: true });
  }
  assert.deepEqual(page.errors, []);
  await context.close();
});

/** The bank the page is playing from (the Japanese one, named in a <meta>). */
async function japaneseBank(page) {
  const file = await page.evaluate(() => document.querySelector('meta[name="litre-quiz-bank-ja"]')?.content);
  assert.ok(file, 'index.html names the Japanese bank');
  const response = await page.request.get(new URL(file, game.url).href);
  return (await response.json()).questions;
}

/** The prompt as shown, without its readings: what the bank's prompt is without ruby notation. */
async function shownPrompt(page) {
  return page.evaluate(() => {
    const copy = document.querySelector('#question-prompt').cloneNode(true);
    copy.querySelectorAll('rt, rp').forEach((el) => el.remove());
    return copy.textContent.trim();
  });
}

const plainPrompt = (prompt) => prompt.replace(/｜([^《]*)《[^》]*》/g, '$1');
const toKatakana = (text) => text.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));

/** Answers the question on screen by keyboard; returns whether the game said it was right. */
async function answerInJapanese(page, typed = 'あや') {
  if (await page.getByRole('textbox', { name: 'あなたの答え' }).count()) {
    if (!(await page.evaluate(() => document.activeElement?.id === 'typed-answer'))) {
      await tabTo(page, () => document.activeElement?.id === 'typed-answer');
    }
    await page.keyboard.type(typed);
    await page.keyboard.press('Enter');
  } else if (await page.getByRole('button', { name: '順番を確定' }).count()) {
    await tabTo(page, () => document.activeElement?.textContent === '順番を確定');
    await page.keyboard.press('Enter');
  } else {
    await page.keyboard.press('1');
  }
  const feedback = page.getByRole('region', { name: '答え合わせ' });
  await feedback.waitFor();
  const text = await feedback.innerText();
  assert.match(text, /正解！|残念、不正解です。/);
  assert.deepEqual(await englishWords(page), [], 'no English in the feedback');
  await sourcesInJapanese(page);
  return text.includes('正解！');
}

/** Plays the ten questions of the round on screen by keyboard, up to 結果. */
async function playTenInJapanese(page, from = 1) {
  for (let n = from; n <= 10; n++) {
    await page.getByText(`第${n}問 / 全10問`).waitFor();
    await page.waitForFunction(() => ['question-prompt', 'typed-answer'].includes(document.activeElement?.id));
    await answerInJapanese(page);
    await page.keyboard.press('Enter');
  }
  await page.getByRole('heading', { name: '結果', exact: true }).waitFor();
}

test('in Japanese, a round and the daily play by keyboard, and a typed answer is accepted in kana', async () => {
  const { context, page } = await japanesePage();
  // The first round asks about spoilers, in Japanese.
  await page.goto(`${game.url}#/play`);
  await page.getByRole('button', { name: '特別編（2007年）まで全部見ました' }).click();
  await page.getByText('第1問 / 全10問').waitFor();

  // A round whose first question is typed: shared quiz codes are replayable, so look for one.
  const bank = await japaneseBank(page);
  let typed = null;
  for (let seed = 1; seed < 200 && !typed; seed++) {
    await page.goto(`${game.url}#/play/classic/s${seed.toString(16)}`);
    await page.getByText('第1問 / 全10問').waitFor();
    if (await page.getByRole('textbox', { name: 'あなたの答え' }).count()) {
      const shown = await shownPrompt(page);
      typed = bank.find((q) => q.type === 'typed' && plainPrompt(q.prompt) === shown);
      assert.ok(typed, `the typed question on screen is in the Japanese bank: ${shown}`);
    }
  }
  assert.ok(typed, 'a round with a typed first question');
  const kana = [typed.answer, ...typed.accept].find((a) => /^[\u3041-\u3096ー]+$/.test(a));
  // Every typed question accepts a reading in kana (checked for the one on screen).
  assert.ok(kana, `${typed.id} accepts an answer in hiragana`);
  // Typed in katakana: the game forgives katakana for hiragana.
  await page.waitForFunction(() => document.activeElement?.id === 'typed-answer');
  assert.equal(await answerInJapanese(page, toKatakana(kana)), true, `${toKatakana(kana)} is right for ${typed.id}`);
  await page.keyboard.press('Enter');
  await page.getByText('第2問 / 全10問').waitFor();
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS}/ja-question-375.png`, fullPage: true });
  await playTenInJapanese(page, 2);
  assert.deepEqual(await englishWords(page), [], 'no English on the results');

  // The daily, started and played by keyboard.
  await page.goto(`${game.url}#/daily`);
  const start = page.getByRole('button', { name: '今日のチャレンジを始める' });
  await start.waitFor();
  await tabTo(page, () => document.activeElement?.textContent === '今日のチャレンジを始める', 60);
  await page.keyboard.press('Enter');
  await playTenInJapanese(page);
  assert.match(await page.locator('main').innerText(), /デイリーチャレンジ/);
  assert.deepEqual(page.errors, []);
  await context.close();
});
