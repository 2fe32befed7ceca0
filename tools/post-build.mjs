// Trunk post_build hook (see Trunk.toml): finishes the staged build before Trunk moves it to
// dist/. The order matters: the Content-Security-Policy goes into index.html first, then the
// service worker's precache version is computed over the finished files.
import { addPolicy } from './csp.mjs';
import { precache } from './precache.mjs';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) {
  console.error('usage: node tools/post-build.mjs DIR (Trunk sets TRUNK_STAGING_DIR)');
  process.exit(2);
}
await addPolicy(dir);
const build = await precache(dir);
console.log(
  `post-build: CSP added to index.html; sw.js precaches ${build.files.length} files, cache version ${build.version}`,
);
