// Writes the checked question bank into a build, as one content-hashed JSON file the game
// fetches after its first paint, and names it in index.html (<meta name="litre-quiz-bank">).
//   node tools/bank-file.mjs [DIR]      (DIR defaults to $TRUNK_STAGING_DIR; see Trunk.toml)
// The bank is made on the host by `cargo run --bin export-bank`, which checks every content
// rule first: a broken rule fails the build with a message naming the question and the field.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const META_NAME = 'litre-quiz-bank';

/** `html` naming `file` in a <meta> right after <meta charset>. */
export function withBankMeta(html, file) {
  if (html.includes(`name="${META_NAME}"`)) throw new Error('index.html already names a bank');
  const charset = /<meta\s+charset=[^>]*>/i;
  if (!charset.test(html)) throw new Error('index.html has no <meta charset> to put the bank after');
  return html.replace(charset, (tag) => `${tag}\n    <meta name="${META_NAME}" content="${file}" />`);
}

/** Exports the bank into `dir`; returns its file name. */
export async function addBank(dir) {
  const plain = join(dir, 'bank.json');
  const run = spawnSync('cargo', ['run', '--quiet', '--locked', '--bin', 'export-bank', '--', plain], {
    stdio: 'inherit',
  });
  if (run.status !== 0) throw new Error('export-bank failed: the question bank was not written');
  const bytes = await readFile(plain);
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  const file = `bank-${hash}.json`;
  await rename(plain, join(dir, file));
  const index = join(dir, 'index.html');
  await writeFile(index, withBankMeta(await readFile(index, 'utf8'), file));
  return file;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error('usage: node tools/bank-file.mjs DIR (or set TRUNK_STAGING_DIR)');
    process.exit(2);
  }
  console.log(await addBank(dir));
}
