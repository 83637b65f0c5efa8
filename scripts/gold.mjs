// @ts-check
// Comparing extractQuotes output with a hand-written gold.json (see
// fixtures/README.md). Shared by test/fixtures.test.ts, which requires a
// perfect match, and scripts/heldout.mjs, which measures one.

/**
 * One entry of gold.json: what extractQuotes should return for one quote.
 * @typedef {{ text: string, kind: 'direct' | 'partial', speaker: string | null, title: string | null, mention: string | null, cue: string | null }} GoldQuote
 */

/** @typedef {import('../src/index.js').Quote} Quote */

export const QUOTE_MARKS = new Set(['"', "'", '“', '”', '‘', '’', '«', '»', '„', '‟', '‹', '›', '‚', '`']);
/** The fields compared besides `text`. */
export const GOLD_FIELDS = /** @type {const} */ (['kind', 'speaker', 'title', 'mention', 'cue']);

/**
 * gold.json may leave out a comma that sits right before the closing mark.
 * @param {string} text
 */
export function withoutTrailingComma(text) {
  return text.endsWith(',') ? text.slice(0, -1) : text;
}

/**
 * A Quote reduced to the fields gold.json pins down, in gold.json's shape.
 * @param {Quote} quote
 * @returns {GoldQuote}
 */
export function toComparable(quote) {
  return {
    text: withoutTrailingComma(quote.text),
    kind: quote.kind,
    speaker: quote.speaker?.name ?? null,
    title: quote.speaker?.title ?? null,
    mention: quote.speaker?.mention.text ?? null,
    cue: quote.cue?.text ?? null,
  };
}

/** @param {string} text */
export function shorten(text) {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}

/** @param {GoldQuote} row */
export function describeQuote(row) {
  return `${shorten(row.text)} [${row.kind}] speaker=${JSON.stringify(row.speaker)} title=${JSON.stringify(row.title)} mention=${JSON.stringify(row.mention)} cue=${JSON.stringify(row.cue)}`;
}

/**
 * Pairs each gold quote with the first unused output quote of the same text
 * (document order) and lists every difference, one line per quote; missing
 * and extra quotes are listed too. Also counts, per field, the gold quotes
 * whose paired output has it right (a missing quote is wrong on every field).
 *
 * @param {readonly GoldQuote[]} gold
 * @param {readonly Quote[]} quotes
 */
export function compareWithGold(gold, quotes) {
  const rows = quotes.map(toComparable);
  const used = new Set();
  /** @type {(number | undefined)[]} */
  const pairedIndex = [];
  /** @type {string[]} */
  const problems = [];
  /** @type {Record<(typeof GOLD_FIELDS)[number], number>} */
  const fieldRight = { kind: 0, speaker: 0, title: 0, mention: 0, cue: 0 };
  let allRight = 0;

  gold.forEach((expected, goldIndex) => {
    const match = rows.findIndex((row, i) => !used.has(i) && row.text === withoutTrailingComma(expected.text));
    pairedIndex.push(match === -1 ? undefined : match);
    if (match === -1) {
      problems.push(`gold #${goldIndex} missing: ${describeQuote(expected)}`);
      return;
    }
    used.add(match);
    const row = /** @type {GoldQuote} */ (rows[match]);
    const wrong = GOLD_FIELDS.filter((field) => row[field] !== expected[field]);
    for (const field of GOLD_FIELDS) if (!wrong.includes(field)) fieldRight[field] += 1;
    if (wrong.length === 0) allRight += 1;
    else {
      const details = wrong.map((field) => `${field}: expected ${JSON.stringify(expected[field])}, got ${JSON.stringify(row[field])}`);
      problems.push(`gold #${goldIndex} ${shorten(expected.text)}: ${details.join('; ')}`);
    }
  });
  rows.forEach((row, i) => {
    if (!used.has(i)) problems.push(`extra output #${i}: ${describeQuote(row)}`);
  });

  return { pairedIndex, problems, fieldRight, allRight, paired: used.size, extra: rows.length - used.size, missing: gold.length - used.size };
}

/**
 * Checks hand-written gold against its own input, to catch typos in it: the
 * entry's keys, each text between quote marks in document order, and every
 * speaker, title, mention and cue string occurring in the article.
 *
 * @param {readonly GoldQuote[]} gold
 * @param {string} input
 * @returns {string[]} one line per problem
 */
export function checkGoldAgainstInput(gold, input) {
  /** @type {string[]} */
  const problems = [];
  const keys = ['text', ...GOLD_FIELDS].sort().join(',');
  let searchFrom = 0;
  gold.forEach((entry, goldIndex) => {
    const entryKeys = Object.keys(entry).sort().join(',');
    if (entryKeys !== keys) problems.push(`gold #${goldIndex} has keys ${entryKeys}`);
    if (entry.kind !== 'direct' && entry.kind !== 'partial') problems.push(`gold #${goldIndex} kind ${String(entry.kind)}`);
    if ((entry.speaker === null && entry.title === null) !== (entry.mention === null)) {
      problems.push(`gold #${goldIndex}: mention must be null exactly when there is no speaker`);
    }
    const start = findBetweenMarks(input, entry.text, searchFrom);
    if (start === -1) problems.push(`gold #${goldIndex} ${shorten(entry.text)} is not found between quote marks after offset ${searchFrom}`);
    else searchFrom = start + entry.text.length;
    for (const field of /** @type {const} */ (['speaker', 'title', 'mention', 'cue'])) {
      const value = entry[field];
      if (value !== null && !input.includes(value)) problems.push(`gold #${goldIndex} ${field} ${JSON.stringify(value)} does not occur in input.txt`);
    }
  });
  return problems;
}

/**
 * @param {string} input
 * @param {string} text
 * @param {number} from
 */
function findBetweenMarks(input, text, from) {
  for (let start = input.indexOf(text, from); start !== -1; start = input.indexOf(text, start + 1)) {
    if (QUOTE_MARKS.has(input[start - 1] ?? '') && isClosedAt(input, start + text.length)) return start;
  }
  return -1;
}

/**
 * A quote's text ends at a closing mark (after an optional comma), or, in a
 * quote running over several paragraphs, at the end of a paragraph whose
 * successor opens with a quote mark.
 *
 * @param {string} input
 * @param {number} end
 */
function isClosedAt(input, end) {
  const rest = input.slice(input[end] === ',' ? end + 1 : end);
  const nextParagraph = /^[ \t]*\n[ \t]*\n\s*(\S)/.exec(rest);
  return QUOTE_MARKS.has(rest[0] ?? '') || QUOTE_MARKS.has(nextParagraph?.[1] ?? '');
}
