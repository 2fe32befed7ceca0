// Fails when the modules of src/ import each other in a cycle (`make test` runs it).
//
// Reads every `use crate::…` / `use super::…` (and inline `crate::…` paths) in the production
// part of each file (up to its first #[cfg(test)]; test-only files are skipped), resolves each
// path to the module file it names, and looks for cycles in that graph.
//   node tools/cycles.mjs [SRC_DIR]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const root = process.argv[2] ?? 'src';

/** Every .rs file below `dir`. */
function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.rs') ? [path] : [];
  });
}

/** `src/engine/packs/mod.rs` → `engine::packs`; `src/lib.rs` → `` (the crate root). */
function moduleOf(file) {
  const parts = relative(root, file).split(sep);
  const last = parts.pop().replace(/\.rs$/, '');
  if (!['mod', 'lib', 'main'].includes(last)) parts.push(last);
  return parts.join('::');
}

/** The source without comments and without its tests. */
function production(text) {
  const cut = text.indexOf('#[cfg(test)]');
  const code = cut >= 0 ? text.slice(0, cut) : text;
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '').replace(/"(\\.|[^"\\])*"/g, '""');
}

/** Expands `a::{b, c::{d, e}}` into full paths. */
function expand(path) {
  const open = path.indexOf('{');
  if (open < 0) return [path.trim()];
  const prefix = path.slice(0, open);
  const inner = path.slice(open + 1, path.lastIndexOf('}'));
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] === '{') depth++;
    else if (inner[i] === '}') depth--;
    else if (inner[i] === ',' && depth === 0) {
      parts.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(inner.slice(start));
  return parts.filter((p) => p.trim()).flatMap((p) => expand(prefix + p.trim()));
}

const modules = new Map(files(root).filter((f) => !f.endsWith(`${sep}tests.rs`)).map((f) => [moduleOf(f), f]));

/** The module a path inside `from` names: the longest existing module prefix. */
function resolve(from, path) {
  let segments = path.split('::').map((s) => s.trim()).filter(Boolean);
  let base = from.split('::').filter(Boolean);
  // A file module's `super` is its parent.
  if (segments[0] === 'crate') {
    base = [];
    segments = segments.slice(1);
  } else {
    while (segments[0] === 'super') {
      base = base.slice(0, -1);
      segments = segments.slice(1);
    }
  }
  for (let n = segments.length; n >= 0; n--) {
    const candidate = [...base, ...segments.slice(0, n)].join('::');
    if (modules.has(candidate)) return candidate;
  }
  return null;
}

const edges = new Map();
for (const [module, file] of modules) {
  const code = production(readFileSync(file, 'utf8'));
  const paths = [];
  for (const m of code.matchAll(/\buse\s+((?:crate|super)\b[^;]*);/g)) paths.push(...expand(m[1].replace(/\s+as\s+\w+/g, '')));
  for (const m of code.matchAll(/(?<![\w:])((?:crate|super)(?:::\w+)+)/g)) paths.push(m[1]);
  const targets = new Set();
  for (const path of paths) {
    const target = resolve(module, path.replace(/::\*$/, '').replace(/::self$/, ''));
    // A module using its own parent's items through `super` is a dependency too, except the
    // crate root, which only declares modules.
    if (target !== null && target !== module && target !== '') targets.add(target);
  }
  edges.set(module, targets);
}

// Tarjan's strongly connected components: any component with two or more modules is a cycle.
let index = 0;
const stack = [];
const state = new Map();
const cycles = [];
function visit(v) {
  state.set(v, { index, low: index, onStack: true });
  index++;
  stack.push(v);
  for (const w of edges.get(v) ?? []) {
    if (!state.has(w)) {
      visit(w);
      state.get(v).low = Math.min(state.get(v).low, state.get(w).low);
    } else if (state.get(w).onStack) {
      state.get(v).low = Math.min(state.get(v).low, state.get(w).index);
    }
  }
  if (state.get(v).low === state.get(v).index) {
    const component = [];
    let w;
    do {
      w = stack.pop();
      state.get(w).onStack = false;
      component.push(w);
    } while (w !== v);
    if (component.length > 1) cycles.push(component.sort());
  }
}
for (const v of edges.keys()) if (!state.has(v)) visit(v);

const count = [...edges.values()].reduce((n, t) => n + t.size, 0);
if (cycles.length) {
  console.error(`import cycles among the modules of ${root}/:`);
  for (const c of cycles) {
    const inCycle = new Set(c);
    console.error(`  ${c.join(', ')}`);
    for (const m of c) {
      const to = [...edges.get(m)].filter((t) => inCycle.has(t));
      console.error(`    ${m} → ${to.join(', ')}`);
    }
  }
  process.exit(1);
}
console.log(`no import cycles: ${modules.size} modules, ${count} imports`);
