/**
 * `quote-attribution/testing`: compare `extractQuotes` with a hand-written
 * answer key (gold.json, in the format of the repository's fixtures/README.md),
 * to unit-test the library on one's own articles. The repository's fixture
 * test, its held-out scoring and `quote-attribution check` all use it.
 *
 * Runs wherever the library runs: no Node built-ins here, the caller reads
 * the files.
 */
import { extractQuotes, type ExtractOptions, type Quote, type Speaker } from '../index.js';

/** One entry of gold.json: what `extractQuotes` should return for one quote. */
export interface GoldQuote {
  /** The characters between the quote marks; a comma right before the closing mark may be left out. */
  readonly text: string;
  readonly kind: Quote['kind'];
  /** `speaker.name`: the fullest name, an organisation's name, or `null` (unnamed speaker, or none). */
  readonly speaker: string | null;
  /** `speaker.title`, or `null`. */
  readonly title: string | null;
  /**
   * `speaker.type`. Optional, so gold written before `Speaker.type` existed
   * still works: when it is left out, the type is not compared. Only for a
   * quote with a speaker.
   */
  readonly type?: Speaker['type'];
  /** `speaker.mention.text`; `null` exactly when there is no speaker. */
  readonly mention: string | null;
  /** `cue.text`, or `null`. */
  readonly cue: string | null;
}

/** The fields of a gold quote compared besides its text, in the order differences are listed. */
export type GoldField = 'kind' | 'speaker' | 'title' | 'type' | 'mention' | 'cue';

/** One way the output differs from the gold. `message` is the same, on one line. */
export type GoldDifference =
  /** No output quote has this gold quote's text. */
  | { readonly problem: 'missing'; readonly goldIndex: number; readonly message: string }
  /** An output quote that no gold quote paired with. */
  | { readonly problem: 'extra'; readonly outputIndex: number; readonly message: string }
  /** A paired quote with one field wrong. */
  | {
      readonly problem: 'field';
      readonly goldIndex: number;
      readonly outputIndex: number;
      readonly field: GoldField;
      readonly expected: string | null;
      readonly actual: string | null;
      readonly message: string;
    }
  /** One named gold speaker has several `speaker.id`s, or two named speakers share one. */
  | { readonly problem: 'speaker-id'; readonly goldIndexes: readonly number[]; readonly message: string };

/** What {@link compareWithGold} finds. */
export interface GoldComparison {
  /** Every difference, gold order first, then extra output, then speaker ids; empty when the output matches. */
  readonly differences: readonly GoldDifference[];
  /** Gold quotes paired with an output quote of the same text. */
  readonly paired: number;
  /** Gold quotes with no output quote of their text. */
  readonly missing: number;
  /** Output quotes paired with no gold quote. */
  readonly extra: number;
  /**
   * Per field, the gold quotes whose paired output has it right (a missing
   * quote is wrong on every field). `type` counts only the gold quotes that
   * give one: {@link GoldComparison.typed} of them.
   */
  readonly fieldRight: Readonly<Record<GoldField, number>>;
  /** Gold quotes that give a `type`. */
  readonly typed: number;
  /** Gold quotes whose paired output has every field right. */
  readonly allRight: number;
}

/** What {@link checkGold} finds. */
export interface GoldCheck extends GoldComparison {
  /** The `extractQuotes` output that was compared. */
  readonly quotes: readonly Quote[];
  /** Mistakes in the gold itself, found against the text (see {@link checkGoldAgainstInput}). */
  readonly goldProblems: readonly string[];
}

const QUOTE_MARKS = new Set(['"', "'", '“', '”', '‘', '’', '«', '»', '„', '‟', '‹', '›', '‚', '`']);
const STRING_FIELDS = ['speaker', 'title', 'mention', 'cue'] as const;
const REQUIRED_KEYS = ['text', 'kind', ...STRING_FIELDS].sort().join(',');
const KEYS_WITH_TYPE = ['text', 'kind', 'type', ...STRING_FIELDS].sort().join(',');

/**
 * Runs `extractQuotes(text, options)` and compares the result with `gold`,
 * field by field, after checking the gold against the text.
 *
 * @param text - The article.
 * @param gold - The answer key, as parsed from gold.json.
 * @param options - Passed to `extractQuotes` (an options.json beside the gold).
 * @throws TypeError when `gold` is not an array of objects with a string
 *   `text` (nothing can be paired), or when `extractQuotes` refuses `options`.
 */
