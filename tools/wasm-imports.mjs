// Short names on the wasm/JS boundary. wasm-bindgen names each import the main module takes
// from its glue after the Rust item and a hash (`__wbg_addEventListener_f2d27251d333a631`,
// from the module "./litre-quiz_bg.js"), and both files carry every name in full: ~9 KB raw,
// ~4 KB gzipped of the initial load, half of it incompressible hash digits. This gives each
// import a one- or two-letter name and the module the name "a", in the wasm's import section
// and in the glue's import object alike (as emscripten's minify-imports does), and fails the
// build if the glue does not name each import exactly once.
//   shortenImports(wasmBytes, glueSource, module) → { wasm, glue, renamed }
// Run on the unminified glue (wasm-bindgen's layout: `        name: function(…) {`).

import { WasmReader, leb, wasmName } from './wasm-binary.mjs';

const FIRST = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const REST = `${FIRST}0123456789_$`;

/** The `i`th short identifier: a … Z, then aa, ba, … (valid JS property names, unquoted). */
function shortName(i) {
  let name = FIRST[i % FIRST.length];
  for (let n = Math.floor(i / FIRST.length); n > 0; n = Math.floor((n - 1) / REST.length)) {
    name += REST[(n - 1) % REST.length];
  }
  return name;
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Renames the imports of `module` in `wasm` (a Buffer) and in `glue`. */
export function shortenImports(wasm, glue, module) {
  const r = new WasmReader(wasm);
  const parts = [wasm.subarray(0, 8)];
  const renamed = new Map();
  while (!r.done) {
    const start = r.pos;
    const id = r.byte();
    const end = r.u32() + r.pos;
    if (id !== 2) {
      parts.push(wasm.subarray(start, end));
      r.pos = end;
      continue;
    }
    const entries = [leb(r.u32())];
    while (r.pos < end) {
      const from = r.name();
      const field = r.name();
      const described = r.pos;
      r.importDescription();
      let short = field;
      if (from === module) {
        if (!renamed.has(field)) renamed.set(field, shortName(renamed.size));
        short = renamed.get(field);
      }
      entries.push(wasmName(from === module ? 'a' : from), wasmName(short), wasm.subarray(described, r.pos));
    }
    const payload = Buffer.concat(entries);
    parts.push(Buffer.from([2]), leb(payload.length), payload);
    r.pos = end;
  }
  let out = glue;
  for (const [long, short] of renamed) {
    const key = new RegExp(`^(\\s+)${escape(long)}:`, 'gm');
    const found = out.match(key)?.length ?? 0;
    if (found !== 1) throw new Error(`the glue names the import ${long} ${found} times, not once`);
    out = out.replace(key, `$1${short}:`);
  }
  const moduleKey = new RegExp(`^(\\s+)"${escape(module)}":`, 'm');
  if (!moduleKey.test(out)) throw new Error(`the glue has no import object for "${module}"`);
  out = out.replace(moduleKey, '$1a:');
  return { wasm: Buffer.concat(parts), glue: out, renamed: renamed.size };
}
