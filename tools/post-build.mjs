// Trunk post_build hook (see Trunk.toml): finishes the staged build before Trunk moves it to
// dist/. The order matters: the checked question bank is written and named in index.html
// first; then the wasm/ directory (tools/wasm-split.mjs) gets its content-hashed name; then
// Home is prerendered into index.html and the stylesheet inlined; then the page's inline
// scripts and styles are minified; then the Content-Security-Policy (with the hashes of the
// inline scripts and styles) goes into index.html; then the service worker's precache version
// is computed over the finished files; brotli copies of the finished files are written last.
import { addBank } from './bank-file.mjs';
import { hashWasmDir } from './wasm-dir.mjs';
import { prerender } from './prerender.mjs';
import { minifyPage } from './minify.mjs';
import { addPolicy } from './csp.mjs';
import { precache } from './precache.mjs';
import { precompress } from './precompress.mjs';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) {
  console.error('usage: node tools/post-build.mjs DIR (Trunk sets TRUNK_STAGING_DIR)');
  process.exit(2);
}
try {
  const bank = await addBank(dir);
  const wasm = await hashWasmDir(dir);
  const home = await prerender(dir);
  const minified = await minifyPage(dir);
  await addPolicy(dir);
  const build = await precache(dir);
  // Last, so the brotli copies match the finished files (and are not precached themselves).
  const compressed = await precompress(dir);
  console.log(
    `post-build: ${bank} written; ${wasm}/ named; Home prerendered (${home.bytes} B, ` +
      `${home.inlined} stylesheet inlined); ${minified} B minified away; CSP ` +
      `added to index.html; sw.js precaches ` +
      `${build.files.length} files, cache version ${build.version}; ${compressed.length} brotli copies`,
  );
} catch (error) {
  console.error(`post-build: ${error.message}`);
  process.exit(1);
}