export function checkGold(text: string, gold: readonly GoldQuote[], options?: ExtractOptions): GoldCheck {
  if (!Array.isArray(gold) || !gold.every((entry) => isObject(entry) && typeof entry.text === 'string')) {
    throw new TypeError('checkGold: expected `gold` to be an array of objects, each with a string `text`');
  }
  const quotes = extractQuotes(text, options);
  return { quotes, goldProblems: checkGoldAgainstInput(gold, text), ...compareWithGold(gold, quotes) };
}

/**
 * Pairs each gold quote with the first unused output quote of the same text
 * (a trailing comma ignored), in document order, and lists every difference.
 *
 * @param gold - The answer key.
 * @param quotes - `extractQuotes` output for the same text.
 */
export function compareWithGold(gold: readonly GoldQuote[], quotes: readonly Quote[]): GoldComparison {
  const texts = quotes.map((quote) => withoutTrailingComma(quote.text));
  const used = new Set<number>();
  const pairedIndex: (number | undefined)[] = [];
  const differences: GoldDifference[] = [];
  const fieldRight: Record<GoldField, number> = { kind: 0, speaker: 0, title: 0, type: 0, mention: 0, cue: 0 };
  let allRight = 0;
  let typed = 0;

  gold.forEach((expected, goldIndex) => {
    if (expected.type !== undefined) typed += 1;
    const outputIndex = texts.findIndex((text, i) => !used.has(i) && text === withoutTrailingComma(expected.text));
    const quote = quotes[outputIndex];
    pairedIndex.push(quote === undefined ? undefined : outputIndex);
    if (quote === undefined) {
      differences.push({ problem: 'missing', goldIndex, message: `gold #${goldIndex} missing: ${describeQuote(expected)}` });
      return;
    }
    used.add(outputIndex);
    const actual = toGold(quote);
    let right = true;
    for (const field of goldFields(expected)) {
      if (actual[field] === expected[field]) {
        fieldRight[field] += 1;
        continue;
      }
      right = false;
      const [want, got] = [expected[field] ?? null, actual[field] ?? null];
      const message = `gold #${goldIndex} ${shorten(expected.text)}: ${field}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`;
      differences.push({ problem: 'field', goldIndex, outputIndex, field, expected: want, actual: got, message });
    }
    if (right) allRight += 1;
  });
  quotes.forEach((quote, outputIndex) => {
    if (used.has(outputIndex)) return;
    differences.push({ problem: 'extra', outputIndex, message: `extra output #${outputIndex}: ${describeQuote(toGold(quote))}` });
  });
  differences.push(...diffSpeakerIds(gold, quotes, pairedIndex));

  return { differences, paired: used.size, missing: gold.length - used.size, extra: quotes.length - used.size, fieldRight, typed, allRight };
}

/**
 * Checks hand-written gold against its own text, to catch typos in it: each
 * entry's keys (`type` optional) and value types, each text between quote
 * marks (reported speech: anywhere) in document order, a `type` only on a
 * quote with a speaker, and every
 * speaker, title, mention and cue string occurring in the text.
 *
 * @param gold - The answer key, as parsed from gold.json; checked at run time too.
 * @param input - The article.
 * @returns One line per problem; empty when the gold is consistent.
 */
export function checkGoldAgainstInput(gold: readonly GoldQuote[], input: string): string[] {
  if (!Array.isArray(gold)) return ['gold must be an array of quote objects'];
  const problems: string[] = [];
  let searchFrom = 0;
  gold.forEach((entry: unknown, goldIndex) => {
    if (!isObject(entry)) {
      problems.push(`gold #${goldIndex} is not an object`);
      return;
    }
    const keys = Object.keys(entry).sort().join(',');
    if (keys !== REQUIRED_KEYS && keys !== KEYS_WITH_TYPE) problems.push(`gold #${goldIndex} has keys ${keys}`);
    if (entry.kind !== 'direct' && entry.kind !== 'partial' && entry.kind !== 'indirect') problems.push(`gold #${goldIndex} kind ${JSON.stringify(entry.kind)}`);
    for (const field of STRING_FIELDS) {
      const value = entry[field];
      if (value !== null && typeof value !== 'string') problems.push(`gold #${goldIndex} ${field} must be a string or null, got ${JSON.stringify(value)}`);
      else if (typeof value === 'string' && !input.includes(value)) {
        problems.push(`gold #${goldIndex} ${field} ${JSON.stringify(value)} does not occur in the text`);
      }
    }
    if ((entry.speaker === null && entry.title === null) !== (entry.mention === null)) {
      problems.push(`gold #${goldIndex}: mention must be null exactly when there is no speaker`);
    }
    if ('type' in entry) {
      if (entry.type !== 'person' && entry.type !== 'organization') {
        problems.push(`gold #${goldIndex} type ${JSON.stringify(entry.type)} (expected "person" or "organization")`);
      }
      // Output without a speaker has no type, so such gold could never match.
      if (entry.mention === null) problems.push(`gold #${goldIndex}: type must be left out when there is no speaker`);
    }
    if (typeof entry.text !== 'string') {
      problems.push(`gold #${goldIndex} text must be a string, got ${JSON.stringify(entry.text)}`);
      return;
    }
    // Reported speech has no marks, and a partial quote may lie inside it: the next entry is looked for from its start.
    const indirect = entry.kind === 'indirect';
    const start = indirect ? input.indexOf(entry.text, searchFrom) : findBetweenMarks(input, entry.text, searchFrom);
    if (start === -1) problems.push(`gold #${goldIndex} ${shorten(entry.text)} is not found${indirect ? '' : ' between quote marks'} after offset ${searchFrom}`);
    else searchFrom = indirect ? start : start + entry.text.length;
  });
  return problems;
}

