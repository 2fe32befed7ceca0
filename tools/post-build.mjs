// Trunk post_build hook (see Trunk.toml): finishes the staged build before Trunk moves it to
// dist/. The order matters: Home is prerendered into index.html and the stylesheet inlined
// first, then the Content-Security-Policy (with the hashes of the inline scripts and styles)
// goes into index.html, then the service worker's precache version is computed over the
// finished files.
import { prerender } from './prerender.mjs';
import { addPolicy } from './csp.mjs';
import { precache } from './precache.mjs';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) {
  console.error('usage: node tools/post-build.mjs DIR (Trunk sets TRUNK_STAGING_DIR)');
  process.exit(2);
}
try {
  const home = await prerender(dir);
  await addPolicy(dir);
  const build = await precache(dir);
  console.log(
    `post-build: Home prerendered (${home.bytes} B, ${home.inlined} stylesheet inlined); CSP added ` +
      `to index.html; sw.js precaches ${build.files.length} files, cache version ${build.version}`,
  );
} catch (error) {
  console.error(`post-build: ${error.message}`);
  process.exit(1);
}
