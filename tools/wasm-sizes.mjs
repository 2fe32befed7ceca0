// Where the wasm bytes go: code size per function and per crate, from the name section.
//   node tools/wasm-sizes.mjs FILE.wasm [--top 25]
// Needs a wasm that still has its "name" custom section: cargo's own output
// (target/wasm32-unknown-unknown/release/litre-quiz.wasm, before wasm-bindgen and wasm-opt),
// not dist/'s; or one kept with names through wasm-bindgen --keep-debug and wasm-opt -g.
// Rust symbol names are demangled with binutils' c++filt when it is installed.
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { WasmReader } from './wasm-binary.mjs';

const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const TOP = topAt >= 0 ? Number(args[topAt + 1]) : 25;
const file = args.find((a, i) => !a.startsWith('--') && (topAt < 0 || i !== topAt + 1));
if (!file) {
  console.error('usage: node tools/wasm-sizes.mjs FILE.wasm [--top 25]');
  process.exit(2);
}
const bytes = await readFile(file);
const r = new WasmReader(bytes);

const sections = [];
let imported = 0;
const bodies = []; // [size]
const data = []; // [size]
const names = new Map();
while (!r.done) {
  const id = r.byte();
  const size = r.u32();
  const end = r.pos + size;
  let label = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'datacount'][id] ?? `#${id}`;
  if (id === 0) label = `custom "${r.name()}"`;
  sections.push({ label, size });
  if (id === 2) {
    for (let n = r.u32(), i = 0; i < n; i++) {
      r.name();
      r.name();
      if (r.importDescription() === 0) imported++;
    }
  } else if (id === 10) {
    for (let n = r.u32(), i = 0; i < n; i++) {
      const s = r.u32();
      bodies.push(s);
      r.pos += s;
    }
  } else if (id === 11) {
    for (let n = r.u32(), i = 0; i < n; i++) {
      const flags = r.u32();
      if (flags === 2) r.u32();
      if (flags !== 1) { while (bytes[r.pos] !== 0x0b) r.pos++; r.pos++; } // const expr up to `end`
      const s = r.u32();
      data.push(s);
      r.pos += s;
    }
  } else if (label === 'custom "name"') {
    while (r.pos < end) {
      const sub = r.byte();
      const subEnd = r.u32() + r.pos;
      if (sub === 1) for (let n = r.u32(), i = 0; i < n; i++) { const idx = r.u32(); names.set(idx, r.name()); }
      r.pos = subEnd;
    }
  }
  r.pos = end;
}

/** Demangled names (Rust legacy and v0) by binutils' c++filt, when it is there. */
function demangleAll(symbols) {
  const out = spawnSync('c++filt', [], { input: symbols.join('\n'), encoding: 'utf8', maxBuffer: 1 << 28 });
  if (out.status !== 0 || !out.stdout) return symbols;
  const lines = out.stdout.split('\n');
  return symbols.map((s, i) => lines[i] || s);
}
/** The crate of a demangled name: its first path segment (for `<T as Trait>`, T's crate). */
function crateOf(symbol, demangled) {
  if (/^__wbg|^__wbindgen|^__externref|^wasm_bindgen/.test(symbol)) return 'wasm-bindgen glue';
  if (/^func\[/.test(symbol)) return '(unnamed)';
  if (demangled === symbol && !/::/.test(demangled)) return '(unmangled: compiler builtins, allocator, C)';
  // Yew's generic wrapper, with each function component's body inlined into its own copy.
  if (demangled.includes('CompStateInner<COMP> as yew::html::component::lifecycle::Stateful>::view')) {
    return '(component views: yew CompStateInner<COMP>::view copies, the app\'s view code inlined)';
  }
  const m = /^[<&*\s]*(?:mut\s+|dyn\s+|\[)*([A-Za-z_][A-Za-z0-9_]*)/.exec(demangled);
  const crate = m ? m[1] : demangled;
  if (['str', 'char', 'bool', 'u8', 'usize', 'f64'].includes(crate)) return 'core';
  return /^[A-Z]$/.test(crate) ? `(generic impls for <${crate} as …>)` : crate;
}
/** Without hashes: `core[c5930c85a12de822]::fmt` → `core::fmt`, `::h0123…` dropped. */
const tidy = (name) => name.replace(/\[[0-9a-f]{16}\]/g, '').replace(/::h[0-9a-f]{16}$/, '');

const total = bytes.length;
const code = bodies.reduce((a, b) => a + b, 0);
const dataTotal = data.reduce((a, b) => a + b, 0);
// Shares of code + data: the name and custom sections are not shipped.
const pct = (n) => `${((100 * n) / (code + dataTotal)).toFixed(1)}%`;
const row = (cols) => `| ${cols.join(' | ')} |`;

console.log(`${file}: ${total} bytes; code ${code} in ${bodies.length} functions, data ${dataTotal} in ${data.length} segments (shares below are of code + data, ${code + dataTotal} bytes); ${names.size} function names`);
console.log('\nSections:');
console.log(row(['section', 'bytes', 'share']));
console.log(row(['---', '---:', '---:']));
for (const s of [...sections].sort((a, b) => b.size - a.size)) console.log(row([s.label, s.size, `${((100 * s.size) / total).toFixed(1)}% of the file`]));

const symbols = bodies.map((_, i) => names.get(imported + i) ?? `func[${imported + i}]`);
const demangled = demangleAll(symbols);
const fns = bodies.map((size, i) => ({ size, symbol: symbols[i], demangled: tidy(demangled[i]) }));
const items = [
  ...fns.map((f) => ({ size: f.size, what: f.demangled, crate: crateOf(f.symbol, f.demangled) })),
  ...data.map((size, i) => ({ size, what: `data segment ${i}`, crate: '(data: strings, tables, the question bank)' })),
];
console.log(`\nTop ${TOP} functions and data segments by size:`);
console.log(row(['#', 'bytes', 'share', 'crate', 'item']));
console.log(row(['---:', '---:', '---:', '---', '---']));
items.sort((a, b) => b.size - a.size).slice(0, TOP).forEach((it, i) =>
  console.log(row([i + 1, it.size, pct(it.size), it.crate, it.what.length > 110 ? `${it.what.slice(0, 107)}…` : it.what])),
);

const crates = new Map();
for (const it of items) {
  const c = crates.get(it.crate) ?? { size: 0, count: 0 };
  c.size += it.size;
  c.count += 1;
  crates.set(it.crate, c);
}
console.log(`\nBy crate (top ${TOP}):`);
console.log(row(['crate', 'bytes', 'share', 'items']));
console.log(row(['---', '---:', '---:', '---:']));
for (const [crate, c] of [...crates].sort((a, b) => b[1].size - a[1].size).slice(0, TOP)) {
  console.log(row([crate, c.size, pct(c.size), c.count]));
}
