// Performance bench (not part of `make test`): `make bench`, or `node tools/bench.mjs [DIR]`.
//
// Serves DIR (default dist/) with gzip and measures in headless Chromium, against a floor: a
// minimal Yew 0.23 app (tools/bench-floor/) built here with the same profile and tools.
//   - first visit, unthrottled and "Slow 4G + 4× CPU" (CDP network emulation and
//     Emulation.setCPUThrottlingRate 4), game and floor loads interleaved (A/B), a fresh
//     profile each: FCP (paint timing); interactive: the first visible "Play" (the floor: its
//     button) pressed as soon as it is visible, until the next view (the spoiler question or
//     question 1; the floor: the button's new text, pressing again each frame until it works);
//     a cold #/daily link: "Start today's challenge" pressed as soon as visible, until
//     question 1; and the bytes transferred before interactive (Resource Timing transferSize);
//   - ready: navigation start → "Question 1 of 10" and the answer controls visible (the floor:
//     its heading visible); median of N cold loads (fresh context, HTTP cache disabled,
//     service workers blocked), unthrottled and with Slow-4G emulation, game and floor
//     interleaved;
//   - transfer: bytes over the wire for that load (sum of encodedDataLength);
//   - feedback: key press → the feedback region in the DOM, → two animation frames later
//     (painted), and the browser's Event Timing duration (input → next paint); median over the choice questions of a few rounds (the floor: Enter on its
//     button → the button's new text);
//   - memory: JS heap after a forced GC, wasm memory, DOM nodes, JS event listeners and the
//     size of what is saved in localStorage, at start and after R rounds played by keyboard.
// Options: --runs N (5)  --rounds R (100)  --feedback-samples S (20)  --no-floor
//   --ab DIR2: only the first visits, of two builds of the game (DIR and DIR2) and the floor,
//   interleaved in one run, to tell whether a change helps (absolute times here drift).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
import { answerByKeyboard, chooseSpoilerLimit, tabTo } from '../e2e/support.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const RUNS = option('--runs', 5);
const ROUNDS = option('--rounds', 100);
const FEEDBACK_SAMPLES = option('--feedback-samples', 20);
const WITH_FLOOR = !args.includes('--no-floor');
const AB_DIST = args.includes('--ab') ? args[args.indexOf('--ab') + 1] : null;
const DIST = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'dist';

const ROOT = resolve(import.meta.dirname, '..');
const FLOOR_SRC = join(ROOT, 'tools/bench-floor');
const FLOOR_TARGET = join(ROOT, 'target/bench-floor');
const FLOOR_DIST = join(FLOOR_TARGET, 'dist');

