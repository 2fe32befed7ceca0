// ad-hoc: where the time goes between a key press and the next frame in a quiz (not committed)
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
const s = await serve({ root: process.argv[2] ?? 'dist' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const context = await browser.newContext({ serviceWorkers: 'block' });
const page = await context.newPage();
await page.goto(`${s.url}#/settings`);
await page.getByRole('radio').last().check().catch(() => {});
await page.goto(`${s.url}#/play`);
const picker = page.getByRole('button', { name: /watched it all/ });
if (await picker.count()) await picker.click();
const cdp = await context.newCDPSession(page);
const totals = {};
let samples = 0;
for (let round = 0; round < 3; round++) {
  for (let n = 1; n <= 10; n++) {
    await page.getByText(`Question ${n} of 10`).waitFor();
    const choice = await page.locator('.options button, [role=radio]').count();
    const events = [];
    if (choice) {
      cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
      await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8', transferMode: 'ReportEvents' });
      await page.keyboard.press('1');
      await page.getByRole('region', { name: 'Answer feedback' }).waitFor();
      await page.waitForTimeout(150);
      const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
      await cdp.send('Tracing.end');
      await done;
      cdp.removeAllListeners('Tracing.dataCollected');
      const key = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown');
      if (key) {
        samples++;
        const t0 = key.ts;
        const main = events.filter((e) => e.tid === key.tid && e.ph === 'X' && e.ts >= t0 && e.ts < t0 + 60000);
        for (const e of main) {
          if (['EventDispatch', 'FunctionCall', 'RunMicrotasks', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'Commit', 'HitTest', 'ParseHTML', 'v8.compile', 'TimerFire', 'FireAnimationFrame', 'UpdateLayer', 'IntersectionObserverController::computeIntersections', 'v8.run'].includes(e.name) || e.name.startsWith('v8.')) {
            totals[e.name] = (totals[e.name] ?? 0) + (e.dur ?? 0) / 1000;
          }
        }
      }
      await page.keyboard.press('Enter');
    } else {
      const field = page.getByRole('textbox');
      if (await field.count()) { await field.fill('x'); await page.keyboard.press('Enter'); }
      else { await page.keyboard.press('Space').catch(()=>{}); }
      await page.getByRole('region', { name: 'Answer feedback' }).waitFor({ timeout: 3000 }).catch(async () => {
        const submit = page.getByRole('button', { name: /Submit|Check|Answer/ });
        if (await submit.count()) await submit.first().click();
      });
      await page.getByRole('region', { name: 'Answer feedback' }).waitFor();
      await page.keyboard.press('Enter');
    }
  }
  await page.getByRole('heading', { name: 'Results' }).waitFor();
  await page.getByRole('link', { name: 'Play again' }).click();
}
console.log('samples', samples);
for (const [k, v] of Object.entries(totals).sort((a, b) => b[1] - a[1])) console.log(k.padEnd(40), (v / samples).toFixed(2), 'ms per key');
await browser.close();
s.server.close();
