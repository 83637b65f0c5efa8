// Shows that a change to src/ leaves the output of extractQuotes unchanged (issue 10):
// `write` records the full output of a built package on every corpus we have, `diff`
// compares two such recordings quote by quote and field by field.
//
//   node scripts/output-diff.mjs write --out <dir> [--pkg <dir>] [--skip-missing]
//   node scripts/output-diff.mjs diff <beforeDir> <afterDir> [--limit <n>]
//
// The recordings contain corpus text (PolNeAR is not ours to publish), so `write`
// refuses to put them inside the repository, the package it runs or any git work tree.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const polnearDir = resolve(root, '..', 'shared', 'corpora', 'polnear');

/** Stated rather than left to the default, so a change of default shows up as a difference. */
const DEFAULT_OPTIONS = { kinds: ['direct', 'partial'] };
const DEFAULT_LIMIT = 20;
const MANIFEST = 'manifest.json';

const USAGE = `usage:
  node scripts/output-diff.mjs write --out <dir> [--pkg <dir>] [--skip-missing]
      record extractQuotes' output of the package in <pkg> (default: this repository;
      build it first) for every corpus into <dir>, which must be outside any git work tree
  node scripts/output-diff.mjs diff <beforeDir> <afterDir> [--limit <n>]
      list the quotes that differ (at most <n> per corpus, default ${DEFAULT_LIMIT});
      exit 1 if anything differs`;

/** An expected failure: its message is all the user needs; `usage` adds the usage text. */
class ScriptError extends Error {
  constructor(message, { usage = false } = {}) {
    super(message);
    this.usage = usage;
  }
}

/**
 * The corpora, each read from this repository (not from --pkg) so before and after
 * see the same input. `documents()` yields {id, text, options}.
 */
const CORPORA = [
  { name: 'fixtures', source: join(root, 'fixtures'), documents: () => articleDocuments(join(root, 'fixtures')) },
  { name: 'heldout', source: join(root, 'heldout'), documents: () => articleDocuments(join(root, 'heldout')) },
  { name: 'polnear-dev', source: join(polnearDir, 'dev.jsonl'), documents: () => jsonlDocuments(join(polnearDir, 'dev.jsonl')) },
  { name: 'polnear-test', source: join(polnearDir, 'test.jsonl'), documents: () => jsonlDocuments(join(polnearDir, 'test.jsonl')) },
];

/** One document per folder with an input.txt; a folder's options.json replaces the default options. */
function articleDocuments(dir) {
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'input.txt')))
    .map((entry) => entry.name)
    .sort();
  return names.map((name) => {
    const optionsPath = join(dir, name, 'options.json');
    return {
      id: name,
      text: readFileSync(join(dir, name, 'input.txt'), 'utf8'),
      options: existsSync(optionsPath) ? JSON.parse(readFileSync(optionsPath, 'utf8')) : DEFAULT_OPTIONS,
    };
  });
}

function jsonlDocuments(path) {
  return readLines(path).map(({ line, number }) => {
    const { id, text } = JSON.parse(line);
    if (typeof id !== 'string' || typeof text !== 'string') throw new Error(`${path}:${number}: expected {id, text} strings`);
    return { id, text, options: DEFAULT_OPTIONS };
  });
}

function readLines(path) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, index) => ({ line, number: index + 1 }))
    .filter(({ line }) => line.trim() !== '');
}

/** Copy with object keys sorted, so a recording's bytes do not depend on how the code built its objects. */
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortKeys(value[key])]));
}

/** realpath of a path that may not exist yet: its nearest existing ancestor resolved, the rest appended. */
function realPathOf(path) {
  let existing = resolve(path);
  const rest = [];
  while (!existsSync(existing)) {
    rest.unshift(basename(existing));
    existing = dirname(existing);
  }
  return join(realpathSync(existing), ...rest);
}

