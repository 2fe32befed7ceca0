// Writes a brotli copy (`name.br`, quality 11) beside every compressible file of a build, for
// hosts that serve precompressed files (nginx `brotli_static`, Caddy `precompressed br`, and
// others). Hosts that do not (GitHub Pages) simply ignore them. The budget stays gzip.
//   node tools/precompress.mjs [DIR]      (DIR defaults to $TRUNK_STAGING_DIR; see Trunk.toml)
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { listFiles } from './precache.mjs';

const COMPRESSIBLE = /\.(?:html|js|mjs|css|wasm|json|svg|webmanifest)$/;

/** Writes `.br` files into `dir`; returns [{ path, raw, br }] for what was compressed. */
export async function precompress(dir) {
  const written = [];
  for (const path of await listFiles(dir)) {
    if (!COMPRESSIBLE.test(path)) continue;
    const bytes = await readFile(join(dir, path));
    const br = brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    });
    await writeFile(join(dir, `${path}.br`), br);
    written.push({ path, raw: bytes.length, br: br.length });
  }
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error('usage: node tools/precompress.mjs DIR (or set TRUNK_STAGING_DIR)');
    process.exit(2);
  }
  for (const f of await precompress(dir)) console.log(`${f.path}: ${f.raw} B → ${f.br} B brotli`);
}
