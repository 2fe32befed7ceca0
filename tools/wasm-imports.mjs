// Short names on the wasm/JS boundary. wasm-bindgen names each import the main module takes
// from its glue after the Rust item and a hash (`__wbg_addEventListener_f2d27251d333a631`,
// from the module "./litre-quiz_bg.js"), and both files carry every name in full: ~9 KB raw,
// ~4 KB gzipped of the initial load, half of it incompressible hash digits. This gives each
// import a one- or two-letter name and the module the name "a", in the wasm's import section
// and in the glue's import object alike (as emscripten's minify-imports does), and fails the
// build if the glue does not name each import exactly once.
//   shortenImports(wasmBytes, glueSource, module) → { wasm, glue, renamed }
// Run on the unminified glue (wasm-bindgen's layout: `        name: function(…) {`).

const FIRST = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const REST = `${FIRST}0123456789_$`;

/** The `i`th short identifier: a … Z, then aa, ba, … (valid JS property names, unquoted). */
export function shortName(i) {
  let name = FIRST[i % FIRST.length];
  for (let n = Math.floor(i / FIRST.length); n > 0; n = Math.floor((n - 1) / REST.length)) {
    name += REST[(n - 1) % REST.length];
  }
  return name;
}

const leb = (n) => {
  const out = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return Buffer.from(out);
};
const name = (text) => {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([leb(bytes.length), bytes]);
};
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Renames the imports of `module` in `wasm` (a Buffer) and in `glue`. */
export function shortenImports(wasm, glue, module) {
  let pos = 8;
  const u32 = () => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const byte = wasm[pos++];
      result |= (byte & 0x7f) << shift;
      if (!(byte & 0x80)) return result >>> 0;
      shift += 7;
    }
  };
  const text = () => {
    const length = u32();
    const value = wasm.toString('utf8', pos, pos + length);
    pos += length;
    return value;
  };
  const limits = () => {
    const flags = wasm[pos++];
    u32();
    if (flags & 1) u32();
  };
  const parts = [wasm.subarray(0, 8)];
  const renamed = new Map();
  while (pos < wasm.length) {
    const start = pos;
    const id = wasm[pos++];
    const end = u32() + pos;
    if (id !== 2) {
      parts.push(wasm.subarray(start, end));
      pos = end;
      continue;
    }
    const entries = [leb(u32())];
    while (pos < end) {
      const from = text();
      const field = text();
      const described = pos;
      const kind = wasm[pos++];
      if (kind === 0) u32(); // function: type index
      else if (kind === 1) { pos++; limits(); } // table: element type, limits
      else if (kind === 2) limits(); // memory
      else if (kind === 3) pos += 2; // global: value type, mutability
      else if (kind === 4) { pos++; u32(); } // tag
      else throw new Error(`unknown import kind ${kind} for ${from}.${field}`);
      let short = field;
      if (from === module) {
        if (!renamed.has(field)) renamed.set(field, shortName(renamed.size));
        short = renamed.get(field);
      }
      entries.push(name(from === module ? 'a' : from), name(short), wasm.subarray(described, pos));
    }
    const payload = Buffer.concat(entries);
    parts.push(Buffer.from([2]), leb(payload.length), payload);
    pos = end;
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
