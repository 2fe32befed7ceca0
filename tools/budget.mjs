// Size budget for the initial load: the gzipped bytes of index.html and of every file it
// references (Trunk's JS and wasm, the stylesheet, the manifest, the icon link, the service
// worker unless it is registered once the game is ready, and any data file named in the page).
//   node tools/budget.mjs [DIR=dist] [--limit BYTES] [--lang ja]     (make budget)
// With --lang ja it measures a Japanese player's first visit, which also fetches the Japanese
// interface texts (named in <meta name="litre-quiz-ui-ja">) alongside the wasm.
// Prints every file with its raw and gzip -9 size, the total, and the files loaded later (the
// service worker's precache, not counted); exits 1 when the total is over the limit, naming
// every file and its size.
import { readdir, readFile } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';
import { gzipSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const LIMIT = 150 * 1024; // 153,600 gzipped bytes

/** Relative URLs named in `html`: href/src attributes and quoted './…' strings in scripts. */
export function referencedFiles(html) {
  const urls = new Set();
  for (const [tag] of html.matchAll(/<[a-z]+\b[^>]*>/gi)) {
    // Only fetched when someone adds the page to an iOS home screen.
    if (/^<link\b/i.test(tag) && /\brel=["']?apple-touch-icon/i.test(tag)) continue;
    for (const [, url] of tag.matchAll(/\s(?:href|src)=["']([^"']+)["']/gi)) urls.add(url);
  }
  for (const [, body] of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) {
    // A service worker registered on the game's "litre-ready" event (when Home is rendered and
    // listening) is fetched after Home is interactive, like the files it precaches.
    const afterReady = /addEventListener\(\s*["']litre-ready["']/.test(body);
    for (const [, register, url] of body.matchAll(/(serviceWorker\.register\(\s*)?["'](\.{1,2}\/[^"'\s]+)["']/g)) {
      if (!(register && afterReady)) urls.add(url);
    }
  }
  return [...urls]
    .filter((url) => !/^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(url)) // same-site relative only
    .map((url) => posix.normalize(url.replace(/[?#].*$/, '')).replace(/^(\.\/)+/, ''))
    .filter((path) => path && !path.startsWith('../'));
}

/** Every file under `dir`, as relative paths with "/". */
async function allFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath ?? e.path, e.name)).split(sep).join('/'))
    .sort();
}

const gzipSize = (bytes) => gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** The files a player of `lang` fetches before Home is ready, besides those `html` names. */
export function languageFiles(html, lang) {
  if (lang !== 'ja') return [];
  const meta = html.match(/<meta name="litre-quiz-ui-ja" content="([^"]+)"/);
  if (!meta) throw new Error('index.html names no Japanese interface texts (litre-quiz-ui-ja)');
  return [meta[1]];
}

/** Measures `dir`; returns { initial: [{ path, raw, gzip }], later: [...], total, missing }. */
export async function measure(dir, { lang = 'en' } = {}) {
  const present = new Set(await allFiles(dir));
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  const wanted = ['index.html', ...referencedFiles(html), ...languageFiles(html, lang)];
  const initialPaths = [...new Set(wanted)].filter((p) => present.has(p));
  const missing = [...new Set(wanted)].filter((p) => !present.has(p));
  const sizeOf = async (path) => {
    const bytes = await readFile(join(dir, path));
    return { path, raw: bytes.length, gzip: gzipSize(bytes) };
  };
  const initial = await Promise.all(initialPaths.map(sizeOf));
  // Brotli copies (tools/precompress.mjs) are the same files for other hosts, not more files.
  const laterPaths = [...present].filter((p) => !initialPaths.includes(p) && !p.endsWith('.br'));
  const later = await Promise.all(laterPaths.map(sizeOf));
  const total = initial.reduce((sum, f) => sum + f.gzip, 0);
  // What the initial load weighs from a host that serves the brotli copies, when they exist.
  const brSize = async (p) => (present.has(`${p}.br`) ? (await readFile(join(dir, `${p}.br`))).length : null);
  const brSizes = await Promise.all(initialPaths.map(brSize));
  const brotli = brSizes.some((n) => n !== null)
    ? brSizes.reduce((sum, n, i) => sum + (n ?? initial[i].gzip), 0)
    : null;
  return { initial, later, total, missing, brotli };
}

function table(rows) {
  const width = Math.max(...rows.map((r) => r.path.length), 4);
  return rows
    .map((r) => `  ${r.path.padEnd(width)}  ${String(r.raw).padStart(9)} B  ${String(r.gzip).padStart(8)} B gzip`)
    .join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const limitAt = args.indexOf('--limit');
  const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : LIMIT;
  const langAt = args.indexOf('--lang');
  const lang = langAt >= 0 ? args[langAt + 1] : 'en';
  const dir = args.find((a, i) => !a.startsWith('--') && !['--limit', '--lang'].includes(args[i - 1])) ?? 'dist';
  const { initial, later, total, missing, brotli } = await measure(dir, { lang });
  const raw = initial.reduce((sum, f) => sum + f.raw, 0);
  console.log(`Initial load of ${dir}/ for a first visit in ${lang === 'ja' ? 'Japanese' : 'English'} (raw bytes, gzip -9 bytes):`);
  console.log(table(initial));
  console.log(`  total: ${raw} B raw, ${total} B gzip (${kb(total)}); budget ${limit} B gzip (${kb(limit)})`);
  if (brotli !== null) console.log(`  with the brotli copies, for hosts that serve .br: ${brotli} B (${kb(brotli)})`);
  if (later.length) {
    console.log('Not in the initial load (fetched when needed or precached by the service worker, not counted):');
    console.log(table(later));
  }
  if (missing.length) console.log(`Named in index.html but not in ${dir}/: ${missing.join(', ')}`);
  if (total > limit) {
    const files = initial.map((f) => `${f.path} ${f.gzip} B`).join(', ');
    console.error(
      `BUDGET EXCEEDED: the initial load is ${total} B gzipped (${kb(total)}), over the budget of ` +
        `${limit} B (${kb(limit)}) by ${total - limit} B. Files: ${files}.`,
    );
    process.exit(1);
  }
  console.log(`Within budget: ${limit - total} B to spare.`);
}
