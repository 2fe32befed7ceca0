// Writes the service worker's precache list and cache version into a built sw.js.
//   node tools/precache.mjs [DIR]      (DIR defaults to $TRUNK_STAGING_DIR; see Trunk.toml)
// The list is every file of the build except sw.js itself and the files only some players
// need (the Japanese question bank and interface texts), which the worker caches when they are first fetched;
// the version is a hash of every file's path and content, so any change to the build gives a
// new cache name and the new worker deletes the old cache when it activates.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SERVICE_WORKER = 'sw.js';
const MARKER = /^const BUILD = .*\/\/ @precache\b.*$/m;

/** Paths (relative, with "/") of every file under `dir`, sorted. */
export async function listFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath ?? e.path, e.name)).split(sep).join('/'))
    .sort();
}

/**
 * True for Trunk's content-hashed names: `name-<hash>.ext` or `name-<hash>_bg.wasm`, where the
 * hash is a 64-bit number in hex without leading zeros (so usually 16 digits, sometimes fewer;
 * 12 or more tells it from names like icon-192.png); and for every file of the content-hashed
 * wasm directory, `wasm-<16 hex digits>/` (tools/wasm-dir.mjs).
 */
export function isHashed(path) {
  return /-[0-9a-f]{12,16}(_bg)?\.[A-Za-z0-9]+$/.test(path) || /^wasm-[0-9a-f]{16}\//.test(path);
}

/** True for files only some players fetch: cached on first use, not precached for everyone. */
export function isOnDemand(path) {
  return /^(bank|ui)-ja-[0-9a-f]+\.json$/.test(path);
}

/** The cache version for files given as [{ path, bytes }]: order-independent, 16 hex digits. */
export function cacheVersion(files) {
  const hash = createHash('sha256');
  for (const { path, bytes } of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    hash.update(`${path}\0${createHash('sha256').update(bytes).digest('hex')}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

/** The service worker source with its BUILD line replaced by `build`. */
export function fillServiceWorker(source, build) {
  if (!MARKER.test(source)) {
    throw new Error(`${SERVICE_WORKER}: no "const BUILD = … // @precache" line to fill`);
  }
  const line = `const BUILD = ${JSON.stringify(build)}; // @precache (filled by tools/precache.mjs)`;
  return source.replace(MARKER, () => line);
}

/** Fills `dir`/sw.js for the files in `dir`; returns the build description it wrote. */
export async function precache(dir) {
  const paths = (await listFiles(dir)).filter((p) => p !== SERVICE_WORKER);
  const files = await Promise.all(
    paths.map(async (path) => ({ path, bytes: await readFile(join(dir, path)) })),
  );
  const build = {
    version: cacheVersion(files),
    files: paths.filter((p) => !isOnDemand(p)),
    hashed: paths.filter(isHashed),
    onDemand: paths.filter(isOnDemand),
  };
  const swPath = join(dir, SERVICE_WORKER);
  await writeFile(swPath, fillServiceWorker(await readFile(swPath, 'utf8'), build));
  return build;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error('usage: node tools/precache.mjs DIR (or set TRUNK_STAGING_DIR)');
    process.exit(2);
  }
  const build = await precache(dir);
  console.log(`precache: ${build.files.length} files, cache version ${build.version}`);
}
