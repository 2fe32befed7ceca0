// Minifies index.html's inline scripts (terser; a classic script keeps its top-level names, a
// module its exports) and <style> elements (csso, without restructuring, so the cascade stays
// as written) in the staged build. The sources keep their comments; only the build loses them.
// Runs before the CSP hashes (tools/csp.mjs) and the precache version (tools/precache.mjs) are
// computed. (sw.js stays as written: a later build fills its marked precache line.) The same
// `minifyScript` minifies the wasm's JS glue in tools/wasm-split.mjs.
//   node tools/minify.mjs [DIR]      (DIR defaults to $TRUNK_STAGING_DIR)
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify as minifyCss } from 'csso';
import { minify as minifyJs } from 'terser';

const INLINE_SCRIPT = /(<script\b(?![^>]*\bsrc=)[^>]*>)([\s\S]*?)(<\/script>)/gi;
const INLINE_STYLE = /(<style\b[^>]*>)([\s\S]*?)(<\/style>)/gi;

/** JavaScript source, minified; `module` for `type="module"` code. */
export async function minifyScript(code, { module = false } = {}) {
  const result = await minifyJs(code, {
    module,
    ecma: 2020,
    // Escapes "</script" in strings, so the code can stay inline.
    format: { comments: false, inline_script: true },
  });
  if (typeof result.code !== 'string') throw new Error('terser returned no code');
  return result.code;
}

/** CSS source, minified without moving rules. */
export function minifyStyle(css) {
  return minifyCss(css, { restructure: false, comments: false }).css;
}

/** Replaces each match of `pattern` (open tag, body, close tag) with `edit(open, body)`'s. */
async function replaceBodies(html, pattern, edit) {
  let out = '';
  let last = 0;
  for (const match of html.matchAll(pattern)) {
    const [whole, open, body, close] = match;
    out += html.slice(last, match.index) + open + (await edit(open, body)) + close;
    last = match.index + whole.length;
  }
  return out + html.slice(last);
}

/** Minifies the inline scripts and styles of `dir`/index.html; returns the bytes saved. */
export async function minifyPage(dir) {
  const page = join(dir, 'index.html');
  const before = await readFile(page, 'utf8');
  let html = await replaceBodies(before, INLINE_SCRIPT, (open, body) =>
    minifyScript(body, { module: /\btype=["']?module/i.test(open) }),
  );
  html = await replaceBodies(html, INLINE_STYLE, (_, body) => minifyStyle(body));
  await writeFile(page, html);
  return before.length - html.length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error('usage: node tools/minify.mjs DIR');
    process.exit(2);
  }
  console.log(`minify: index.html ${await minifyPage(dir)} B smaller`);
}
