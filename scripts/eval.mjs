#!/usr/bin/env node
// @ts-check
// npm run eval -- [file.jsonl] [--kinds direct,partial,indirect] [--speech-cues] [--verbose] [--examples N] [--json] [--limit N]
// npm run eval -- --entity-gold FILE (--corpus FILE | --texts DIR) [--verbose] [--json] [--limit N]
// Scores the BUILT package (dist/index.js; run `npm run build` first) against
// PolNeAR-format gold (rules in scripts/eval-core.mjs), or against entity-level
// gold: the resolved speaker and title of each quote (rules in scripts/eval-entity.mjs).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluate, formatReport, groupMisses, parseGold, parseKinds } from './eval-core.mjs';
import { formatEntityReport, parseEntityGold, scoreEntities } from './eval-entity.mjs';
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
Entity level (the resolved speaker and title of each quote, as ../shared/eval/entity-score.mjs scores them):
  --entity-gold FILE      entity gold JSONL, one {id, quotes} a line (instead of file.jsonl)
  --corpus FILE           the article texts: JSONL, one {id, text} a line
  --texts DIR             or a folder of text files named by id (ID or ID.txt)
  --verbose               list every miss (MISSED / SPEAKER / TITLE / TYPE)
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
    'entity-gold': { type: 'string' }, corpus: { type: 'string' }, texts: { type: 'string' },
  },
}), (e) => `${e.message}\n${USAGE}`);
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length > 1) fail(`expected at most one gold file, got ${positionals.length}\n${USAGE}`);
const entityGold = values['entity-gold'];
if (entityGold === undefined) {
  if (values.corpus !== undefined || values.texts !== undefined) {
    fail(`--corpus and --texts give the texts for --entity-gold; PolNeAR gold holds its own texts\n${USAGE}`);
  }
} else {
  if (positionals.length) fail(`--entity-gold replaces the gold file argument; got both\n${USAGE}`);
  for (const o of /** @type {const} */ (['kinds', 'examples'])) {
    if (values[o] !== undefined) fail(`--${o} does not apply to --entity-gold\n${USAGE}`);
  }
  if ((values.corpus === undefined) === (values.texts === undefined)) {
    fail(`--entity-gold needs the article texts: give --corpus FILE or --texts DIR (one of them)\n${USAGE}`);
  }
}

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

if (entityGold !== undefined) {
  // Every path is checked before anything is scored, so a missing one is reported at once.
  const file = existingPath('eval', 'entity gold', entityGold, 'Give the entity gold file: npm run eval -- --entity-gold path/to/entity.jsonl');
  const textOf = entityTexts(values.corpus, values.texts);
  const gold = orFail(() => parseEntityGold(readFileSync(file, 'utf8')), (e) => `${file}: not entity gold JSONL: ${e.message}`);
  const docs = (limit === undefined ? gold : gold.slice(0, limit)).map((d) => ({ ...d, text: textOf(d.id) }));
  const result = scoreEntities(docs, (text) => extractQuotes(text));
  const texts = resolve(/** @type {string} */ (values.corpus ?? values.texts));
  if (values.json) {
    console.log(JSON.stringify({
      file, texts, docs: result.docs, optional: result.optional, crashes: result.crashes,
      records: result.all.records, ...result.figures, counts: result.all,
      byKind: result.byKind, bySpeakerType: result.bySpeakerType,
      ...(values.verbose ? { misses: result.misses } : {}),
    }, null, 2));
  } else {
    console.log(formatEntityReport(result, { file, texts, verbose: values.verbose ?? false }));
  }
  process.exit(result.crashes ? 1 : 0);
}

/**
 * Where entity gold finds its article texts: a corpus JSONL ({id, text} a line)
 * or a folder of files named ID or ID.txt. Exits 1 with a message when the
 * corpus or folder, or later a document's text, is not there.
 * @param {string | undefined} corpusPath
 * @param {string | undefined} textsDir
 * @returns {(id: string) => string}
 */
function entityTexts(corpusPath, textsDir) {
  const hint = 'Give the article texts: --corpus path/to/corpus.jsonl or --texts DIR';
  if (corpusPath !== undefined) {
    const path = existingPath('eval', 'corpus', corpusPath, hint);
    const docs = orFail(() => parseGold(readFileSync(path, 'utf8')), (e) => `${path}: not corpus JSONL: ${e.message}`);
    const texts = new Map(docs.map((d) => [d.id, d.text]));
    return (id) => {
      const text = texts.get(id);
      return typeof text === 'string' ? text : fail(`eval: no text for document ${id} in ${path}`, 1);
    };
  }
  const dir = existingPath('eval', 'texts folder', /** @type {string} */ (textsDir), hint);
  if (!statSync(dir).isDirectory()) fail(`eval: --texts: ${dir} is not a folder`, 1);
  return (id) => {
    const candidates = [join(dir, id), join(dir, `${id}.txt`)];
    const path = candidates.find((p) => existsSync(p) && statSync(p).isFile());
    return path ? readFileSync(path, 'utf8') : fail(`eval: no text for document ${id}: neither ${candidates.join(' nor ')} exists`, 1);
  };
}

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
