// Trunk post_build hook (see Trunk.toml): finishes the staged build before Trunk moves it to
// dist/. The order matters: the checked question bank is written and named in index.html
// first, then the wasm/ directory (tools/wasm-split.mjs) gets its content-hashed name, then the
// Content-Security-Policy goes into index.html, then the service worker's precache version is
// computed over the finished files.
import { addBank } from './bank-file.mjs';
import { addPolicy } from './csp.mjs';
import { precache } from './precache.mjs';
import { hashWasmDir } from './wasm-dir.mjs';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) {
  console.error('usage: node tools/post-build.mjs DIR (Trunk sets TRUNK_STAGING_DIR)');
  process.exit(2);
}
const bank = await addBank(dir);
const wasm = await hashWasmDir(dir);
await addPolicy(dir);
const build = await precache(dir);
console.log(
  `post-build: ${bank} written; ${wasm}/ named; CSP added to index.html; sw.js precaches ${build.files.length} files, cache version ${build.version}`,
);
