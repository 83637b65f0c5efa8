import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { notTextReason } from './text.js';
import { checkGold, type GoldQuote } from '../testing/index.js';
import type { ExtractOptions } from '../index.js';

/** What `quote-attribution check <dir>` found. */
export interface CheckReport {
  /** Sub-folders checked: those with both input.txt and gold.json. */
  readonly articles: number;
  /** One line per difference or problem, prefixed with the folder or file it is about. */
  readonly lines: readonly string[];
}

/**
 * Checks every sub-folder of `dir` that holds an input.txt and a gold.json
 * (and optionally an options.json for `extractQuotes`) with `checkGold`.
 * A folder with only one of the two files is reported, since it is most
 * likely a fixture with a file misnamed; folders with neither are not fixtures.
 *
 * @throws the file system's error when `dir` cannot be listed.
 */
export async function checkFolders(dir: string): Promise<CheckReport> {
  const entries = await readdir(dir, { withFileTypes: true });
  const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  const lines: string[] = [];
  let articles = 0;
  for (const name of folders) {
    const folder = join(dir, name);
    const hasInput = existsSync(join(folder, 'input.txt'));
    const hasGold = existsSync(join(folder, 'gold.json'));
    if (!hasInput && !hasGold) continue;
    if (hasInput !== hasGold) {
      lines.push(`${folder}: has ${hasInput ? 'input.txt but no gold.json' : 'gold.json but no input.txt'}`);
      continue;
    }
    articles += 1;
    lines.push(...(await checkFolder(folder)));
  }
  return { articles, lines };
}

async function checkFolder(folder: string): Promise<string[]> {
  const inputPath = join(folder, 'input.txt');
  const input = await readFile(inputPath, 'utf8');
  const notText = notTextReason(input);
  if (notText !== undefined) return [`${inputPath}: ${notText}`];
  const gold = await readJson(join(folder, 'gold.json'));
  const optionsPath = join(folder, 'options.json');
  const options = existsSync(optionsPath) ? await readJson(optionsPath) : undefined;
  if (gold.problem !== undefined || options?.problem !== undefined) {
    return [gold.problem, options?.problem].filter((problem) => problem !== undefined);
  }

  let result;
  try {
    // Both are checked at run time: checkGold refuses gold it cannot pair, extractQuotes options it does not know.
    result = checkGold(input, gold.value as GoldQuote[], options?.value as ExtractOptions | undefined);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return [`${folder}: ${error.message}`];
  }
  return [
    ...result.goldProblems.map((problem) => `${join(folder, 'gold.json')}: ${problem}`),
    ...result.differences.map((difference) => `${folder}: ${difference.message}`),
  ];
}

async function readJson(path: string): Promise<{ value: unknown; problem?: undefined } | { value?: undefined; problem: string }> {
  try {
    return { value: JSON.parse(await readFile(path, 'utf8')) as unknown };
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    return { problem: `${path}: not valid JSON (${error.message})` };
  }
}
