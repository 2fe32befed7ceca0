// Gives the built wasm/ directory (tools/wasm-split.mjs) a content-hashed name, wasm-<hash>/,
// and points index.html at it, so a browser never mixes the main module of one build with a
// chunk of another. The files inside keep their names: they find each other by relative URLs.
//   node tools/wasm-dir.mjs [DIR]      (DIR defaults to $TRUNK_STAGING_DIR; see Trunk.toml)
import { createHash } from 'node:crypto';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { WASM_DIR } from './wasm-split.mjs';

/** 16 hex digits of a hash over the names and contents of the files of `path`. */
async function hashDir(path) {
  const hash = createHash('sha256');
  for (const name of (await readdir(path)).sort()) {
    hash.update(`${name}\0${createHash('sha256').update(await readFile(join(path, name))).digest('hex')}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

/** Renames `dir`/wasm to wasm-<hash> and rewrites index.html's references; returns the name. */
export async function hashWasmDir(dir) {
  const name = `${WASM_DIR}-${await hashDir(join(dir, WASM_DIR))}`;
  const index = join(dir, 'index.html');
  const html = await readFile(index, 'utf8');
  const plain = `./${WASM_DIR}/`;
  if (!html.includes(plain)) throw new Error(`index.html does not name ${plain}`);
  await rename(join(dir, WASM_DIR), join(dir, name));
  await writeFile(index, html.replaceAll(plain, `./${name}/`));
  return name;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error('usage: node tools/wasm-dir.mjs DIR (or set TRUNK_STAGING_DIR)');
    process.exit(2);
  }
  console.log(await hashWasmDir(dir));
}
