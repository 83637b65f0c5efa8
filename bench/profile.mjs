// CPU profile of extractQuotes over the PolNeAR dev split (or the fixtures):
// prints the hottest functions by self time, split into our code (mapped back
// to src/ through dist/index.js.map), wink-nlp, and the rest.
//
//   npm run build && node bench/profile.mjs [--seconds 6] [--top 3] [--polnear path/to/dev.jsonl | --fixtures] [--indirect] [--keep]
//
// --indirect asks for reported speech too (kinds direct, partial, indirect).
// --polnear is the dev split (default: ../shared/corpora/polnear/dev.jsonl,
// beside the repository); --fixtures profiles the repo's fixtures instead.
//
// It re-runs itself under `node --cpu-prof`; --keep leaves the .cpuprofile file
// (open it in Chrome DevTools → Performance) and prints its path.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { SourceMap } from 'node:module';
import os from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { articlePool, loadFixtures, polnearPath, repoRoot } from './texts.mjs';

const USAGE = 'usage: node bench/profile.mjs [--seconds 6] [--top 3] [--polnear path/to/dev.jsonl | --fixtures] [--indirect] [--keep]';
let values;
try {
  ({ values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '6' }, top: { type: 'string', default: '3' },
      polnear: { type: 'string' }, fixtures: { type: 'boolean' }, indirect: { type: 'boolean' }, keep: { type: 'boolean' },
      // Internal: the profiled re-run of this script.
      child: { type: 'boolean' },
    },
  }));
} catch (error) {
  console.error(`profile: ${error.message}\n${USAGE}`);
  process.exit(2);
}
const seconds = Number(values.seconds);
const top = Number(values.top);
const distPath = join(repoRoot, 'dist', 'index.js');
const polnear = polnearPath('profile', { polnear: values.polnear, 'no-polnear': values.fixtures }, '--fixtures');

if (values.child) {
  const { extractQuotes } = await import(pathToFileURL(distPath).href);
  const { source, articles } = polnear === null ? { source: 'fixtures', articles: loadFixtures() } : articlePool(polnear);
  const texts = articles.map((article) => article.text);
  const options = values.indirect ? { kinds: ['direct', 'partial', 'indirect'] } : {};
  extractQuotes(texts[0], options);
  const deadline = performance.now() + seconds * 1000;
  let passes = 0;
  let quotes = 0;
  const started = performance.now();
  while (performance.now() < deadline) {
    for (const text of texts) quotes += extractQuotes(text, options).length;
    passes++;
  }
  const ms = performance.now() - started;
  process.stdout.write(JSON.stringify({ source, docs: texts.length, passes, quotes, ms }));
  process.exit(0);
}

if (!existsSync(distPath)) {
  console.error(`profile: ${distPath} is missing. Run \`npm run build\` first.`);
  process.exit(1);
}

