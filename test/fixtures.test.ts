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
import type { Quote } from '../src/index.js';

/** One entry of gold.json: what extractQuotes should return for one quote. */
interface GoldQuote {
  readonly text: string;
  readonly kind: Quote['kind'];
  readonly speaker: string | null;
  readonly title: string | null;
  readonly mention: string | null;
  readonly cue: string | null;
}

/** The fields of a Quote that gold.json pins down, in gold.json's shape. */
type Comparable = GoldQuote;

const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));
const UPDATING = process.env.UPDATE_FIXTURES === '1';
const QUOTE_MARKS = new Set(['"', "'", '“', '”', '‘', '’', '«', '»', '„', '‟', '‹', '›', '‚']);
const GOLD_FIELDS = ['text', 'kind', 'speaker', 'title', 'mention', 'cue'] as const;

const fixtureNames = readdirSync(FIXTURES_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** gold.json may leave out a comma that sits right before the closing mark. */
function withoutTrailingComma(text: string): string {
  return text.endsWith(',') ? text.slice(0, -1) : text;
}

function toComparable(quote: Quote): Comparable {
  return {
    text: withoutTrailingComma(quote.text),
    kind: quote.kind,
    speaker: quote.speaker?.name ?? null,
    title: quote.speaker?.title ?? null,
    mention: quote.speaker?.mention.text ?? null,
    cue: quote.cue?.text ?? null,
  };
}

function shorten(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}

function describeQuote(row: Comparable): string {
  return `${shorten(row.text)} [${row.kind}] speaker=${JSON.stringify(row.speaker)} title=${JSON.stringify(row.title)} mention=${JSON.stringify(row.mention)} cue=${JSON.stringify(row.cue)}`;
}

/**
 * Lines describing every way `actual` differs from `gold`, one per quote,
 * so a failing fixture reads as a per-quote report rather than a wall of JSON.
 * Quotes are paired by text (in document order); unpaired ones are reported
 * as missing or extra.
 */
function diffAgainstGold(gold: readonly GoldQuote[], actual: readonly Quote[]): string[] {
  const rows = actual.map(toComparable);
  const used = new Set<number>();
  const pairedIndex: (number | undefined)[] = [];
  const problems: string[] = [];

  gold.forEach((expected, goldIndex) => {
    const match = rows.findIndex((row, i) => !used.has(i) && row.text === withoutTrailingComma(expected.text));
    if (match === -1) {
      problems.push(`gold #${goldIndex} missing: ${describeQuote(expected)}`);
      pairedIndex.push(undefined);
      return;
    }
    used.add(match);
    pairedIndex.push(match);
    const row = rows[match] as Comparable;
    const fieldDiffs = GOLD_FIELDS.filter((field) => field !== 'text' && row[field] !== expected[field]).map(
      (field) => `${field}: expected ${JSON.stringify(expected[field])}, got ${JSON.stringify(row[field])}`,
    );
    if (fieldDiffs.length > 0) problems.push(`gold #${goldIndex} ${shorten(expected.text)}: ${fieldDiffs.join('; ')}`);
  });

  rows.forEach((row, i) => {
    if (!used.has(i)) problems.push(`extra output #${i}: ${describeQuote(row)}`);
  });

  problems.push(...diffSpeakerIds(gold, actual, pairedIndex));
  return problems;
}

/** Quotes of one named gold speaker must share an id; different named speakers must not. */
function diffSpeakerIds(
  gold: readonly GoldQuote[],
  actual: readonly Quote[],
  pairedIndex: readonly (number | undefined)[],
): string[] {
  const idsBySpeaker = new Map<string, Map<number, number[]>>();
  gold.forEach((expected, goldIndex) => {
    const outputIndex = pairedIndex[goldIndex];
    const id = outputIndex === undefined ? undefined : actual[outputIndex]?.speaker?.id;
    if (expected.speaker === null || id === undefined) return;
    const ids = idsBySpeaker.get(expected.speaker) ?? new Map<number, number[]>();
    ids.set(id, [...(ids.get(id) ?? []), goldIndex]);
    idsBySpeaker.set(expected.speaker, ids);
  });

  const problems: string[] = [];
  const ownerOfId = new Map<number, string>();
  for (const [speaker, ids] of idsBySpeaker) {
    if (ids.size > 1) {
      const groups = [...ids].map(([id, indices]) => `id ${id} on gold #${indices.join(', #')}`).join('; ');
      problems.push(`speaker ${JSON.stringify(speaker)} has more than one id: ${groups}`);
    }
    for (const id of ids.keys()) {
      const owner = ownerOfId.get(id);
      if (owner !== undefined && owner !== speaker) {
        problems.push(`speakers ${JSON.stringify(owner)} and ${JSON.stringify(speaker)} share id ${id}`);
      }
      ownerOfId.set(id, speaker);
    }
  }
  return problems;
}

/**
 * Checks the hand-written gold against its own input, to catch typos in
 * gold.json: each text sits between quote marks, in document order, and
 * every speaker, title, mention and cue string occurs in the article.
 */
function checkGoldAgainstInput(gold: readonly GoldQuote[], input: string): string[] {
  const problems: string[] = [];
  let searchFrom = 0;
  gold.forEach((entry, goldIndex) => {
    const keys = Object.keys(entry).sort().join(',');
    if (keys !== [...GOLD_FIELDS].sort().join(',')) problems.push(`gold #${goldIndex} has keys ${keys}`);
    if (entry.kind !== 'direct' && entry.kind !== 'partial') problems.push(`gold #${goldIndex} kind ${String(entry.kind)}`);
    if ((entry.speaker === null && entry.title === null) !== (entry.mention === null)) {
      problems.push(`gold #${goldIndex}: mention must be null exactly when there is no speaker`);
    }

    const start = findBetweenMarks(input, entry.text, searchFrom);
    if (start === -1) problems.push(`gold #${goldIndex} ${shorten(entry.text)} is not found between quote marks after offset ${searchFrom}`);
    else searchFrom = start + entry.text.length;

    for (const field of ['speaker', 'title', 'mention', 'cue'] as const) {
      const value = entry[field];
      if (value !== null && !input.includes(value)) problems.push(`gold #${goldIndex} ${field} ${JSON.stringify(value)} does not occur in input.txt`);
    }
  });
  return problems;
}

function findBetweenMarks(input: string, text: string, from: number): number {
  for (let start = input.indexOf(text, from); start !== -1; start = input.indexOf(text, start + 1)) {
    if (QUOTE_MARKS.has(input[start - 1] ?? '') && isClosedAt(input, start + text.length)) return start;
  }
  return -1;
}

/**
 * A quote's text ends at a closing mark (after an optional comma), or, in a
 * quote running over several paragraphs, at the end of a paragraph whose
 * successor opens with a quote mark.
 */
function isClosedAt(input: string, end: number): boolean {
  const rest = input.slice(input[end] === ',' ? end + 1 : end);
  const nextParagraph = /^[ \t]*\n[ \t]*\n\s*(\S)/.exec(rest);
  return QUOTE_MARKS.has(rest[0] ?? '') || QUOTE_MARKS.has(nextParagraph?.[1] ?? '');
}

for (const name of fixtureNames) {
  describe(name, () => {
    const dir = join(FIXTURES_DIR, name);
    const input = readFileSync(join(dir, 'input.txt'), 'utf8');
    const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as GoldQuote[];
    let memo: Quote[] | undefined;
    const output = (): Quote[] => (memo ??= extractQuotes(input));

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
      const problems = diffAgainstGold(gold, output());
      expect(problems, `fixtures/${name}: output differs from gold.json`).toEqual([]);
    });
  });
}
