// Writes the checked question banks and the Japanese interface texts into a build, each as one
// content-hashed JSON file the game fetches after its first paint, and names them in index.html:
// the English bank-<hash>.json in <meta name="litre-quiz-bank">, the Japanese bank-ja-<hash>.json
// in <meta name="litre-quiz-bank-ja">, the interface texts ui-ja-<hash>.json in
// <meta name="litre-quiz-ui-ja"> (made by `cargo run --bin export-ui -- --lang ja`).
//   node tools/bank-file.mjs [DIR]      (DIR defaults to $TRUNK_STAGING_DIR; see Trunk.toml)
// The banks are made on the host by `cargo run --bin export-bank [-- --lang ja]`, which checks
// every content rule of both languages first: a broken rule fails the build with a message
// naming the question and the field.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const META_NAME = 'litre-quiz-bank';
/** The Japanese bank's <meta>; the English one keeps META_NAME. */
export const META_NAME_JA = 'litre-quiz-bank-ja';

/** `html` naming `file` in <meta name=`name`> right after <meta charset>. */
export function withBankMeta(html, file, name = META_NAME) {
  if (html.includes(`<meta name="${name}"`)) throw new Error(`index.html already names a bank in ${name}`);
  const charset = /<meta\s+charset=[^>]*>/i;
  if (!charset.test(html)) throw new Error('index.html has no <meta charset> to put the bank after');
  return html.replace(charset, (tag) => `${tag}\n    <meta name="${name}" content="${file}" />`);
}

/** The interface texts' <meta>. */
export const META_NAME_UI_JA = 'litre-quiz-ui-ja';

/** The files: the English bank as before, the Japanese one beside it, the Japanese texts. */
const BANKS = [
  { bin: 'export-bank', args: [], prefix: 'bank', meta: META_NAME },
  { bin: 'export-bank', args: ['--lang', 'ja'], prefix: 'bank-ja', meta: META_NAME_JA },
  { bin: 'export-ui', args: ['--lang', 'ja'], prefix: 'ui-ja', meta: META_NAME_UI_JA },
];

/** Exports one bank into `dir` and names it in index.html; returns its file name. */
async function addOneBank(dir, { bin, args, prefix, meta }) {
  const plain = join(dir, `${prefix}.json`);
  const run = spawnSync(
    'cargo',
    ['run', '--quiet', '--locked', '--bin', bin, '--', ...args, plain],
    { stdio: 'inherit' },
  );
  if (run.status !== 0) throw new Error(`${bin} failed: ${prefix}.json was not written`);
  const bytes = await readFile(plain);
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  const file = `${prefix}-${hash}.json`;
  await rename(plain, join(dir, file));
  const index = join(dir, 'index.html');
  await writeFile(index, withBankMeta(await readFile(index, 'utf8'), file, meta));
  return file;
}

/** Exports every file into `dir`; returns their names. */
export async function addBank(dir) {
  const files = [];
  for (const bank of BANKS) files.push(await addOneBank(dir, bank));
  return files.join(', ');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error('usage: node tools/bank-file.mjs DIR (or set TRUNK_STAGING_DIR)');
    process.exit(2);
  }
  console.log(await addBank(dir));
}