const profileDir = mkdtempSync(join(os.tmpdir(), 'quote-profile-'));
const childArgs = ['--child', '--seconds', String(seconds), ...(polnear === null ? ['--fixtures'] : ['--polnear', polnear]), ...(values.indirect ? ['--indirect'] : [])];
const child = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, fileURLToPath(import.meta.url), ...childArgs], { cwd: repoRoot, encoding: 'utf8' });
if (child.status !== 0) {
  console.error(`profile: the profiled run failed:\n${child.stderr}`);
  process.exit(1);
}
const run = JSON.parse(child.stdout);
const profileFile = join(profileDir, readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile')));
const profile = JSON.parse(readFileSync(profileFile, 'utf8'));

const distDirUrl = pathToFileURL(join(repoRoot, 'dist')).href + '/';
const benchDirUrl = pathToFileURL(join(repoRoot, 'bench')).href + '/';
const sourceMaps = new Map();
/** The source map of a built file under dist/, or null. */
function sourceMapFor(url) {
  if (!sourceMaps.has(url)) {
    const mapPath = `${fileURLToPath(url)}.map`;
    sourceMaps.set(url, existsSync(mapPath) ? new SourceMap(JSON.parse(readFileSync(mapPath, 'utf8'))) : null);
  }
  return sourceMaps.get(url);
}

/** Which body of code a profile frame belongs to. */
function category(url) {
  if (url.startsWith(distDirUrl)) return 'ours';
  if (url.startsWith(benchDirUrl)) return 'bench harness';
  if (url.includes('/node_modules/wink-nlp/')) return 'wink-nlp';
  if (url.includes('/node_modules/wink-eng-lite-web-model/')) return 'model';
  return 'other';
}

/** "name src/file.ts:line", mapped through the source map for our own code. */
function describe(callFrame) {
  const name = callFrame.functionName || '(anonymous)';
  if (!callFrame.url) return name;
  const entry = callFrame.url.startsWith(distDirUrl) ? sourceMapFor(callFrame.url)?.findEntry(callFrame.lineNumber, callFrame.columnNumber) : null;
  if (entry?.originalSource) {
    const source = entry.originalSource.startsWith('file:') ? fileURLToPath(entry.originalSource) : join(repoRoot, 'dist', entry.originalSource);
    return `${name} ${relative(repoRoot, source)}:${entry.originalLine + 1}`;
  }
  const path = callFrame.url.startsWith('file:') ? fileURLToPath(callFrame.url) : callFrame.url;
  return `${name} ${relative(repoRoot, path).replace(/^node_modules\//, '')}:${callFrame.lineNumber + 1}`;
}

// Self time per node from the sample stream; inclusive time per function by
// walking the call tree, counting a recursive function once per stack.
const nodesById = new Map(profile.nodes.map((node) => [node.id, node]));
const selfMs = new Map();
for (const [index, id] of profile.samples.entries()) selfMs.set(id, (selfMs.get(id) ?? 0) + profile.timeDeltas[index] / 1000);
const totalMs = [...selfMs.values()].reduce((a, b) => a + b, 0);

const functions = new Map();
const keyOf = (node) => {
  const { functionName, url, lineNumber, columnNumber } = node.callFrame;
  return `${functionName}|${url}|${lineNumber}|${columnNumber}`;
};
const stack = [[nodesById.get(profile.nodes[0].id), new Set()]];
while (stack.length > 0) {
  const [node, ancestors] = stack.pop();
  const key = keyOf(node);
  const onPath = new Set(ancestors).add(key);
  const own = selfMs.get(node.id) ?? 0;
  if (!functions.has(key)) functions.set(key, { label: describe(node.callFrame), category: category(node.callFrame.url), selfMs: 0, inclusiveMs: 0 });
  functions.get(key).selfMs += own;
  for (const onStack of onPath) functions.get(onStack).inclusiveMs += own;
  for (const childId of node.children ?? []) stack.push([nodesById.get(childId), onPath]);
}

const percent = (ms) => `${((100 * ms) / totalMs).toFixed(1).padStart(5)}%`;
console.log(`extractQuotes on ${run.source}: ${run.docs} docs × ${run.passes} passes, ${run.quotes} quotes, ${(run.ms / 1000).toFixed(1)} s; ${(run.docs * run.passes * 1000 / run.ms).toFixed(0)} docs/s under the profiler`);
console.log(`profile: ${(totalMs / 1000).toFixed(1)} s sampled (includes module load and the warm-up call)\n`);

const byCategory = new Map();
for (const fn of functions.values()) byCategory.set(fn.category, (byCategory.get(fn.category) ?? 0) + fn.selfMs);
console.log('self time by code body');
for (const [name, ms] of [...byCategory].sort((a, b) => b[1] - a[1])) console.log(`  ${percent(ms)}  ${name}`);

const hottest = (name) => [...functions.values()].filter((fn) => fn.category === name).sort((a, b) => b.selfMs - a.selfMs).slice(0, top);
for (const [name, title] of [['ours', 'our code (src/)'], ['wink-nlp', 'wink-nlp'], ['other', 'other (GC, V8 builtins, node)']]) {
  console.log(`\nhottest ${title}: self  inclusive`);
  for (const fn of hottest(name)) console.log(`  ${percent(fn.selfMs)}  ${percent(fn.inclusiveMs)}  ${fn.label}`);
}

const ourEntry = [...functions.values()].find((fn) => fn.label.startsWith('extractQuotes '));
if (ourEntry) console.log(`\nextractQuotes inclusive: ${percent(ourEntry.inclusiveMs)} of samples`);

if (values.keep) console.log(`\nprofile kept: ${profileFile}`);
else rmSync(profileDir, { recursive: true, force: true });
