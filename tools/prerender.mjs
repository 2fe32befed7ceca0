// Prerenders Home into a built index.html, so the first paint is the real Home, not a blank
// page waiting for the wasm.
//   node tools/prerender.mjs [DIR]      (DIR defaults to $TRUNK_STAGING_DIR; see post-build.mjs)
//
// 1. Serves DIR on 127.0.0.1 and opens it in headless Chromium (Debian's, as the tests use)
//    with a fresh profile: empty storage, no service worker, so it shows a first visit's Home.
// 2. Waits for Home's <h1>, takes the markup the game rendered into <body>, and replaces the
//    per-player lines (best score, the daily's status) by neutral placeholders of similar
//    length, so a returning player's page does not jump when the game replaces them.
// 3. Writes that markup at the start of DIR/index.html's <body>, before what the page's own
//    <body> holds (<noscript>, the loading panel and its script). The game replaces it when
//    it starts: yew's Renderer clears <body> before its first render.
// 4. Inlines the stylesheet (<link rel="stylesheet"> → <style>): on a slow network the extra
//    request would hold back the first paint. tools/csp.mjs, which runs next, hashes it.
//    Trunk's preload links move to the top of <head>, so the wasm download starts first.
// 5. Loads the finished page once more and checks that the game replaced the snapshot: one
//    <main>, one <h1>, and no console error.
// Must run before tools/csp.mjs and tools/precache.mjs, which hash the final index.html.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';

const MARK_START = '<!-- prerendered Home (tools/prerender.mjs): the game replaces it when it starts -->';
const MARK_END = '<!-- end of prerendered Home -->';

/**
 * The per-player lines of Home and what the snapshot shows instead. Each selector must match
 * at least once, so a changed Home fails the build rather than leaking a first visit's text
 * into every player's first paint unnoticed.
 */
export const PLACEHOLDERS = [
  // "Best score: 7 of 10" / "No best score yet — your first round sets it."
  { selector: 'main .home p.best', text: 'Best score: … of 10' },
  // "Not played yet today · streak 0" / "Played today ✓ · streak 3 · next in 5 h 2 min"
  { selector: 'main .mode-card .daily-status', text: 'Today: … · streak …' },
  // "No best yet" / "Best: 7 of 10", one under every other mode's card
  { selector: 'main .mode-card .mode-status:not(.daily-status):not(.party-status)', text: 'Best: …' },
  // "No game together yet" / "Last game: Haruto won with 4 points."
  { selector: 'main .mode-card .party-status', text: 'Last game: …' },
];

/** Launches Debian's Chromium, or fails with what to install. */
async function launch() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `prerender: no Chromium at ${CHROMIUM}. The build prerenders Home in headless Chromium: ` +
        'run scripts/setup.sh (it installs Debian\'s chromium), or set CHROMIUM to its path.',
    );
  }
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    throw new Error('prerender: npm playwright-core is missing: run `npm ci` (scripts/setup.sh does).');
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Opens `url` in a fresh context; returns { context, page, problems } (errors as text). */
async function open(browser, url) {
  // English, whatever the machine's locale: the snapshot is the English Home.
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'en-US' });
  const page = await context.newPage();
  await page.addInitScript(() => {
    addEventListener('TrunkApplicationStarted', () => (window.prerenderStarted = true));
  });
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  page.on('requestfailed', (r) => problems.push(`failed request: ${r.url()}`));
  await page.goto(url);
  return { context, page, problems };
}

/** The game's first-visit Home markup from <body>, with the per-player lines neutralised. */
async function snapshot(browser, url) {
  const { context, page, problems } = await open(browser, url);
  try {
    try {
      await page.locator('main h1').first().waitFor({ timeout: 60000 });
    } catch (error) {
      const body = await page.evaluate(() => document.body?.innerHTML.slice(0, 400)).catch(() => '?');
      throw new Error(
        `prerender: Home did not appear (${error.message.split('\n')[0]}); ` +
          `problems: ${problems.join('; ') || 'none'}; <body> began: ${body}`,
      );
    }
    const markup = await page.evaluate((placeholders) => {
      const missing = placeholders.filter(({ selector }) => !document.querySelector(selector));
      if (missing.length) return { missing: missing.map((p) => p.selector) };
      for (const { selector, text } of placeholders) {
        for (const el of document.querySelectorAll(selector)) el.textContent = text;
      }
      const body = document.body.cloneNode(true);
      // Only what the game rendered: not the page's own loading panel or scripts, if the
      // mount left any.
      body.querySelectorAll('script, noscript, #boot-status').forEach((el) => el.remove());
      const styled = body.querySelectorAll('[style]').length;
      return { html: body.innerHTML.trim(), styled };
    }, PLACEHOLDERS);
    if (markup.missing) {
      throw new Error(`prerender: Home has no ${markup.missing.join(', ')}; update PLACEHOLDERS in tools/prerender.mjs`);
    }
    if (markup.styled) {
      throw new Error(`prerender: ${markup.styled} element(s) with a style="" attribute; the CSP forbids them`);
    }
    if (problems.length) throw new Error(`prerender: the game reported problems:\n  ${problems.join('\n  ')}`);
    return markup.html;
  } finally {
    await context.close();
  }
}