function isInside(path, dir) {
  const rel = relative(realPathOf(dir), realPathOf(path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The git work tree holding `path`, if any: another worktree of this repository is as easy to commit from as this one. */
function gitWorkTreeOf(path) {
  let existing = resolve(path);
  while (!existsSync(existing)) existing = dirname(existing);
  try {
    return execFileSync('git', ['-C', existing, 'rev-parse', '--show-toplevel'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** "abc1234", "abc1234+changes" for a dirty tree, or null outside git: which code a recording came from. */
function describeCommit(dir) {
  try {
    const commit = execFileSync('git', ['-C', dir, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['-C', dir, 'status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim() !== '';
    return dirty ? `${commit}+changes` : commit;
  } catch {
    return null;
  }
}

async function write(args) {
  const { values } = parseArgs({
    args,
    options: { out: { type: 'string' }, pkg: { type: 'string' }, 'skip-missing': { type: 'boolean' } },
  });
  if (values.out === undefined) throw new ScriptError('write needs --out <dir>', { usage: true });
  const out = resolve(values.out);
  const pkg = resolve(values.pkg ?? root);
  // root and pkg are checked by path too, for a copy of the repository without .git.
  const container = [root, pkg].find((dir) => isInside(out, dir)) ?? gitWorkTreeOf(out);
  if (container) {
    throw new ScriptError(`--out ${out} is inside ${container}; the output contains corpus text and must stay outside any repository`);
  }
  if (existsSync(out) && readdirSync(out).length > 0) {
    throw new ScriptError(`--out ${out} already exists and is not empty; choose a new folder so no earlier recording is overwritten`);
  }
  const entry = join(pkg, 'dist', 'index.js');
  if (!existsSync(entry)) throw new ScriptError(`${entry} is missing; run \`npm run build\` in ${pkg} first`);

  const missing = CORPORA.filter((corpus) => !existsSync(corpus.source));
  if (missing.length > 0 && !values['skip-missing']) {
    throw new ScriptError(`missing corpus files:\n${missing.map((corpus) => `  ${corpus.name}: ${corpus.source}`).join('\n')}\n(--skip-missing records the others)`);
  }
  for (const corpus of missing) console.error(`skipped ${corpus.name}: ${corpus.source} is missing`);

  const { extractQuotes } = await import(pathToFileURL(entry).href);
  mkdirSync(out, { recursive: true });
  const manifest = { package: pkg, commit: describeCommit(pkg), defaultOptions: DEFAULT_OPTIONS, corpora: {}, skipped: missing.map((corpus) => corpus.name) };
  for (const corpus of CORPORA.filter((candidate) => !missing.includes(candidate))) {
    const seen = new Set();
    const lines = [];
    let quoteCount = 0;
    for (const { id, text, options } of corpus.documents()) {
      if (seen.has(id)) throw new Error(`${corpus.name}: document id ${JSON.stringify(id)} occurs twice, so before and after could not be paired`);
      seen.add(id);
      let quotes;
      try {
        quotes = extractQuotes(text, options);
      } catch (error) {
        throw new Error(`${corpus.name}/${id}: extractQuotes threw: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
      quoteCount += quotes.length;
      lines.push(JSON.stringify(sortKeys({ id, quotes })));
    }
    writeFileSync(join(out, `${corpus.name}.jsonl`), lines.map((line) => `${line}\n`).join(''));
    manifest.corpora[corpus.name] = { source: corpus.source, documents: lines.length, quotes: quoteCount };
    console.log(`${corpus.name}: ${lines.length} documents, ${quoteCount} quotes`);
  }
  writeFileSync(join(out, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`wrote ${out} (package ${pkg}, commit ${manifest.commit ?? 'unknown'})`);
}

function readRecording(dir) {
  const path = join(dir, MANIFEST);
  if (!existsSync(path)) throw new ScriptError(`${dir} has no ${MANIFEST}; give a folder written by \`output-diff.mjs write\``);
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  /** @type {(name: string) => Map<string, object[]>} id → quotes */
  const documents = (name) => new Map(readLines(join(dir, `${name}.jsonl`)).map(({ line }) => {
    const { id, quotes } = JSON.parse(line);
    return [id, quotes];
  }));
  return { dir, manifest, documents };
}

const isSpan = (value) => value !== null && typeof value === 'object' && typeof value.text === 'string' && typeof value.start === 'number' && typeof value.end === 'number';

function clip(text, length = 60) {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

function show(value) {
  if (value === undefined) return '(absent)';
  if (isSpan(value)) return `${JSON.stringify(clip(value.text))} @${value.start}-${value.end}`;
  return JSON.stringify(value);
}

/** The fields that differ, as [path, before, after]; a span is compared whole, other objects field by field. */
function fieldChanges(before, after, prefix = '') {
  const changes = [];
  for (const key of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    const [a, b] = [before[key], after[key]];
    const path = `${prefix}${key}`;
    const bothRecords = [a, b].every((value) => value !== null && typeof value === 'object' && !isSpan(value) && !Array.isArray(value));
    if (bothRecords) changes.push(...fieldChanges(a, b, `${path}.`));
    else if (JSON.stringify(a) !== JSON.stringify(b)) changes.push([path, a, b]);
  }
  return changes;
}

const spanKey = (quote) => `${quote.start}-${quote.end}`;

/** Pairs the quotes of one document by their span; the rest were removed or added. */
function compareDocument(before, after) {
  const unpaired = new Map();
  for (const quote of after) unpaired.set(spanKey(quote), [...(unpaired.get(spanKey(quote)) ?? []), quote]);
  const entries = [];
  const pairedOrder = [];
  for (const quote of before) {
    const match = unpaired.get(spanKey(quote))?.shift();
    if (match === undefined) {
      entries.push({ sign: '-', quote, changes: [] });
      continue;
    }
    pairedOrder.push(match);
    const changes = fieldChanges(quote, match);
    if (changes.length > 0) entries.push({ sign: '~', quote, changes });
  }
  for (const quote of [...unpaired.values()].flat()) entries.push({ sign: '+', quote, changes: [] });
  // Same quotes in another order still change what callers receive.
  const afterOrder = after.filter((quote) => pairedOrder.includes(quote));
  const reordered = afterOrder.some((quote, index) => quote !== pairedOrder[index]);
  return { entries, reordered };
}

function diffCorpus(name, before, after, limit) {
  const [a, b] = [before.documents(name), after.documents(name)];
  const lines = [];
  const counts = { '~': 0, '-': 0, '+': 0 };
  const fieldCounts = new Map();
  let documentsDiffering = 0;
  let listed = 0;
  let unlisted = 0;
  const list = (line) => {
    if (listed < limit) {
      lines.push(line);
      listed++;
    } else unlisted++;
  };
  for (const id of new Set([...a.keys(), ...b.keys()])) {
    if (!b.has(id) || !a.has(id)) {
      documentsDiffering++;
      list(`  ${a.has(id) ? '-' : '+'} document ${id}: only in ${a.has(id) ? 'before' : 'after'}`);
      continue;
    }
    const { entries, reordered } = compareDocument(a.get(id), b.get(id));
    if (entries.length === 0 && !reordered) continue;
    documentsDiffering++;
    if (reordered) list(`  ~ ${id}: quotes in a different order`);
    for (const { sign, quote, changes } of entries) {
      counts[sign]++;
      for (const [path] of changes) fieldCounts.set(path, (fieldCounts.get(path) ?? 0) + 1);
      const where = sign === '~' ? '' : ` (only in ${sign === '-' ? 'before' : 'after'})`;
      list(`  ${sign} ${id} @${quote.start}-${quote.end} ${JSON.stringify(clip(quote.text, 50))}${where}${changes.map(([path, old, now]) => `\n      ${path}: ${show(old)} → ${show(now)}`).join('')}`);
    }
  }
  const quotesIn = (documents) => [...documents.values()].reduce((sum, quotes) => sum + quotes.length, 0);
  const fields = [...fieldCounts].map(([path, count]) => `${path} ${count}`).join(', ');
  const summary = `${name}: ${a.size} → ${b.size} documents, ${documentsDiffering} differ; ${quotesIn(a)} → ${quotesIn(b)} quotes: `
    + `${counts['~']} changed, ${counts['-']} removed, ${counts['+']} added${fields ? ` (fields: ${fields})` : ''}`;
  if (unlisted > 0) lines.push(`  … ${unlisted} more (raise --limit)`);
  return { differs: documentsDiffering > 0, lines: [summary, ...lines] };
}

function diff(args) {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { limit: { type: 'string' } } });
  if (positionals.length !== 2) throw new ScriptError('diff needs <beforeDir> <afterDir>', { usage: true });
  const limit = values.limit === undefined ? DEFAULT_LIMIT : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 0) throw new ScriptError(`--limit takes a whole number, got "${values.limit}"`, { usage: true });
  const [before, after] = positionals.map((dir) => readRecording(resolve(dir)));
  for (const [label, { dir, manifest }] of [['before', before], ['after', after]]) {
    console.log(`${label}: ${dir} (commit ${manifest.commit ?? 'unknown'})`);
  }
  let differs = false;
  for (const name of new Set([...Object.keys(before.manifest.corpora), ...Object.keys(after.manifest.corpora)])) {
    const absentFrom = [before, after].find(({ manifest }) => !(name in manifest.corpora));
    if (absentFrom !== undefined) {
      differs = true;
      console.log(`${name}: not recorded in ${absentFrom === before ? 'before' : 'after'}`);
      continue;
    }
    const result = diffCorpus(name, before, after, limit);
    differs ||= result.differs;
    console.log(result.lines.join('\n'));
  }
  console.log(differs ? 'outputs differ' : 'no differences');
  return differs ? 1 : 0;
}

const [command, ...rest] = process.argv.slice(2);
try {
  if (command === 'write') await write(rest);
  else if (command === 'diff') process.exitCode = diff(rest);
  else throw new ScriptError(command === undefined ? 'no command given' : `unknown command "${command}"`, { usage: true });
} catch (error) {
  // parseArgs reports unknown options with a code rather than our class.
  const usage = error?.code?.startsWith?.('ERR_PARSE_ARGS') || (error instanceof ScriptError && error.usage);
  if (usage || error instanceof ScriptError) {
    console.error(`output-diff: ${error.message}${usage ? `\n\n${USAGE}` : ''}`);
    process.exitCode = 1;
  } else throw error;
}
