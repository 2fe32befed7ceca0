// Japanese players: a Japanese browser gets the Japanese question bank, the Japanese interface
// and <html lang="ja">; the switch in the header changes the language, and the choice sticks
// after a reload; the Japanese files are cached on first use (japanese-interface.test.mjs
// walks every page in Japanese).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useGame } from './support.mjs';

const game = useGame();
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
const LATIN_WORDS = /\b[A-Za-z]{4,}\b/;

/** The prompt of question 1 of a quick round, in either language. */
async function firstPrompt(page) {
  await page.goto(`${game.url}#/play`);
  const anyway = page.getByRole('button', { name: /I've watched it all|全部見ました/ });
  await anyway.or(page.locator('#question-prompt')).first().waitFor();
  if (await anyway.count()) await anyway.click();
  await page.getByText(/^(Question 1 of 10|第1問 \/ 全10問)$/).waitFor();
  return page.locator('#question-prompt').innerText();
}

test('a Japanese browser plays the Japanese questions; the header switch to English sticks', async () => {
  const context = await game.browser.newContext({ locale: 'ja-JP' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(game.url);
  await page.waitForFunction(() => document.documentElement.lang === 'ja');
  // The interface is in Japanese once its texts arrive.
  await page.getByRole('navigation', { name: 'メイン' }).getByRole('link', { name: 'デイリー' }).waitFor();
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  const prompt = await firstPrompt(page);
  assert.match(prompt, JAPANESE, `a Japanese prompt: ${prompt}`);
  assert.ok(requested.some((p) => /\/bank-ja-[0-9a-f]+\.json$/.test(p)), 'the Japanese bank was fetched');
  assert.ok(!requested.some((p) => /\/bank-[0-9a-f]+\.json$/.test(p)), 'the English bank was not');

  await page.getByRole('button', { name: 'English', exact: true }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.reload();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Daily' }).waitFor();
  const english = await firstPrompt(page);
  assert.match(english, LATIN_WORDS, `an English prompt: ${english}`);
  assert.equal(await page.getByRole('button', { name: '日本語' }).count(), 1);
  const settings = await page.evaluate(() => JSON.parse(localStorage.getItem('litre-quiz')).settings);
  assert.equal(settings.lang, 'en');
  // Settings has the choice too.
  await page.goto(`${game.url}#/settings`);
  assert.ok(await page.getByLabel('English', { exact: true }).isChecked());
  await page.getByLabel('日本語').check();
  await page.waitForFunction(() => document.documentElement.lang === 'ja');
  assert.equal(await page.getByRole('button', { name: 'English', exact: true }).count(), 1, 'the header offers English now');
  assert.deepEqual(errors, []);
  await context.close();
});

/** The paths the service worker has cached. */
async function cachedPaths(page) {
  return page.evaluate(async () => {
    const paths = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
    }
    return paths;
  });
}

test('the Japanese bank is cached when a Japanese player first plays, not precached for everyone, and plays offline', async () => {
  const context = await game.browser.newContext({ locale: 'ja-JP' });
  const page = await context.newPage();
  await page.goto(game.url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const JA_BANK = /\/bank-ja-[0-9a-f]+\.json$/;
  const before = await cachedPaths(page);
  assert.ok(before.some((p) => /\/bank-[0-9a-f]+\.json$/.test(p)), 'the English bank is precached');
  assert.ok(!before.some((p) => JA_BANK.test(p)), 'the Japanese bank is not precached');
  assert.match(await firstPrompt(page), JAPANESE);
  await page.waitForFunction(async () => {
    for (const name of await caches.keys()) {
      for (const r of await (await caches.open(name)).keys()) if (/\/bank-ja-[0-9a-f]+\.json$/.test(r.url)) return true;
    }
    return false;
  });
  await context.setOffline(true);
  await page.goto(`${game.url}#/play`);
  await page.reload();
  await page.getByText('第1問 / 全10問').waitFor();
  assert.match(await page.locator('#question-prompt').innerText(), JAPANESE, 'offline, still in Japanese');
  await context.close();
});
