// `npm run heldout [-- --verbose]`: score the BUILT library (dist/index.js)
// on the held-out articles in heldout/ (see heldout/README.md). Output is
// paired with gold.json and compared field by field with the same rules as
// test/fixtures.test.ts. This is a measurement only: never tune rules to it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const heldoutDir = join(root, 'heldout');
const built = join(root, 'dist', 'index.js');
const verbose = process.argv.includes('--verbose');

const QUOTE_MARKS = new Set(['"', "'", '“', '”', '‘', '’', '«', '»', '„', '‟', '‹', '›', '‚']);
const FIELDS = ['speaker', 'title', 'mention', 'cue', 'kind'];

if (!existsSync(built)) {
  console.error('heldout: dist/index.js is missing; run `npm run build` first');
  process.exit(1);
}
const { extractQuotes } = await import(built);

/** gold.json leaves out a comma that sits right before the closing mark. */
function withoutTrailingComma(text) {
  return text.endsWith(',') ? text.slice(0, -1) : text;
}

/** A Quote reduced to the fields gold.json pins down, in gold.json's shape. */
function toComparable(quote) {
  return {
    text: withoutTrailingComma(quote.text),
    kind: quote.kind,
    speaker: quote.speaker?.name ?? null,
    title: quote.speaker?.title ?? null,
    mention: quote.speaker?.mention.text ?? null,
    cue: quote.cue?.text ?? null,
  };
}

function shorten(text) {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}

function describe(row) {
  return `${shorten(row.text)} [${row.kind}] speaker=${JSON.stringify(row.speaker)} title=${JSON.stringify(row.title)} mention=${JSON.stringify(row.mention)} cue=${JSON.stringify(row.cue)}`;
}

/**
 * A quote's text ends at a closing mark (after an optional comma), or, in a
 * quote running over several paragraphs, at the end of a paragraph whose
 * successor opens with a quote mark. Same rule as the fixture test.
 */
function isClosedAt(input, end) {
  const rest = input.slice(input[end] === ',' ? end + 1 : end);
  const nextParagraph = /^[ \t]*\n[ \t]*\n\s*(\S)/.exec(rest);
  return QUOTE_MARKS.has(rest[0] ?? '') || QUOTE_MARKS.has(nextParagraph?.[1] ?? '');
}

function findBetweenMarks(input, text, from) {
  for (let start = input.indexOf(text, from); start !== -1; start = input.indexOf(text, start + 1)) {
    if (QUOTE_MARKS.has(input[start - 1] ?? '') && isClosedAt(input, start + text.length)) return start;
  }
  return -1;
}

/** Typos in the hand-written gold, so they are reported instead of scored. */
function checkGoldAgainstInput(gold, input) {
  const problems = [];
  let searchFrom = 0;
  gold.forEach((entry, goldIndex) => {
    const start = findBetweenMarks(input, entry.text, searchFrom);
    if (start === -1) problems.push(`gold #${goldIndex} ${shorten(entry.text)} is not found between quote marks after offset ${searchFrom}`);
    else searchFrom = start + entry.text.length;
    for (const field of ['speaker', 'title', 'mention', 'cue']) {
      const value = entry[field];
      if (value !== null && !input.includes(value)) problems.push(`gold #${goldIndex} ${field} ${JSON.stringify(value)} does not occur in input.txt`);
    }
  });
  return problems;
}

/**
 * Pairs each gold quote with the first unused output quote of the same text
 * (document order), then counts field agreement. Missing gold quotes count
 * as wrong on every field.
 */
function score(gold, quotes) {
  const rows = quotes.map(toComparable);
  const used = new Set();
  const fieldRight = Object.fromEntries(FIELDS.map((field) => [field, 0]));
  const mismatches = [];
  let paired = 0;
  let allRight = 0;

  gold.forEach((expected, goldIndex) => {
    const match = rows.findIndex((row, i) => !used.has(i) && row.text === withoutTrailingComma(expected.text));
    if (match === -1) {
      mismatches.push(`gold #${goldIndex} missing: ${describe(expected)}`);
      return;
    }
    used.add(match);
    paired += 1;
    const row = rows[match];
    const wrong = FIELDS.filter((field) => row[field] !== expected[field]);
    for (const field of FIELDS) if (!wrong.includes(field)) fieldRight[field] += 1;
    if (wrong.length === 0) allRight += 1;
    else {
      const details = wrong.map((field) => `${field}: expected ${JSON.stringify(expected[field])}, got ${JSON.stringify(row[field])}`);
      mismatches.push(`gold #${goldIndex} ${shorten(expected.text)}: ${details.join('; ')}`);
    }
  });
  rows.forEach((row, i) => {
    if (!used.has(i)) mismatches.push(`extra output #${i}: ${describe(row)}`);
  });

  return { gold: gold.length, paired, extra: rows.length - used.size, missing: gold.length - paired, fieldRight, allRight, mismatches };
}

function percent(part, whole) {
  return whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}%`;
}

const HEADER = ['article', 'gold', 'found', 'extra', 'missing', ...FIELDS, 'all right'];

function tableRow(name, result) {
  return [
    name,
    String(result.gold),
    String(result.paired),
    String(result.extra),
    String(result.missing),
    ...FIELDS.map((field) => `${result.fieldRight[field]} (${percent(result.fieldRight[field], result.gold)})`),
    `${result.allRight} (${percent(result.allRight, result.gold)})`,
  ];
}

function printTable(rows) {
  const widths = HEADER.map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  for (const row of rows) console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  '));
}

const articles = readdirSync(heldoutDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const total = { gold: 0, paired: 0, extra: 0, missing: 0, fieldRight: Object.fromEntries(FIELDS.map((field) => [field, 0])), allRight: 0 };
const rows = [HEADER];
let goldTypos = 0;

for (const name of articles) {
  const input = readFileSync(join(heldoutDir, name, 'input.txt'), 'utf8');
  const gold = JSON.parse(readFileSync(join(heldoutDir, name, 'gold.json'), 'utf8'));
  const typos = checkGoldAgainstInput(gold, input);
  if (typos.length > 0) {
    goldTypos += typos.length;
    console.error(`heldout/${name}/gold.json does not match its input.txt:\n  ${typos.join('\n  ')}`);
  }
  const result = score(gold, extractQuotes(input));
  rows.push(tableRow(name, result));
  for (const key of ['gold', 'paired', 'extra', 'missing', 'allRight']) total[key] += result[key];
  for (const field of FIELDS) total.fieldRight[field] += result.fieldRight[field];
  if (verbose && result.mismatches.length > 0) console.log(`${name}:\n  ${result.mismatches.join('\n  ')}\n`);
}

rows.push(tableRow('TOTAL', total));
console.log('Field columns: gold quotes whose output has that field right (a missing quote counts as wrong).');
printTable(rows);
if (goldTypos > 0) process.exitCode = 1;