// Slow 4G as in Chrome DevTools' presets: 1.6 Mbps down, 750 kbps up, 150 ms latency.
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };
const NETWORKS = {
  unthrottled: null,
  'Slow 4G': SLOW_4G,
};
// The first-visit measures: the network and a CPU slowdown (as a mid-range phone).
const CONDITIONS = {
  unthrottled: { network: null, cpu: 1 },
  'Slow 4G + 4× CPU': { network: SLOW_4G, cpu: 4 },
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => `${x.toFixed(x < 100 ? 1 : 0)} ms`;
const kib = (x) => `${(x / 1024).toFixed(1)} KB`;
const mib = (x) => `${(x / 1024 / 1024).toFixed(2)} MB`;
const log = (...xs) => console.error(...xs);

function run(cmd, cmdArgs, options) {
  const result = spawnSync(cmd, cmdArgs, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
  if (result.status !== 0) throw new Error(`${cmd} ${cmdArgs.join(' ')} failed (${result.status})`);
}

/** Builds the floor app with Trunk into target/bench-floor/ (its own cargo target dir). */
function buildFloor() {
  log('bench: building the floor (tools/bench-floor, minimal Yew 0.23) …');
  const env = {
    ...process.env,
    PATH: [join(homedir(), '.cargo/bin'), join(ROOT, 'node_modules/.bin'), process.env.PATH].join(delimiter),
    CARGO_TARGET_DIR: join(FLOOR_TARGET, 'cargo'),
  };
  run('cargo', ['fetch', '--quiet'], { cwd: FLOOR_SRC, env });
  run('trunk', ['build', '--release', '--offline'], { cwd: FLOOR_SRC, env });
}

/**
 * A fresh, cold browser context (empty HTTP cache, no service worker) with a CDP session that
 * counts the bytes of finished requests; `storageState` seeds localStorage.
 */
async function coldPage(browser, network, storageState, { eventTiming = false, cpu = 1 } = {}) {
  const context = await browser.newContext({ serviceWorkers: 'block', storageState });
  // Event Timing: the browser's own input → next paint duration (what INP uses), for the
  // feedback probes. Only events of 16 ms or more are reported (rounded to 8 ms). Not on the
  // memory run: the recorded entries would themselves grow the heap.
  if (eventTiming) {
    await context.addInitScript(() => {
      window.benchEvents = [];
      try {
        new PerformanceObserver((list) => window.benchEvents.push(...list.getEntries())).observe({
          type: 'event',
          durationThreshold: 16,
        });
      } catch {}
    });
  }
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (network) await cdp.send('Network.emulateNetworkConditions', network);
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  const traffic = { bytes: 0, inflight: new Set(), last: Date.now() };
  cdp.on('Network.requestWillBeSent', (e) => {
    traffic.inflight.add(e.requestId);
    traffic.last = Date.now();
  });
  const done = (e) => {
    traffic.inflight.delete(e.requestId);
    traffic.last = Date.now();
  };
  cdp.on('Network.loadingFinished', (e) => {
    traffic.bytes += e.encodedDataLength;
    done(e);
  });
  cdp.on('Network.loadingFailed', done);
  return { context, page, cdp, traffic };
}

/** Waits until no request has been in flight for `quietMs` (at most `limitMs`). */
async function networkQuiet(traffic, quietMs = 500, limitMs = 15000) {
  const start = Date.now();
  while (Date.now() - start < limitMs) {
    if (traffic.inflight.size === 0 && Date.now() - traffic.last >= quietMs) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The game's saved state after a first visit (the spoiler question answered), so that the
 * measured loads go straight to the first question as a returning player's do.
 */
async function returningPlayer(browser, url) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${url}#/play`);
  await chooseSpoilerLimit(page);
  await page.getByText('Question 1 of 10').waitFor();
  const state = await context.storageState();
  await context.close();
  return state;
}

/** One cold load: { ready (ms since navigation start), bytes }. */
async function coldLoad(browser, url, isReady, network, storageState) {
  const { context, page, traffic } = await coldPage(browser, network, storageState);
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(isReady, null, { polling: 'raf', timeout: 120000 });
    const ready = await handle.jsonValue();
    await page.waitForLoadState('load');
    await networkQuiet(traffic);
    return { ready, bytes: traffic.bytes };
  } finally {
    await context.close();
  }
}

// Ready predicates: run in the page on every animation frame; return the time when ready.
function gameReady() {
  const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  if (!document.body?.innerText.includes('Question 1 of 10')) return false;
  const controls = [...document.querySelectorAll('button, input')].filter(shown);
  return controls.length > 0 ? performance.now() : false;
}
function floorReady() {
  const heading = document.querySelector('h1');
  return heading && heading.getClientRects().length > 0 ? performance.now() : false;
}

/** Cold loads of game and floor, interleaved (A/B): { game, floor } medians of ready and bytes. */
async function loads(browser, game, floor, network, name, storageState) {
  const samples = { game: [], floor: [] };
  for (let i = 0; i < RUNS; i++) {
    samples.game.push(await coldLoad(browser, `${game.url}#/play`, gameReady, network, storageState));
    if (floor) samples.floor.push(await coldLoad(browser, floor.url, floorReady, network));
  }
  const summary = (who) => {
    const xs = samples[who];
    if (!xs.length) return null;
    log(`bench: ${who}, ${name}: ready ${xs.map((s) => ms(s.ready)).join(', ')}; bytes ${xs.map((s) => s.bytes).join(', ')}`);
    return { ready: median(xs.map((s) => s.ready)), bytes: median(xs.map((s) => s.bytes)) };
  };
  return { game: summary('game'), floor: summary('floor') };
}

/**
 * Runs in the page from its first script (an init script): presses the first visible element
 * matching `press` as soon as it is visible, and records when the page then shows `next`.
 * `again`: press again every frame until `next` (the floor's button does nothing before its
 * wasm has run; the game's prerendered links must work on the first press). Times are
 * performance.now() (ms since navigation start); the result is in window.benchFirstVisit.
 */
function firstVisitProbe({ press, next, again }) {
  const result = (window.benchFirstVisit = {});
  const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const target = () =>
    [...document.querySelectorAll(press.selector)].find(
      (el) => (press.text === null || el.textContent.trim() === press.text) && shown(el),
    );
  let before = null;
  const done = () => {
    if (next === 'floor') return before !== null && document.querySelector('button')?.textContent !== before;
    if (!document.body) return false;
    if (next === 'question or spoilers') {
      const picker = document.getElementById('spoiler-limit');
      if (picker && shown(picker)) return true;
    }
    return document.body.innerText.includes('Question 1 of');
  };
  const tick = () => {
    const now = performance.now();
    if (result.pressedAt !== undefined && done()) {
      result.doneAt = now;
      return;
    }
    if (result.pressedAt === undefined || again) {
      const el = target();
      if (el) {
        result.visibleAt ??= now;
        result.pressedAt ??= now;
        result.presses = (result.presses ?? 0) + 1;
        before ??= el.textContent;
        el.click();
      }
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/**
 * Reads FCP (waiting for it: without a prerendered page it can come with the frame after the
 * measured view appeared) and the bytes that had arrived by `at` (ms since navigation start).
 */
async function pageTimings(at) {
  const fcp = await new Promise((resolve) => {
    new PerformanceObserver((list) => {
      const entry = list.getEntriesByName('first-contentful-paint')[0];
      if (entry) resolve(entry.startTime);
    }).observe({ type: 'paint', buffered: true });
    setTimeout(() => resolve(NaN), 10000);
  });
  const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
  const bytes = entries.filter((e) => e.responseEnd <= at).reduce((n, e) => n + e.transferSize, 0);
  return { fcp, bytes };
}

/** One first visit (fresh profile): { fcp, visible, done, bytes }. */
async function firstVisit(browser, url, probe, condition) {
  const { context, page } = await coldPage(browser, condition.network, undefined, { cpu: condition.cpu });
  try {
    await page.addInitScript(firstVisitProbe, probe);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.benchFirstVisit?.doneAt, null, { polling: 100, timeout: 120000 });
    const { visibleAt, doneAt } = await page.evaluate(() => window.benchFirstVisit);
    const { fcp, bytes } = await page.evaluate(pageTimings, doneAt);
    return { fcp, visible: visibleAt, done: doneAt, bytes };
  } finally {
    await context.close();
  }
}

const PROBES = {
  home: { press: { selector: 'a, button', text: 'Play' }, next: 'question or spoilers', again: false },
  daily: { press: { selector: 'button', text: "Start today's challenge" }, next: 'question', again: false },
  floor: { press: { selector: 'button', text: null }, next: 'floor', again: true },
};

/** `--ab`: first visits of two builds and the floor, interleaved, as a table of medians. */
async function abVisits(browser, a, b, floor) {
  const rows = [['first visit (median of ' + RUNS + ')', DIST, AB_DIST, 'floor', `${DIST} ÷ floor`, `${AB_DIST} ÷ floor`]];
  const ratio = (x, y) => (y ? `${(x / y).toFixed(2)}×` : '–');
  for (const [name, condition] of Object.entries(CONDITIONS)) {
    const s = { aHome: [], bHome: [], floor: [], aDaily: [], bDaily: [] };
    for (let i = 0; i < RUNS; i++) {
      s.aHome.push(await firstVisit(browser, a.url, PROBES.home, condition));
      s.bHome.push(await firstVisit(browser, b.url, PROBES.home, condition));
      if (floor) s.floor.push(await firstVisit(browser, floor.url, PROBES.floor, condition));
      s.aDaily.push(await firstVisit(browser, `${a.url}#/daily`, PROBES.daily, condition));
      s.bDaily.push(await firstVisit(browser, `${b.url}#/daily`, PROBES.daily, condition));
    }
    const m = (xs, key) => (xs.length ? median(xs.map((x) => x[key])) : NaN);
    const fl = floor ? m(s.floor, 'done') : NaN;
    for (const [label, key, aXs, bXs, f] of [
      ['FCP', 'fcp', s.aHome, s.bHome, floor ? m(s.floor, 'fcp') : NaN],
      ['interactive (Play → next view)', 'done', s.aHome, s.bHome, fl],
      ['cold #/daily: Start → question 1 (floor: interactive)', 'done', s.aDaily, s.bDaily, fl],
    ]) {
      const [x, y] = [m(aXs, key), m(bXs, key)];
      rows.push([`${name}: ${label}`, ms(x), ms(y), ms(f), ratio(x, f), ratio(y, f)]);
    }
  }
  printTable(rows);
}

/** First visits of game Home, the floor and a cold #/daily link, interleaved; medians. */
async function firstVisits(browser, game, floor, condition, name) {
  const samples = { home: [], floor: [], daily: [] };
  for (let i = 0; i < RUNS; i++) {
    samples.home.push(await firstVisit(browser, game.url, PROBES.home, condition));
    if (floor) samples.floor.push(await firstVisit(browser, floor.url, PROBES.floor, condition));
    samples.daily.push(await firstVisit(browser, `${game.url}#/daily`, PROBES.daily, condition));
  }
  const out = {};
  for (const [who, xs] of Object.entries(samples)) {
    if (!xs.length) continue;
    log(
      `bench: first visit, ${who}, ${name}: FCP ${xs.map((x) => ms(x.fcp)).join(', ')}; ` +
        `interactive ${xs.map((x) => ms(x.done)).join(', ')}; bytes ${xs.map((x) => x.bytes).join(', ')}`,
    );
    out[who] = {
      fcp: median(xs.map((x) => x.fcp)),
      visible: median(xs.map((x) => x.visible)),
      done: median(xs.map((x) => x.done)),
      bytes: median(xs.map((x) => x.bytes)),
    };
  }
  return out;
}

const isChoiceQuestion = async (page) =>
  !(await page.getByLabel('Your answer').count()) &&
  !(await page.getByRole('button', { name: 'Check order' }).count());

/** Starts a new round from Home or Results by keyboard. */
async function startRound(page) {
  await tabTo(page, () => ['Play', 'Play again'].includes(document.activeElement?.textContent), 40);
  await page.keyboard.press('Enter');
  await page.getByText('Question 1 of 10').waitFor();
}

/**
 * Arms a one-shot probe: at the next key press, from the event's timestamp, how long until
 * the page shows the result (`kind`: "feedback" = the answer feedback region exists; "button"
 * = the first button's text changed) and until two animation frames later (painted).
 */
async function armLatencyProbe(page, kind) {
  await page.evaluate((kind) => {
    const button = document.querySelector('button');
    const before = button?.textContent;
    const shown =
      kind === 'feedback'
        ? () => document.querySelector('[aria-label="Answer feedback"]') !== null
        : () => document.querySelector('button')?.textContent !== before;
    window.benchLatency = new Promise((resolve) => {
      addEventListener(
        'keydown',
        (event) => {
          const start = event.timeStamp;
          window.benchKeyAt = start;
          const observer = new MutationObserver(() => {
            if (!shown()) return;
            observer.disconnect();
            const dom = performance.now() - start;
            requestAnimationFrame(() =>
              requestAnimationFrame(() => resolve({ dom, painted: performance.now() - start })),
            );
          });
          observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        },
        { capture: true, once: true },
      );
    });
  }, kind);
}

/** Reads the armed probe: { dom, painted, event } where `event` is the Event Timing duration
 * of the key press's interaction, or 16 when the browser reported nothing (under 16 ms). */
async function readLatencyProbe(page) {
  const sample = await page.evaluate(() => window.benchLatency);
  await page.waitForTimeout(100); // Event Timing entries arrive after the next paint
  sample.event = await page.evaluate(() => {
    const at = window.benchKeyAt;
    const mine = window.benchEvents.filter((e) => Math.abs(e.startTime - at) < 1);
    const ids = new Set(mine.map((e) => e.interactionId).filter((id) => id > 0));
    const all = window.benchEvents.filter((e) => ids.has(e.interactionId)).concat(mine);
    return all.length ? Math.max(...all.map((e) => e.duration)) : 16;
  });
  return sample;
}

const latencySummary = (samples) => ({
  dom: median(samples.map((x) => x.dom)),
  painted: median(samples.map((x) => x.painted)),
  event: median(samples.map((x) => x.event)),
  samples: samples.length,
});

/** Key press → feedback in the DOM / painted, over the choice questions of a few rounds. */
async function feedbackLatency(browser, url, storageState) {
  const { context, page } = await coldPage(browser, null, storageState, { eventTiming: true });
  const samples = [];
  try {
    await page.goto(url);
    for (let round = 0; samples.length < FEEDBACK_SAMPLES && round < 20; round++) {
      await startRound(page);
      for (let n = 1; n <= 10; n++) {
        await page.getByText(`Question ${n} of 10`).waitFor();
        if (await isChoiceQuestion(page)) {
          await armLatencyProbe(page, 'feedback');
          await page.keyboard.press('1');
          samples.push(await readLatencyProbe(page));
          await page.getByRole('region', { name: 'Answer feedback' }).waitFor();
        } else {
          await answerByKeyboard(page);
        }
        await page.keyboard.press('Enter');
      }
      await page.getByRole('heading', { name: 'Results' }).waitFor();
    }
  } finally {
    await context.close();
  }
  log(`bench: game feedback painted (ms): ${samples.map((x) => x.painted.toFixed(1)).join(', ')}`);
  log(`bench: game feedback Event Timing (ms): ${samples.map((x) => x.event).join(', ')}`);
  return latencySummary(samples);
}

/** The floor's equivalent: Enter on its button → the button's new text, painted. */
async function floorLatency(browser, url) {
  const { context, page } = await coldPage(browser, null, undefined, { eventTiming: true });
  const samples = [];
  try {
    await page.goto(url);
    await page.locator('button').focus();
    for (let i = 0; i < FEEDBACK_SAMPLES; i++) {
      await armLatencyProbe(page, 'button');
      await page.keyboard.press('Enter');
      samples.push(await readLatencyProbe(page));
    }
  } finally {
    await context.close();
  }
  log(`bench: floor update painted (ms): ${samples.map((x) => x.painted.toFixed(1)).join(', ')}`);
  log(`bench: floor update Event Timing (ms): ${samples.map((x) => x.event).join(', ')}`);
  return latencySummary(samples);
}

/** Memory after a forced GC: JS heap, wasm linear memory, DOM nodes. */
async function memory(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((m) => m.name === name)?.value ?? NaN;
  const wasm = await page.evaluate(() => window.benchWasmMemory?.buffer.byteLength ?? NaN);
  const stored = await page.evaluate(() =>
    Object.keys(localStorage).reduce((n, k) => n + k.length + localStorage.getItem(k).length, 0),
  );
  return {
    heap: metric('JSHeapUsedSize'),
    wasm,
    nodes: metric('Nodes'),
    listeners: metric('JSEventListeners'),
    stored,
  };
}

/**
 * Plays rounds by keyboard through raw CDP (Input.dispatchKeyEvent, Runtime.evaluate by value)
 * rather than Playwright locators, whose injected helpers grow the page's heap themselves.
 */
function rawPlayer(cdp) {
  const evaluate = async (expression) =>
    (await cdp.send('Runtime.evaluate', { expression, returnByValue: true })).result.value;
  const until = async (expression, what) => {
    for (let i = 0; i < 2000; i++) {
      if (await evaluate(expression)) return;
      await new Promise((r) => setTimeout(r, 5));
    }
    throw new Error(`bench: timed out waiting for ${what}`);
  };
  const key = async (key, code = key, text) => {
    const vk = { Enter: 13, Tab: 9 }[key] ?? key.toUpperCase().charCodeAt(0);
    const common = { key, code, windowsVirtualKeyCode: vk };
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...common, text });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...common });
  };
  const enterText = (key) => key('Enter', 'Enter', '\r');
  const tabTo = async (condition) => {
    for (let i = 0; i < 40; i++) {
      await key('Tab');
      if (await evaluate(condition)) return;
    }
    throw new Error(`bench: could not tab to ${condition}`);
  };
  const bodyHas = (text) => `document.body.innerText.includes(${JSON.stringify(text)})`;
  return {
    async startRound() {
      await tabTo(`['Play', 'Play again'].includes(document.activeElement?.textContent)`);
      await enterText(key);
    },
    async playRound() {
      for (let n = 1; n <= 10; n++) {
        await until(
          `${bodyHas(`Question ${n} of 10`)} && ['question-prompt', 'typed-answer'].includes(document.activeElement?.id)`,
          `question ${n}`,
        );
        if (await evaluate(`!!document.getElementById('typed-answer')`)) {
          // A typed question's field has the focus already.
          if (!(await evaluate(`document.activeElement?.id === 'typed-answer'`))) {
            await tabTo(`document.activeElement?.id === 'typed-answer'`);
          }
          await cdp.send('Input.insertText', { text: 'Aya' });
          await enterText(key);
        } else if (await evaluate(`[...document.querySelectorAll('button')].some((b) => b.textContent === 'Check order')`)) {
          await tabTo(`document.activeElement?.textContent === 'Check order'`);
          await enterText(key);
        } else {
          await key('1', 'Digit1', '1');
        }
        await until(`!!document.querySelector('[aria-label="Answer feedback"]')`, 'the feedback');
        await enterText(key);
      }
      await until(`[...document.querySelectorAll('h1')].some((h) => h.textContent === 'Results')`, 'Results');
    },
  };
}

