// Trunk post_build hook (see Trunk.toml): finishes the staged build before Trunk moves it to
// dist/. The order matters: the checked question bank is written and named in index.html
// first, then the Content-Security-Policy goes into index.html, then the service worker's
// precache version is computed over the finished files, and brotli copies are written last.
import { addBank } from './bank-file.mjs';
import { addPolicy } from './csp.mjs';
import { precache } from './precache.mjs';
import { precompress } from './precompress.mjs';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) {
  console.error('usage: node tools/post-build.mjs DIR (Trunk sets TRUNK_STAGING_DIR)');
  process.exit(2);
}
const bank = await addBank(dir);
await addPolicy(dir);
const build = await precache(dir);
// Last, so the brotli copies match the finished files (and are not precached themselves).
const compressed = await precompress(dir);
console.log(
  `post-build: ${bank} written; CSP added to index.html; sw.js precaches ${build.files.length} files, cache version ${build.version}; ${compressed.length} brotli copies`,
);
