// Trunk pre_build hook (see Trunk.toml): builds the game's WebAssembly instead of Trunk's rust
// pipeline, because the module is split before wasm-bindgen runs, which Trunk cannot do:
//   cargo build (linked with --emit-relocs)
//   → wasm-split-cli (one main module + a module per #[wasm_split] group, see src/lazy.rs)
//   → wasm-bindgen --target web --keep-lld-exports (the main module; the chunks share its
//     memory, table and exports)
//   → wasm-opt -Oz on every module, short import names on the wasm/JS boundary
//     (tools/wasm-imports.mjs) and terser on the JS glue (release only).
// Writes $TRUNK_STAGING_DIR/wasm/: litre-quiz.js and litre-quiz_bg.wasm (loaded by index.html),
// __wasm_split.js and the chunks (fetched on first use). The post_build hook then gives the
// directory a content-hashed name (tools/wasm-dir.mjs).
//   node tools/wasm-split.mjs [OUT_DIR] [--release]     (Trunk sets TRUNK_STAGING_DIR, TRUNK_PROFILE)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyScript } from './minify.mjs';
import { shortenImports } from './wasm-imports.mjs';

export const BIN = 'litre-quiz';
export const WASM_DIR = 'wasm';
// The features rustc 1.95 enables for wasm32-unknown-unknown; wasm-opt must keep to them.
const FEATURES = [
  '--enable-bulk-memory',
  '--enable-bulk-memory-opt',
  '--enable-mutable-globals',
  '--enable-nontrapping-float-to-int',
  '--enable-sign-ext',
  '--enable-reference-types',
  '--enable-multivalue',
];

/** Runs a command, failing the build with its name when it fails. */
function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', ...options });
  if (result.error?.code === 'ENOENT') {
    throw new Error(`${command} is not installed: run scripts/setup.sh`);
  }
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
  return result.stdout ?? '';
}

/** Panic locations name the source file; a crate's is under this machine's cargo registry
 * (`~/.cargo/registry/src/index…/yew-0.23.0/src/…`). Shipped as `crates/yew-0.23.0/src/…`:
 * shorter, and no machine path in the wasm. */
function remapCratePaths() {
  const src = join(process.env.CARGO_HOME ?? join(homedir(), '.cargo'), 'registry', 'src');
  if (!existsSync(src)) return [];
  return readdirSync(src).map((index) => `--remap-path-prefix=${join(src, index)}=crates`);
}

/** Builds the game's wasm with relocations kept; returns the path of the linked .wasm. */
function cargoBuild(release) {
  const rustflags = [process.env.RUSTFLAGS, '-C link-args=--emit-relocs', ...remapCratePaths()].filter(Boolean).join(' ');
  const args = ['build', '--locked', '--target', 'wasm32-unknown-unknown', '--bin', BIN, '--message-format=json-render-diagnostics'];
  if (release) args.push('--release');
  const out = run('cargo', args, { env: { ...process.env, RUSTFLAGS: rustflags }, maxBuffer: 256 << 20 });
  for (const line of out.split('\n')) {
    if (!line.startsWith('{')) continue;
    const message = JSON.parse(line);
    if (message.reason === 'compiler-artifact' && message.target?.name === BIN && message.target.kind.includes('bin')) {
      const wasm = message.filenames.find((f) => f.endsWith('.wasm'));
      if (wasm) return wasm;
    }
  }
  throw new Error(`cargo build did not report ${BIN}.wasm`);
}

/** The whole pipeline into `dir`/wasm/; returns the files written. */
export async function buildWasm(dir, { release }) {
  const out = join(dir, WASM_DIR);
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const linked = cargoBuild(release);
  run('wasm-split-cli', [linked, out, '--target', 'web', '--out-name', BIN]);
  const unbound = join(out, `${BIN}.wasm`);
  run('wasm-bindgen', [unbound, '--out-dir', out, '--target', 'web', '--no-typescript', '--keep-lld-exports']);
  await rm(unbound);
  const files = (await readdir(out)).sort();
  if (release) {
    for (const file of files.filter((f) => f.endsWith('.wasm'))) {
      const path = join(out, file);
      run('wasm-opt', ['-Oz', '--strip-producers', '--strip-target-features', ...FEATURES, path, '-o', path]);
    }
    const main = join(out, `${BIN}_bg.wasm`);
    const glue = join(out, `${BIN}.js`);
    const short = shortenImports(await readFile(main), await readFile(glue, 'utf8'), `./${BIN}_bg.js`);
    await writeFile(main, short.wasm);
    await writeFile(glue, short.glue);
    // The glue is an ES module: exports keep their names, and so do the properties the wasm
    // imports by name; only local names and whitespace go (wasm-bindgen's is ~48 KB).
    for (const file of files.filter((f) => f.endsWith('.js'))) {
      const path = join(out, file);
      await writeFile(path, await minifyScript(await readFile(path, 'utf8'), { module: true }));
    }
  }
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error('usage: node tools/wasm-split.mjs DIR [--release] (Trunk sets TRUNK_STAGING_DIR)');
    process.exit(2);
  }
  const release = process.argv.includes('--release') || process.env.TRUNK_PROFILE === 'release';
  try {
    const files = await buildWasm(dir, { release });
    console.log(`wasm-split: ${files.join(', ')} written to ${join(dir, WASM_DIR)}/`);
  } catch (error) {
    console.error(`wasm-split: ${error.message}`);
    process.exit(1);
  }
}