async function memoryOverRounds(browser, url, storageState) {
  const { context, page, cdp } = await coldPage(browser, null, storageState);
  try {
    await page.addInitScript(() => {
      addEventListener('TrunkApplicationStarted', (e) => {
        window.benchWasmMemory = e.detail?.wasm?.memory;
      });
    });
    await cdp.send('Performance.enable');
    await page.goto(url);
    // The game has started (Home is prerendered, so its Play link is there before).
    await page.waitForFunction(() => window.benchWasmMemory);
    await page.getByRole('link', { name: 'Play', exact: true }).waitFor();
    const points = [{ label: 'start (Home)', ...(await memory(page, cdp)) }];
    const checkpoints = new Set([1, 10, Math.round(ROUNDS / 2), ROUNDS]);
    const player = rawPlayer(cdp);
    for (let round = 1; round <= ROUNDS; round++) {
      await player.startRound();
      await player.playRound();
      if (checkpoints.has(round)) {
        points.push({ label: `after ${round} round${round > 1 ? 's' : ''} (Results)`, ...(await memory(page, cdp)) });
        log(`bench: memory after ${round} rounds: heap ${mib(points.at(-1).heap)}, wasm ${mib(points.at(-1).wasm)}`);
      }
    }
    return points;
  } finally {
    await context.close();
  }
}

