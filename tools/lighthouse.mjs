// Lighthouse (npm lighthouse, pinned) against a build, with its default mobile preset
// (a Moto G Power-sized screen, simulated Slow 4G and 4× CPU slowdown).
//   node tools/lighthouse.mjs [DIR=dist] [--runs 3]      (make lighthouse builds first)
// Serves DIR with gzip on 127.0.0.1 (tools/serve.mjs), runs Lighthouse in Debian's Chromium
// with a fresh profile each run, prints every run's four category scores and TBT, LCP, FCP,
// CLS and Speed Index, then the median run; writes each run's JSON report to
// target/lighthouse/ (not committed).
import { mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from './serve.mjs';
import { CHROMIUM } from './chromium.mjs';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const DIST = args.find((a, i) => !a.startsWith('--') && (runsAt < 0 || i !== runsAt + 1)) ?? 'dist';
const OUT = resolve(import.meta.dirname, '../target/lighthouse');

if (!existsSync(join(DIST, 'index.html'))) {
  console.error(`lighthouse: no ${DIST}/index.html; build first (make lighthouse builds it)`);
  process.exit(2);
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const AUDITS = {
  TBT: 'total-blocking-time',
  LCP: 'largest-contentful-paint',
  FCP: 'first-contentful-paint',
  CLS: 'cumulative-layout-shift',
  SI: 'speed-index',
};

/** One run's numbers from a Lighthouse result. */
function summary(lhr) {
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? NaN) * 100)]));
  const audits = Object.fromEntries(Object.entries(AUDITS).map(([k, id]) => [k, lhr.audits[id]?.numericValue ?? NaN]));
  const failing = CATEGORIES.filter((c) => c !== 'performance').flatMap((c) =>
    lhr.categories[c].auditRefs
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${c}: ${ref.id}`),
  );
  return { scores, audits, failing };
}

const line = ({ scores, audits }) =>
  `performance ${scores.performance}, accessibility ${scores.accessibility}, best practices ` +
  `${scores['best-practices']}, SEO ${scores.seo}; TBT ${audits.TBT.toFixed(0)} ms, LCP ` +
  `${audits.LCP.toFixed(0)} ms, FCP ${audits.FCP.toFixed(0)} ms, CLS ${audits.CLS.toFixed(3)}, ` +
  `Speed Index ${audits.SI.toFixed(0)} ms`;

await mkdir(OUT, { recursive: true });
const { server, url } = await serve({ root: DIST });
const runs = [];
try {
  for (let i = 1; i <= RUNS; i++) {
    const chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM,
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
    });
    try {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
      const file = join(OUT, `report-${i}.json`);
      await writeFile(file, result.report);
      const run = summary(result.lhr);
      runs.push(run);
      console.log(`lighthouse run ${i}: ${line(run)} (${file})`);
      for (const f of run.failing) console.log(`  not passed: ${f}`);
    } finally {
      await chrome.kill();
    }
  }
} finally {
  server.close();
}
const sorted = [...runs].sort((a, b) => a.scores.performance - b.scores.performance || b.audits.TBT - a.audits.TBT);
const mid = sorted[(sorted.length - 1) >> 1];
console.log();
console.log(`Lighthouse 12.2.3, mobile preset, ${DIST}/ on ${url} (median of ${runs.length} runs by performance score):`);
console.log('| performance | accessibility | best practices | SEO | TBT | LCP | FCP | CLS | Speed Index |');
console.log('|---|---|---|---|---|---|---|---|---|');
console.log(
  `| ${mid.scores.performance} | ${mid.scores.accessibility} | ${mid.scores['best-practices']} | ${mid.scores.seo} | ` +
    `${mid.audits.TBT.toFixed(0)} ms | ${mid.audits.LCP.toFixed(0)} ms | ${mid.audits.FCP.toFixed(0)} ms | ` +
    `${mid.audits.CLS.toFixed(3)} | ${mid.audits.SI.toFixed(0)} ms |`,
);