/** A quote in gold.json's shape; `type` only when it has a speaker. */
function toGold(quote: Quote): GoldQuote {
  const { speaker, cue } = quote;
  const fields = { text: quote.text, kind: quote.kind, cue: cue?.text ?? null };
  if (speaker === null) return { ...fields, speaker: null, title: null, mention: null };
  return { ...fields, speaker: speaker.name, title: speaker.title, type: speaker.type, mention: speaker.mention.text };
}

/** The fields compared for a gold quote: `type` only when it gives one. */
function goldFields(gold: GoldQuote): readonly GoldField[] {
  return gold.type === undefined ? ['kind', 'speaker', 'title', 'mention', 'cue'] : ['kind', 'speaker', 'title', 'type', 'mention', 'cue'];
}

/** gold.json may leave out a comma that sits right before the closing mark. */
function withoutTrailingComma(text: string): string {
  return text.endsWith(',') ? text.slice(0, -1) : text;
}

function shorten(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}

function describeQuote(row: GoldQuote): string {
  const type = row.type === undefined ? '' : ` type=${JSON.stringify(row.type)}`;
  return `${shorten(withoutTrailingComma(row.text))} [${row.kind}] speaker=${JSON.stringify(row.speaker)} title=${JSON.stringify(row.title)}${type} mention=${JSON.stringify(row.mention)} cue=${JSON.stringify(row.cue)}`;
}

/** Quotes of one named gold speaker must share an id; different named speakers must not. */
function diffSpeakerIds(gold: readonly GoldQuote[], quotes: readonly Quote[], pairedIndex: readonly (number | undefined)[]): GoldDifference[] {
  const idsBySpeaker = new Map<string, Map<number, number[]>>();
  gold.forEach((expected, goldIndex) => {
    const outputIndex = pairedIndex[goldIndex];
    const id = outputIndex === undefined ? undefined : quotes[outputIndex]?.speaker?.id;
    if (expected.speaker === null || id === undefined) return;
    const ids = idsBySpeaker.get(expected.speaker) ?? new Map<number, number[]>();
    ids.set(id, [...(ids.get(id) ?? []), goldIndex]);
    idsBySpeaker.set(expected.speaker, ids);
  });

  const differences: GoldDifference[] = [];
  const ownerOfId = new Map<number, { speaker: string; goldIndexes: number[] }>();
  for (const [speaker, ids] of idsBySpeaker) {
    if (ids.size > 1) {
      const groups = [...ids].map(([id, indices]) => `id ${id} on gold #${indices.join(', #')}`).join('; ');
      const goldIndexes = [...ids.values()].flat().sort((a, b) => a - b);
      differences.push({ problem: 'speaker-id', goldIndexes, message: `speaker ${JSON.stringify(speaker)} has more than one id: ${groups}` });
    }
    for (const [id, goldIndexes] of ids) {
      const owner = ownerOfId.get(id);
      if (owner !== undefined && owner.speaker !== speaker) {
        differences.push({
          problem: 'speaker-id',
          goldIndexes: [...owner.goldIndexes, ...goldIndexes].sort((a, b) => a - b),
          message: `speakers ${JSON.stringify(owner.speaker)} and ${JSON.stringify(speaker)} share id ${id}`,
        });
      }
      ownerOfId.set(id, { speaker, goldIndexes });
    }
  }
  return differences;
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

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
