// @ts-check
// Where the evaluation and bench scripts find what is not in the repository.
// The PolNeAR corpus and the reference scorer live in a `shared/` folder beside
// the repository (../shared): their text must never be copied into it.
// Defaults resolve from this file, so a script finds them from any working
// directory; a path given on the command line resolves from the working
// directory, as anyone typing it in a shell expects.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
export const defaultPolnearDir = resolve(repoRoot, '..', 'shared', 'corpora', 'polnear');
export const defaultPolnearDev = resolve(defaultPolnearDir, 'dev.jsonl');
export const defaultScorer = resolve(repoRoot, '..', 'shared', 'eval', 'score.mjs');

/**
 * `path` resolved from the working directory; when nothing is there, prints a
 * message naming the resolved path (and how to give another one) and exits 1,
 * so that a missing corpus never reads as a pass.
 * @param {string} script  the command, to start the message with
 * @param {string} what  what the path should hold, e.g. "PolNeAR gold"
 * @param {string} path
 * @param {string} hint  how to give another path, or do without
 */
export function existingPath(script, what, path, hint) {
  const absolute = resolve(path);
  if (!existsSync(absolute)) {
    console.error(`${script}: ${what} not found: ${absolute} does not exist.\n${hint}`);
    process.exit(1);
  }
  return absolute;
}
