// The same dist/ served from a sub-path (as on GitHub Pages: https://user.github.io/quiz/):
// every request resolves, the Content-Security-Policy lets the game run, and a question can
// be played by keyboard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answerByKeyboard, freshPage, tabTo, useGame } from './support.mjs';

const game = useGame({ prefix: '/quiz/' });

/** First visit: answers the spoiler question by keyboard (everything watched). */
async function answerSpoilerQuestion(page) {
  await tabTo(page, () => document.activeElement?.id === 'spoiler-limit');
  await page.keyboard.press('End');
  await tabTo(page, () => document.activeElement?.textContent === 'Save');
  await page.keyboard.press('Enter');
}

test('dist/ works from /quiz/: no failed request, no policy violation, a question played', async () => {
  const { context, page } = await freshPage(game);
  const failed = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => failed.push(`failed ${request.url()}`));
  await page.addInitScript(() => {
    window.policyViolations = [];
    addEventListener('securitypolicyviolation', (e) =>
      window.policyViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });

  await page.goto(game.url);
  assert.match(page.url(), /\/quiz\/$/);
  await tabTo(page, () => document.activeElement?.textContent === 'Play');
  await page.keyboard.press('Enter');
  await answerSpoilerQuestion(page);
  await page.getByText('Question 1 of 10').waitFor();
  assert.match(page.url(), /\/quiz\/#\/play/);
  await answerByKeyboard(page);
  await page.keyboard.press('Enter');
  await page.getByText('Question 2 of 10').waitFor();

  // The manifest and the service worker resolve under the sub-path too.
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector('link[rel="manifest"]');
    const response = await fetch(link.href);
    return { url: response.url, status: response.status, body: await response.json() };
  });
  assert.equal(manifest.status, 200);
  assert.match(manifest.url, /\/quiz\/manifest\.webmanifest$/);
  assert.equal(manifest.body.start_url, './');
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  assert.match(scope, /\/quiz\/$/);

  assert.deepEqual(failed, [], 'requests that failed or returned an error status');
  assert.deepEqual(await page.evaluate(() => window.policyViolations), []);
  assert.deepEqual(page.errors, []);
  await context.close();
});
