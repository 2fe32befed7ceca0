// Offline play: after one visit the service worker has the whole game, so it loads and plays
// a round with the network off; a new build replaces the old cache; and the cache version the
// build writes into sw.js follows the files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshPage, playRoundByKeyboard, tabTo, useGame } from './support.mjs';
import { serve } from '../tools/serve.mjs';
import { cacheVersion, fillServiceWorker, isHashed, precache } from '../tools/precache.mjs';

const game = useGame();

/** Waits until the service worker is active and controls `page` (reloading once if needed). */
async function waitForServiceWorker(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
    await page.reload();
  }
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** First visit: answers the spoiler question by keyboard (everything watched). */
async function answerSpoilerQuestion(page) {
  await tabTo(page, () => document.activeElement?.id === 'spoiler-limit');
  await page.keyboard.press('End');
  await tabTo(page, () => document.activeElement?.textContent === 'Save');
  await page.keyboard.press('Enter');
}

/** The names of the page's caches (Cache Storage of its origin). */
function cacheNames(page) {
  return page.evaluate(() => caches.keys());
}

test('after one visit, the game loads and plays a whole round by keyboard offline', async () => {
  const { context, page } = await freshPage(game);
  await page.goto(game.url);
  await page.getByRole('link', { name: 'Play', exact: true }).waitFor();
  await waitForServiceWorker(page);

  await context.setOffline(true);
  const reachable = await page.evaluate(() =>
    fetch(`./not-cached-${Date.now()}`).then(() => true, () => false),
  );
  assert.equal(reachable, false, 'the network is really off');
  await page.reload();
  await page.getByRole('link', { name: 'Play', exact: true }).waitFor();
  await tabTo(page, () => document.activeElement?.textContent === 'Play');
  await page.keyboard.press('Enter');
  await answerSpoilerQuestion(page);
  const right = await playRoundByKeyboard(page);
  await page.getByText(`Score: ${right} of 10`).waitFor();

  // A cold start straight into a round, still offline (goto alone would only change the hash).
  await page.goto(`${game.url}#/play`);
  await page.reload();
  await page.getByText('Question 1 of 10').waitFor();
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a new build replaces the old cache when its service worker takes over', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'litre-quiz-build-'));
  const { server, url } = await serve({ root: dir, prefix: '/' });
  try {
    await cp('dist', dir, { recursive: true });
    const { context, page } = await freshPage(game);
    await page.goto(url);
    await page.getByRole('link', { name: 'Play', exact: true }).waitFor();
    await waitForServiceWorker(page);
    const before = await cacheNames(page);
    assert.equal(before.length, 1, `one cache: ${before}`);

    // "Deploy" a second build: a changed page, refilled the way the build hook fills it.
    const index = join(dir, 'index.html');
    await writeFile(index, (await readFile(index, 'utf8')).replace('</body>', '<!-- v2 --></body>'));
    const { version } = await precache(dir);
    assert.ok(!before[0].endsWith(version), 'the second build has a new cache version');

    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      const changed = new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
      await registration.update();
      await changed;
    });
    await page.waitForFunction(
      async (v) => {
        const names = await caches.keys();
        return names.length === 1 && names[0].endsWith(`:${v}`);
      },
      version,
      { polling: 100 },
    );
    await page.reload();
    await page.getByRole('link', { name: 'Play', exact: true }).waitFor();
    assert.deepEqual(page.errors, []);
    await context.close();
  } finally {
    server.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('the cache version follows every file, and only the files', () => {
  const files = [
    { path: 'index.html', bytes: Buffer.from('<html>') },
    { path: 'app-0123456789abcdef_bg.wasm', bytes: Buffer.from([0, 97, 115, 109]) },
  ];
  const version = cacheVersion(files);
  assert.match(version, /^[0-9a-f]{16}$/);
  assert.equal(cacheVersion([...files].reverse()), version, 'independent of listing order');
  assert.notEqual(
    cacheVersion([files[0], { ...files[1], bytes: Buffer.from([0, 97, 115, 110]) }]),
    version,
    'one changed byte',
  );
  assert.notEqual(
    cacheVersion([files[0], { ...files[1], path: 'app-fedcba9876543210_bg.wasm' }]),
    version,
    'a renamed file',
  );
  assert.notEqual(cacheVersion(files.slice(0, 1)), version, 'a removed file');
});

test('the build fills the service worker and sorts hashed names from the rest', async () => {
  assert.ok(isHashed('litre-quiz-716acf249c74e0c6_bg.wasm'));
  assert.ok(isHashed('style-9322bb09b526799b.css'));
  assert.ok(isHashed('style-4c7d30791094459.css'), 'a hash with a leading zero dropped');
  assert.ok(isHashed('wasm-0123456789abcdef/split_pages.wasm'), 'a file of the hashed wasm directory');
  assert.ok(!isHashed('wasm/split_pages.wasm'));
  assert.ok(!isHashed('index.html'));
  assert.ok(!isHashed('icons/icon-192.png'));

  const source = await readFile('static/sw.js', 'utf8');
  const build = { version: 'abc', files: ['index.html'], hashed: [] };
  const filled = fillServiceWorker(source, build);
  assert.match(filled, /^const BUILD = \{"version":"abc","files":\["index.html"\],"hashed":\[\]\};/m);
  assert.equal(fillServiceWorker(filled, build), filled, 'filling twice gives the same file');
  assert.throws(() => fillServiceWorker('self.onfetch = null;', build), /no "const BUILD/);

  const built = await readFile('dist/sw.js', 'utf8');
  const { files, version } = JSON.parse(built.match(/^const BUILD = (\{.*\});/m)[1]);
  assert.match(version, /^[0-9a-f]{16}$/);
  assert.ok(files.includes('index.html') && files.includes('manifest.webmanifest'));
  assert.ok(files.some((f) => f.endsWith('_bg.wasm')) && files.some((f) => f.endsWith('.css')));
  assert.ok(!files.includes('sw.js'));
});