/** `html` with `markup` at the start of <body>. */
export function withSnapshot(html, markup) {
  if (html.includes(MARK_START)) throw new Error('prerender: index.html is already prerendered');
  // The <body> tag after </head> (not, say, the word in a comment of an inline style).
  const head = html.search(/<\/head\s*>/i);
  const body = /<body\b[^>]*>/gi;
  body.lastIndex = Math.max(head, 0);
  const tag = head >= 0 ? body.exec(html) : null;
  if (!tag) throw new Error('prerender: index.html has no <body> after </head>');
  const at = tag.index + tag[0].length;
  return `${html.slice(0, at)}\n${MARK_START}\n${markup}\n${MARK_END}${html.slice(at)}`;
}

/** `html` with each same-site stylesheet <link> replaced by a <style> of the file's text. */
export async function withInlineStyles(html, dir) {
  const links = [...html.matchAll(/<link\b[^>]*\brel=["']?stylesheet\b[^>]*>/gi)];
  for (const [tag] of links) {
    const href = tag.match(/\bhref=["']([^"']+)["']/i)?.[1];
    if (!href || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) continue;
    const css = await readFile(join(dir, href.replace(/^\.\//, '')), 'utf8');
    if (/<\/style/i.test(css)) throw new Error(`prerender: ${href} contains "</style"; cannot inline it`);
    html = html.replace(tag, () => `<style>${css}</style>`);
  }
  return { html, inlined: links.length };
}

/**
 * `html` with Trunk's preload links (the wasm, the JS modules), which it appends at the end of
 * <head>, moved up to just after <meta charset>: the downloads the game waits for start before
 * the browser has read the inlined stylesheet.
 */
export function withEarlyPreloads(html) {
  const preloads = [...html.matchAll(/<link\b[^>]*\brel=["']?(?:modulepreload|preload)\b[^>]*>/gi)].map(([tag]) => tag);
  if (!preloads.length) return html;
  const charset = /<meta\s+charset=[^>]*>/i;
  if (!charset.test(html)) throw new Error('prerender: index.html has no <meta charset>');
  for (const tag of preloads) html = html.replace(tag, '');
  // The wasm first: it is by far the largest.
  preloads.sort((a, b) => Number(/\.wasm["']/.test(b)) - Number(/\.wasm["']/.test(a)));
  return html.replace(charset, (tag) => `${tag}\n    ${preloads.join('\n    ')}`);
}

/** Checks that the game, once started, replaced the snapshot rather than adding to it. */
async function checkMount(browser, url) {
  const { context, page, problems } = await open(browser, url);
  try {
    await page.waitForFunction(() => window.prerenderStarted, null, { timeout: 60000 });
    await page.locator('main h1').first().waitFor();
    const counts = await page.evaluate(() => ({
      main: document.querySelectorAll('main').length,
      h1: document.querySelectorAll('h1').length,
      header: document.querySelectorAll('header').length,
    }));
    if (counts.main !== 1 || counts.h1 !== 1 || counts.header !== 1) {
      throw new Error(
        `prerender: after the game started the page has ${counts.main} <main>, ${counts.h1} <h1>, ` +
          `${counts.header} <header> (expected one each): the mount did not replace the snapshot`,
      );
    }
    if (problems.length) throw new Error(`prerender: the finished page reported problems:\n  ${problems.join('\n  ')}`);
  } finally {
    await context.close();
  }
}

/** Prerenders `dir`/index.html in place; returns { bytes, inlined } for the log line. */
export async function prerender(dir) {
  const path = join(dir, 'index.html');
  const browser = await launch();
  const { server, url } = await serve({ root: dir });
  try {
    const markup = await snapshot(browser, url);
    const staged = await readFile(path, 'utf8');
    const { html, inlined } = await withInlineStyles(withEarlyPreloads(withSnapshot(staged, markup)), dir);
    await writeFile(path, html);
    await checkMount(browser, url);
    return { bytes: Buffer.byteLength(markup), inlined };
  } finally {
    await browser.close();
    server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error('usage: node tools/prerender.mjs DIR (or set TRUNK_STAGING_DIR)');
    process.exit(2);
  }
  try {
    const { bytes, inlined } = await prerender(dir);
    console.log(`prerender: Home (${bytes} B) written into index.html, ${inlined} stylesheet(s) inlined`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
