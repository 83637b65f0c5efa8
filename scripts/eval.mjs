#!/usr/bin/env node
// @ts-check
// npm run eval -- [file.jsonl] [--kinds direct,partial,indirect] [--speech-cues] [--verbose] [--examples N] [--json] [--limit N]
// Scores the BUILT package (dist/index.js; run `npm run build` first) against
// PolNeAR-format gold. The rules are documented in scripts/eval-core.mjs.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluate, formatReport, groupMisses, parseGold, parseKinds } from './eval-core.mjs';
import { defaultPolnearDev, existingPath, repoRoot as root } from './paths.mjs';

const USAGE = `usage: npm run eval -- [file.jsonl] [options]
  file.jsonl              PolNeAR-format gold (default: ${relative(root, defaultPolnearDev)}, beside the repository)
  --kinds direct,partial  our kinds to score: direct ↔ gold direct, partial ↔ gold mixed,
                          indirect ↔ gold indirect (default: direct)
  --speech-cues           with indirect: only records cued by a verb of saying or
                          "according to", with a source, not negated, are required
                          (as score.mjs --speech-cues)
  --verbose               list the misses grouped by cause, with examples
  --examples N            examples per cause with --verbose (default 3)
  --json                  print the metrics and counts as JSON
  --limit N               score only the first N documents
Needs the built package: run \`npm run build\` first.`;

/** @param {string} message @returns {never} */
function fail(message, code = 2) {
  console.error(message);
  process.exit(code);
}

/**
 * @template T
 * @param {() => T} attempt
 * @param {(error: Error) => string} explain  the message to exit with when `attempt` throws
 * @returns {T}
 */
function orFail(attempt, explain) {
  try {
    return attempt();
  } catch (e) {
    return fail(explain(/** @type {Error} */ (e)));
  }
}

/** @param {string} name @param {string | undefined} value */
function wholeNumber(name, value) {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) fail(`--${name}: expected a whole number, got "${value}"\n${USAGE}`);
  return n;
}

/** Newest modification time of the files under `dir`, in ms. @param {string} dir @returns {number} */
function newestMtime(dir) {
  return Math.max(0, ...readdirSync(dir, { withFileTypes: true }).map((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs;
  }));
}

const { values, positionals } = orFail(() => parseArgs({
  allowPositionals: true,
  options: {
    kinds: { type: 'string' }, 'speech-cues': { type: 'boolean' }, verbose: { type: 'boolean' }, examples: { type: 'string' },
    json: { type: 'boolean' }, limit: { type: 'string' }, help: { type: 'boolean', short: 'h' },
  },
}), (e) => `${e.message}\n${USAGE}`);
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length > 1) fail(`expected at most one gold file, got ${positionals.length}\n${USAGE}`);

const kinds = orFail(() => parseKinds(values.kinds), (e) => e.message);
const limit = wholeNumber('limit', values.limit);
const examples = wholeNumber('examples', values.examples) ?? 3;

const built = join(root, 'dist', 'index.js');
if (!existsSync(built)) fail(`${built} is missing: run \`npm run build\` first, then npm run eval again.`);
if (existsSync(join(root, 'src')) && newestMtime(join(root, 'src')) > statSync(built).mtimeMs) {
  console.error('warning: src/ has changed since dist/ was built; run `npm run build` to score the current code.');
}
const { extractQuotes } = await import(pathToFileURL(built).href);
if (typeof extractQuotes !== 'function') fail(`${built} exports no extractQuotes function`, 1);

const file = existingPath('eval', 'PolNeAR gold', positionals[0] ?? defaultPolnearDev,
  'Give the gold file as the first argument: npm run eval -- path/to/dev.jsonl');
const allDocs = orFail(() => parseGold(readFileSync(file, 'utf8')), (e) => `${file}: not PolNeAR JSONL: ${e.message}`);
const docs = limit === undefined ? allDocs : allDocs.slice(0, limit);

// Reported speech is returned only when asked for; asked, the package gets the kinds scored (score.mjs --pred-kinds).
const extract = kinds.includes('indirect')
  ? (/** @type {string} */ text, /** @type {readonly string[]} */ asked) => extractQuotes(text, { kinds: asked })
  : (/** @type {string} */ text) => extractQuotes(text);
const result = evaluate(docs, extract, { kinds, speechCues: values['speech-cues'] ?? false });
if (values.json) {
  console.log(JSON.stringify({
    file, kinds, metrics: result.metrics, counts: result.counts,
    ...(values.verbose ? { misses: groupMisses(result.misses, examples) } : {}),
  }, null, 2));
} else {
  console.log(formatReport(result, { file, kinds, verbose: values.verbose ?? false, examples }));
}
process.exit(result.counts.crashes ? 1 : 0);
