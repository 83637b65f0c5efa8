// `npm run heldout [-- --verbose]`: score the BUILT library (dist/index.js)
// on the held-out articles in heldout/ (see heldout/README.md). Output is
// paired with gold.json and compared field by field by the shipped
// quote-attribution/testing (dist/testing.js), as test/fixtures.test.ts does
// from src/. This is a measurement only: never tune rules to it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const heldoutDir = join(root, 'heldout');
const built = join(root, 'dist', 'testing.js');
const verbose = process.argv.includes('--verbose');

const FIELDS = ['speaker', 'title', 'mention', 'cue', 'kind'];

if (!existsSync(built)) {
  console.error('heldout: dist/testing.js is missing; run `npm run build` first');
  process.exit(1);
}
/** @type {import('../src/testing/index.js')} */
const { checkGold } = await import(built);

function percent(part, whole) {
  return whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}%`;
}

const articles = readdirSync(heldoutDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const goldByArticle = new Map(articles.map((name) => [name, JSON.parse(readFileSync(join(heldoutDir, name, 'gold.json'), 'utf8'))]));
// Speaker.type is optional in gold.json: its column appears once some gold gives it.
const withType = [...goldByArticle.values()].some((gold) => gold.some((entry) => entry.type !== undefined));
const HEADER = ['article', 'gold', 'found', 'extra', 'missing', ...FIELDS, ...(withType ? ['type'] : []), 'all right'];

function tableRow(name, result) {
  return [
    name,
    String(result.gold),
    String(result.paired),
    String(result.extra),
    String(result.missing),
    ...FIELDS.map((field) => `${result.fieldRight[field]} (${percent(result.fieldRight[field], result.gold)})`),
    // Out of the gold quotes that give a type, not all of them.
    ...(withType ? [`${result.fieldRight.type}/${result.typed} (${percent(result.fieldRight.type, result.typed)})`] : []),
    `${result.allRight} (${percent(result.allRight, result.gold)})`,
  ];
}

function printTable(rows) {
  const widths = HEADER.map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  for (const row of rows) console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  '));
}

const total = { gold: 0, paired: 0, extra: 0, missing: 0, typed: 0, fieldRight: Object.fromEntries([...FIELDS, 'type'].map((field) => [field, 0])), allRight: 0 };
const rows = [HEADER];
let goldTypos = 0;

for (const name of articles) {
  const input = readFileSync(join(heldoutDir, name, 'input.txt'), 'utf8');
  const gold = goldByArticle.get(name);
  const { goldProblems, differences, ...counts } = checkGold(input, gold);
  if (goldProblems.length > 0) {
    goldTypos += goldProblems.length;
    console.error(`heldout/${name}/gold.json does not match its input.txt:\n  ${goldProblems.join('\n  ')}`);
  }
  const result = { gold: gold.length, ...counts, mismatches: differences.map((difference) => difference.message) };
  rows.push(tableRow(name, result));
  for (const key of ['gold', 'paired', 'extra', 'missing', 'typed', 'allRight']) total[key] += result[key];
  for (const field of [...FIELDS, 'type']) total.fieldRight[field] += result.fieldRight[field];
  if (verbose && result.mismatches.length > 0) console.log(`${name}:\n  ${result.mismatches.join('\n  ')}\n`);
}

rows.push(tableRow('TOTAL', total));
console.log(
  `Field columns: gold quotes whose output has that field right (a missing quote counts as wrong)${withType ? '; type: out of the gold quotes that give one' : ''}.`,
);
printTable(rows);
if (goldTypos > 0) process.exitCode = 1;
