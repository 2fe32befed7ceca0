// Adds a Content-Security-Policy <meta> tag to a built index.html.
//   node tools/csp.mjs [DIR]      (DIR defaults to $TRUNK_STAGING_DIR; see Trunk.toml)
// Trunk's loader and the service-worker registration are inline scripts whose text changes
// with every build (they name the hashed files), and the stylesheet is inlined by
// tools/prerender.mjs, so the SHA-256 hashes of every inline script and <style> are computed
// here, after the page is otherwise finished. A <meta> policy works on any static host, including
// those (GitHub Pages) that cannot set headers.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

const hashes = (html, pattern) =>
  [...html.matchAll(pattern)].map(
    ([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`,
  );

/** 'sha256-…' sources for every inline script of `html`, in order. */
export function inlineScriptHashes(html) {
  return hashes(html, INLINE_SCRIPT);
}

/** 'sha256-…' sources for every <style> element of `html`, in order (not style="" attributes). */
export function inlineStyleHashes(html) {
  return hashes(html, INLINE_STYLE);
}

/** The policy for a page whose inline scripts and <style> elements have the given hash sources. */
export function policy(scriptHashes, styleHashes = []) {
  return [
    "default-src 'self'",
    // 'wasm-unsafe-eval' lets the page compile its WebAssembly; nothing else is evaluated.
    `script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.join(' ')}`.trim(),
    // Hashes allow the <style> elements only; style="" attributes stay forbidden.
    `style-src 'self' ${styleHashes.join(' ')}`.trim(),
    "img-src 'self' data:",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** `html` with the policy <meta> as the first element of <head> after <meta charset>. */
export function withPolicy(html) {
  if (/http-equiv=["']?Content-Security-Policy/i.test(html)) {
    throw new Error('index.html already has a Content-Security-Policy <meta>');
  }
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(inlineScriptHashes(html), inlineStyleHashes(html))}" />`;
  const charset = /<meta\s+charset=[^>]*>/i;
  if (!charset.test(html)) throw new Error('index.html has no <meta charset> to put the policy after');
  return html.replace(charset, (tag) => `${tag}\n    ${meta}`);
}

/** Adds the policy to `dir`/index.html; returns the policy. */
export async function addPolicy(dir) {
  const path = join(dir, 'index.html');
  const html = withPolicy(await readFile(path, 'utf8'));
  await writeFile(path, html);
  return html.match(/Content-Security-Policy" content="([^"]*)"/)[1];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error('usage: node tools/csp.mjs DIR (or set TRUNK_STAGING_DIR)');
    process.exit(2);
  }
  console.log(`csp: ${await addPolicy(dir)}`);
}
