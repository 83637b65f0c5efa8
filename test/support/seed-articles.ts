import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const fixturesDir = fileURLToPath(new URL('../../fixtures', import.meta.url));

export interface Article {
  /** The fixture folder name, e.g. `seed-bush-nato-iraq`. */
  readonly name: string;
  readonly path: string;
  readonly text: string;
}

/**
 * The real news articles among the fixtures (`fixtures/seed-*`), or every
 * fixture input when there are no seed articles yet. Throws when there is no
 * fixture at all, so tests that run articles never pass on nothing.
 */
export function seedArticles(): Article[] {
  const folders = existsSync(fixturesDir)
    ? readdirSync(fixturesDir).filter((name) => existsSync(join(fixturesDir, name, 'input.txt'))).sort()
    : [];
  const seeds = folders.filter((name) => name.startsWith('seed-'));
  const chosen = seeds.length > 0 ? seeds : folders;
  if (chosen.length === 0) throw new Error(`no fixtures/*/input.txt found under ${fixturesDir}`);
  return chosen.map((name) => {
    const path = join(fixturesDir, name, 'input.txt');
    return { name, path, text: readFileSync(path, 'utf8') };
  });
}
