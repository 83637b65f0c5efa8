/**
 * Golden fixtures: every folder under fixtures/ holds a news article
 * (input.txt), a hand-written answer key (gold.json) and a snapshot of the
 * library's output (expected.json). See fixtures/README.md.
 *
 * Run `UPDATE_FIXTURES=1 npm test` to rewrite expected.json, then review
 * the diff against gold.json before committing it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';
import type { ExtractOptions, Quote } from '../src/index.js';
import { checkGoldAgainstInput, compareWithGold, type GoldQuote } from '../src/testing/index.js';

const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));
const UPDATING = process.env.UPDATE_FIXTURES === '1';

const fixtureNames = readdirSync(FIXTURES_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

for (const name of fixtureNames) {
  describe(name, () => {
    const dir = join(FIXTURES_DIR, name);
    const input = readFileSync(join(dir, 'input.txt'), 'utf8');
    const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as GoldQuote[];
    // A fixture's options.json, when there is one, is passed to extractQuotes ({"kinds": [..., "indirect"]}).
    const optionsPath = join(dir, 'options.json');
    const options = existsSync(optionsPath) ? (JSON.parse(readFileSync(optionsPath, 'utf8')) as ExtractOptions) : undefined;
    let memo: Quote[] | undefined;
    const output = (): Quote[] => (memo ??= extractQuotes(input, options));

    it('gold.json is consistent with input.txt', () => {
      expect(checkGoldAgainstInput(gold, input)).toEqual([]);
    });

    it('every returned span is the text at its offsets', () => {
      const spans = output().flatMap((quote) => [quote, quote.cue, quote.speaker?.mention].filter((span) => span != null));
      const wrong = spans
        .filter((span) => input.slice(span.start, span.end) !== span.text)
        .map((span) => `${span.start}-${span.end}: text ${JSON.stringify(span.text)} but input has ${JSON.stringify(input.slice(span.start, span.end))}`);
      expect(wrong).toEqual([]);
    });

    it('matches expected.json', () => {
      const expectedPath = join(dir, 'expected.json');
      const actual = JSON.parse(JSON.stringify(output())) as unknown;
      if (UPDATING) {
        writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
        return;
      }
      if (!existsSync(expectedPath)) {
        throw new Error(`fixtures/${name}/expected.json is missing: run \`UPDATE_FIXTURES=1 npm test\`, then check it against gold.json`);
      }
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    });

    it('matches gold.json', () => {
      const problems = compareWithGold(gold, output()).differences.map((difference) => difference.message);
      expect(problems, `fixtures/${name}: output differs from gold.json`).toEqual([]);
    });
  });
}