function printTable(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  const line = (r) => `| ${r.map((x, c) => String(x).padEnd(widths[c])).join(' | ')} |`;
  console.log(line(rows[0]));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows.slice(1)) console.log(line(r));
}

if (!existsSync(join(DIST, 'index.html'))) {
  console.error(`bench: no ${DIST}/index.html; build first (make bench builds it)`);
  process.exit(2);
}
if (WITH_FLOOR) buildFloor();

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: CHROMIUM_ARGS,
});
const game = await serve({ root: DIST });
const floor = WITH_FLOOR ? await serve({ root: FLOOR_DIST }) : null;
if (AB_DIST) {
  const other = await serve({ root: AB_DIST });
  try {
    await abVisits(browser, game, other, floor);
  } finally {
    await browser.close();
    for (const s of [game, other, floor]) s?.server.close();
  }
  process.exit(0);
}
try {
  const player = await returningPlayer(browser, game.url);
  const visits = {};
  for (const [name, condition] of Object.entries(CONDITIONS)) {
    visits[name] = await firstVisits(browser, game, floor, condition, name);
  }
  const results = {};
  for (const [name, network] of Object.entries(NETWORKS)) {
    results[name] = await loads(browser, game, floor, network, name, player);
  }
  const feedback = await feedbackLatency(browser, game.url, player);
  const floorFeedback = floor && (await floorLatency(browser, floor.url));
  const mem = await memoryOverRounds(browser, game.url, player);

  const ratio = (a, b) => (b ? `${(a / b).toFixed(2)}×` : '–');
  const rows = [['metric', 'game', 'floor (Yew hello)', 'ratio', 'target']];
  for (const [name, v] of Object.entries(visits)) {
    const fl = v.floor;
    rows.push([`first visit, ${name}: FCP (median of ${RUNS})`, ms(v.home.fcp), fl ? ms(fl.fcp) : '–', ratio(v.home.fcp, fl?.fcp), '≤ 0.6× floor']);
    rows.push([`first visit, ${name}: Play visible`, ms(v.home.visible), fl ? ms(fl.visible) : '–', ratio(v.home.visible, fl?.visible), '']);
    rows.push([`first visit, ${name}: interactive (Play → next view; floor: working button)`, ms(v.home.done), fl ? ms(fl.done) : '–', ratio(v.home.done, fl?.done), '≤ 1.3× floor']);
    rows.push([`first visit, ${name}: bytes before interactive`, kib(v.home.bytes), fl ? kib(fl.bytes) : '–', ratio(v.home.bytes, fl?.bytes), '']);
    rows.push([`cold #/daily, ${name}: Start → question 1 (vs floor interactive)`, ms(v.daily.done), fl ? ms(fl.done) : '–', ratio(v.daily.done, fl?.done), '≤ 1.6× floor']);
  }
  const first = results.unthrottled;
  rows.push(['transfer, cold load', kib(first.game.bytes), floor ? kib(first.floor.bytes) : '–', ratio(first.game.bytes, first.floor?.bytes), '≤ 1.6× floor']);
  for (const [name, r] of Object.entries(results)) {
    rows.push([`ready, ${name} (median of ${RUNS})`, ms(r.game.ready), floor ? ms(r.floor.ready) : '–', ratio(r.game.ready, r.floor?.ready), '≤ 1.3× floor']);
  }
  const f = floorFeedback;
  rows.push([`key → feedback in DOM (median of ${feedback.samples})`, ms(feedback.dom), f ? ms(f.dom) : '–', ratio(feedback.dom, f?.dom), '']);
  rows.push([`key → feedback painted, 2 rAF (median of ${feedback.samples})`, ms(feedback.painted), f ? ms(f.painted) : '–', ratio(feedback.painted, f?.painted), '≤ 16 ms']);
  const et = (x) => (x <= 16 ? '≤ 16 ms' : ms(x));
  rows.push([`key → next paint, Event Timing (median of ${feedback.samples})`, et(feedback.event), f ? et(f.event) : '–', feedback.event > 16 && f?.event > 16 ? ratio(feedback.event, f.event) : '–', '≤ 16 ms']);
  for (const p of mem) {
    rows.push([
      `JS heap / wasm memory / DOM nodes / listeners / saved, ${p.label}`,
      `${mib(p.heap)} / ${mib(p.wasm)} / ${p.nodes} / ${p.listeners} / ${kib(p.stored)}`,
      '',
      '',
      'flat',
    ]);
  }
  console.log();
  console.log(`Bench ${new Date().toISOString().slice(0, 10)}: ${DIST}/ served with gzip by tools/serve.mjs, headless Chromium, cold cache, service workers blocked`);
  printTable(rows);
} finally {
  await browser.close();
  game.server.close();
  floor?.server.close();
}
