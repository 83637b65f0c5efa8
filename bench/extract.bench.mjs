// Speed benchmark for extractQuotes (`npm run bench`), measured against the
// built package in dist/. Flags are in USAGE below.
//
// Every ratio compares figures taken in the same process, in interleaved
// rounds, so that load from other processes hits both sides alike. In-process
// timings use this process's CPU time (user + system) by default: on a shared
// machine, wall-clock time also counts the time other processes held the core.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { Bench } from 'tinybench';
import { cpuClockMs, median, wallClockMs } from './measure.mjs';
import { loadFixtures, loadPolnear, polnearPath, repoRoot, syntheticArticles } from './texts.mjs';

const USAGE = `usage: npm run bench -- [--quick] [--json] [--wall] [--polnear path/to/dev.jsonl | --no-polnear]
  --quick       fewer rounds, shorter tasks: about 45 s (the full run: about 2.5 minutes)
  --json        the figures as JSON on stdout, the table on stderr
  --wall        time by wall clock instead of the process's CPU time
  --polnear     the PolNeAR dev split (default: ../shared/corpora/polnear/dev.jsonl, beside the repository)
  --no-polnear  bench without it: the fixtures only, and the output says so`;

let values;
try {
  ({ values } = parseArgs({
    options: {
      quick: { type: 'boolean' }, json: { type: 'boolean' }, wall: { type: 'boolean' },
      polnear: { type: 'string' }, 'no-polnear': { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (error) {
  console.error(`bench: ${error.message}\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const quick = values.quick ?? false;
const asJson = values.json ?? false;
const wallClock = values.wall ?? false;
const log = asJson ? console.error : console.log;
const polnearFile = polnearPath('bench', values);

const distPath = join(repoRoot, 'dist', 'index.js');
if (!existsSync(distPath)) {
  console.error(`bench: ${distPath} is missing. Run \`npm run build\` first, then \`npm run bench\`.`);
  process.exit(1);
}
const distUrl = pathToFileURL(distPath).href;
const textsUrl = pathToFileURL(join(repoRoot, 'bench', 'texts.mjs')).href;
const adversarialPath = join(repoRoot, 'bench', 'adversarial.mjs');

const TARGETS = {
  winkRatio: 0.7, // extractQuotes throughput ≥ 0.7 × wink readDoc(sbd+pos), with default kinds and with indirect
  compromiseRatio: 20, // extractQuotes throughput ≥ 20 × compromise .quotations()
  linearGrowth: 1.2, // time per character, 16× larger document ÷ small documents
  firstCallMs: 150, // import + model load + first article, fresh process
  minifiedBytes: 25_000, // our code only, wink external
  adversarialRatio: 5, // extractQuotes time ÷ wink readDoc time on the same text
};

// Budgets: full run stays under about 3 minutes on 2 cores; --quick under about 45 s.
const BUDGET = quick
  ? { rounds: 1, taskMs: 300, warmupMs: 2000, minIterations: 2, growthPairs: 4, freshRuns: 3, memoryChars: 10 * 1024 * 1024, caseMs: 300, caseTimeoutMs: 15_000 }
  : { rounds: 7, taskMs: 600, warmupMs: 3000, minIterations: 2, growthPairs: 12, freshRuns: 5, memoryChars: 10 * 1024 * 1024, caseMs: 1000, caseTimeoutMs: 30_000 };
const COMPROMISE_SUBSET_CHARS = quick ? 60_000 : 150_000;
const GROWTH_CHUNK_CHARS = 20_000;
const GROWTH_FACTOR = 16;

const clockMs = wallClock ? wallClockMs : cpuClockMs;
const clockName = wallClock ? 'wall-clock time' : 'CPU time of the process';

const { extractQuotes } = await import(distUrl);
const { default: winkNLP } = await import('wink-nlp');
const { default: winkModel } = await import('wink-eng-lite-web-model');
const { default: compromise } = await import('compromise');
const wink = winkNLP(winkModel, ['sbd', 'pos']);
const its = wink.its;

// Each task returns a count of its output, so no call's work can be optimised away.
const countingLoop = (texts, count) => () => {
  let total = 0;
  for (const text of texts) total += count(text);
  return total;
};
const extractAll = (texts) => countingLoop(texts, (text) => extractQuotes(text).length);
const ALL_KINDS = { kinds: ['direct', 'partial', 'indirect'] };
const extractAllKinds = (texts) => countingLoop(texts, (text) => extractQuotes(text, ALL_KINDS).length);
const winkAll = (texts) => countingLoop(texts, (text) => wink.readDoc(text).tokens().out(its.pos).length);
const compromiseAll = (texts) => countingLoop(texts, (text) => compromise(text).quotations().length);

const tokenCount = (texts) => texts.reduce((sum, text) => sum + wink.readDoc(text).tokens().length(), 0);
const charCount = (texts) => texts.reduce((sum, text) => sum + text.length, 0);

/** Median latency (ms) of one call of `fn`, measured by tinybench. */
async function latencyMs(fn, timeMs) {
  const bench = new Bench({ time: timeMs, iterations: BUDGET.minIterations, warmupTime: 0, warmupIterations: 1, now: clockMs });
  bench.add('task', fn);
  await bench.run();
  const { result } = bench.tasks[0];
  if (result.state !== 'completed') throw result.error ?? new Error(`benchmark task ended in state ${result.state}`);
  return result.latency.p50;
}

/**
 * Interleaved rounds: every round measures each task once, in turn. Returns the
 * median latency of each task and the median of each per-round ratio
 * `latency[denominatorTask] / latency[task]` (= throughput ratio).
 */
async function interleaved(tasks) {
  // Warm every task up for the same time before any is timed. Throughput means
  // the steady state (the first call is measured apart): cold, the first
  // dataset's extractQuotes was timed while V8 still compiled the pipeline,
  // at half its steady speed (0.30x wink instead of 0.60x on the fixtures),
  // while wink's code was already hot from counting tokens. From a cold start,
  // extractQuotes reaches its steady speed on the fixtures after about 2.5 s of
  // CPU time (after 1 s it is still about 10% slower); wink alone after 0.75 s.
  for (const fn of tasks) {
    const until = clockMs() + BUDGET.warmupMs;
    do fn();
    while (clockMs() < until);
  }
  const perRound = tasks.map(() => []);
  for (let round = 0; round < BUDGET.rounds; round++) {
    // Every other round runs the tasks in reverse order, so that neither always runs first.
    const order = [...tasks.keys()];
    if (round % 2 === 1) order.reverse();
    for (const index of order) perRound[index].push(await latencyMs(tasks[index], BUDGET.taskMs));
  }
  /** The per-round ratios `latency[slow] / latency[fast]`: their median, and the lowest and highest as a spread. */
  const ratio = (fast, slow) => {
    const ratios = perRound[fast].map((ms, round) => perRound[slow][round] / ms);
    return { median: median(ratios), low: Math.min(...ratios), high: Math.max(...ratios) };
  };
  return { latency: perRound.map(median), ratio };
}

const results = { machine: machineInfo(), quick, clock: clockName, polnear: polnearFile ?? 'left out (--no-polnear)', targets: TARGETS, throughput: [], growth: null, firstCall: null, memory: null, size: null, adversarial: null };
const verdicts = [];
const verdict = (pass) => {
  verdicts.push(pass);
  return pass ? 'PASS' : 'FAIL';
};

function machineInfo() {
  const cpus = os.cpus();
  return { cpu: cpus[0]?.model ?? 'unknown', cores: cpus.length, memoryGB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.arch()}`, loadAverage1m: os.loadavg()[0] };
}

const fmt = (value, digits = 0) => value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const kb = (chars) => `${fmt(chars / 1000, 0)} kB`;
const row = (label, ...cells) => log(`  ${label.padEnd(44)}${cells.map((cell) => String(cell).padStart(15)).join('')}`);
/** Rates that only a stub reaches would overflow the columns: show those in exponent form. */
const fmtRate = (value, digits) => (value >= 1e8 ? value.toExponential(2) : fmt(value, digits));

function warnIfDistIsStale() {
  const srcDir = join(repoRoot, 'src');
  if (!existsSync(srcDir)) return;
  const newestSource = Math.max(...readdirSync(srcDir, { recursive: true }).map((file) => statSync(join(srcDir, file)).mtimeMs));
  if (newestSource > statSync(distPath).mtimeMs) log('WARNING: src/ is newer than dist/index.js; run `npm run build` to measure the current code.\n');
}

// ---------------------------------------------------------------- machine
const machine = results.machine;
log(`quote-attribution bench${quick ? ' (--quick)' : ''}`);
log(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, ${machine.platform}, node ${machine.node}, load average ${machine.loadAverage1m.toFixed(2)}`);
log(`measuring ${distPath}\n`);
warnIfDistIsStale();

// ---------------------------------------------------------------- throughput
const datasets = [];
const fixtures = loadFixtures();
if (fixtures.length > 0) datasets.push({ name: `fixtures (${fixtures.length} docs)`, articles: fixtures });
if (polnearFile === null) log('PolNeAR dev: left out (--no-polnear); its throughput rows are missing and every other figure uses the fixtures.\n');
else {
  const polnear = loadPolnear(polnearFile);
  datasets.push({ name: `PolNeAR dev (${polnear.length} docs, read at run time)`, articles: polnear });
}
if (datasets.length === 0) {
  const synthetic = syntheticArticles();
  datasets.push({ name: `synthetic (${synthetic.length} docs; no fixtures, no corpus)`, articles: synthetic });
}

/** Every k-th article, k chosen so the subset stays near `maxChars`: compromise is slow. */
function spreadSubset(articles, maxChars) {
  const total = charCount(articles.map((article) => article.text));
  const stride = Math.max(1, Math.ceil(total / maxChars));
  return articles.filter((_, index) => index % stride === 0);
}

log(`Throughput (tinybench median latency in ${clockName}; median over ${BUDGET.rounds} interleaved rounds; ratios: median, and lowest–highest round in the MB/s column)`);
row('', 'docs/s', 'tokens/s', 'MB/s', 'target', '');
for (const dataset of datasets) {
  const texts = dataset.articles.map((article) => article.text);
  const tokens = tokenCount(texts);
  const chars = charCount(texts);
  log(`  ${dataset.name}: ${kb(chars)}, ${fmt(tokens)} wink tokens`);
  // Hint: reported speech reads every paragraph, so it is timed apart, against the same wink rounds.
  const main = await interleaved([extractAll(texts), winkAll(texts), extractAllKinds(texts)]);

  const subset = spreadSubset(dataset.articles, COMPROMISE_SUBSET_CHARS).map((article) => article.text);
  const subsetTokens = tokenCount(subset);
  const peer = await interleaved([extractAll(subset), compromiseAll(subset)]);

  const toWink = main.ratio(0, 1);
  const withIndirectToWink = main.ratio(2, 1);
  const toCompromise = peer.ratio(0, 1);
  const rates = (ms, docs, tokenTotal, charTotal) => ({ docsPerSec: (docs * 1000) / ms, tokensPerSec: (tokenTotal * 1000) / ms, mbPerSec: charTotal / 1000 / ms });
  const entry = {
    dataset: dataset.name,
    docs: texts.length,
    chars,
    tokens,
    extractQuotes: rates(main.latency[0], texts.length, tokens, chars),
    wink: rates(main.latency[1], texts.length, tokens, chars),
    ratioToWink: toWink.median,
    ratioToWinkSpread: { low: toWink.low, high: toWink.high },
    extractQuotesWithIndirect: rates(main.latency[2], texts.length, tokens, chars),
    withIndirectRatioToWink: withIndirectToWink.median,
    withIndirectRatioToWinkSpread: { low: withIndirectToWink.low, high: withIndirectToWink.high },
    compromiseSubset: { docs: subset.length, chars: charCount(subset), tokens: subsetTokens },
    extractQuotesOnSubset: rates(peer.latency[0], subset.length, subsetTokens, charCount(subset)),
    compromise: rates(peer.latency[1], subset.length, subsetTokens, charCount(subset)),
    ratioToCompromise: toCompromise.median,
    ratioToCompromiseSpread: { low: toCompromise.low, high: toCompromise.high },
  };
  results.throughput.push(entry);
  const show = (label, rate) => row(label, fmtRate(rate.docsPerSec, 1), fmtRate(rate.tokensPerSec, 0), fmtRate(rate.mbPerSec, 2));
  show('extractQuotes', entry.extractQuotes);
  show("wink readDoc (sbd+pos) + out(its.pos)", entry.wink);
  const spread = ({ low, high }, digits) => `${fmt(low, digits)}–${fmt(high, digits)}`;
  row('extractQuotes ÷ wink', '', `${fmtRate(entry.ratioToWink, 3)}×`, spread(entry.ratioToWinkSpread, 2), `≥ ${TARGETS.winkRatio}×`, verdict(entry.ratioToWink >= TARGETS.winkRatio));
  show('extractQuotes, kinds with indirect', entry.extractQuotesWithIndirect);
  row('  with indirect ÷ wink', '', `${fmtRate(entry.withIndirectRatioToWink, 3)}×`, spread(entry.withIndirectRatioToWinkSpread, 2), `≥ ${TARGETS.winkRatio}×`, verdict(entry.withIndirectRatioToWink >= TARGETS.winkRatio));
  log(`    compromise subset (every ${Math.round(texts.length / subset.length)}. doc): ${subset.length} docs, ${kb(entry.compromiseSubset.chars)}`);
  show('extractQuotes', entry.extractQuotesOnSubset);
  show('compromise nlp(text).quotations()', entry.compromise);
  row('extractQuotes ÷ compromise', '', `${fmtRate(entry.ratioToCompromise, 1)}×`, spread(entry.ratioToCompromiseSpread, 1), `≥ ${TARGETS.compromiseRatio}×`, verdict(entry.ratioToCompromise >= TARGETS.compromiseRatio));
}

// ---------------------------------------------------------------- linear growth
{
  const options = { distUrl, polnear: polnearFile, pairs: BUDGET.growthPairs, wall: wallClock, chunkChars: GROWTH_CHUNK_CHARS, factor: GROWTH_FACTOR };
  const code = `import { measureGrowth } from ${JSON.stringify(pathToFileURL(join(repoRoot, 'bench', 'growth.mjs')).href)};
process.stdout.write(JSON.stringify(await measureGrowth(${JSON.stringify(options)})));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: repoRoot, encoding: 'utf8', timeout: 300_000 });
  if (child.status !== 0) throw new Error(`linear-growth child failed (${child.status ?? child.signal}): ${firstErrorLine(child.stderr)}`);
  const growth = JSON.parse(child.stdout);
  results.growth = growth;
  log(`\nLinear growth: one ${kb(growth.largeChars)} document vs the same text as ${GROWTH_FACTOR} documents of ~${kb(growth.smallChars)} (${growth.source}; child process; median of ${growth.pairs} alternating pairs, ${clockName})`);
  row('', 'small ms/doc', 'large ms', 'per-char ratio', 'target', '');
  row('extractQuotes', fmt(growth.extractQuotes.smallMs, 2), fmt(growth.extractQuotes.largeMs, 1), `${growth.extractQuotes.perCharRatio.toFixed(2)}`, `≤ ${TARGETS.linearGrowth}`, verdict(growth.extractQuotes.perCharRatio <= TARGETS.linearGrowth));
  row('wink readDoc (reference)', fmt(growth.wink.smallMs, 2), fmt(growth.wink.largeMs, 1), `${growth.wink.perCharRatio.toFixed(2)}`, '', '');
}

// ---------------------------------------------------------------- first call, fresh process
{
  const runChild = (code) => {
    const started = performance.now();
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
    const processWallMs = performance.now() - started;
    if (child.status !== 0) throw new Error(`fresh-process child failed (${child.status ?? child.signal}): ${child.stderr}`);
    return { ...JSON.parse(child.stdout), processWallMs };
  };
  // The article is read before the clock starts; only import + first call are timed.
  // The article is read before the clock starts; only import + first call are timed.
  // A first call is a latency, so it is judged by wall-clock time; CPU time is shown beside it.
  const prelude = `import { articlePool, typicalArticle } from ${JSON.stringify(textsUrl)};
const { text } = typicalArticle(articlePool(${JSON.stringify(polnearFile)}).articles);
const cpu0 = process.cpuUsage();
const t0 = performance.now();`;
  const report = `const t2 = performance.now();
const cpu = process.cpuUsage(cpu0);
process.stdout.write(JSON.stringify({ importMs: t1 - t0, callMs: t2 - t1, totalMs: t2 - t0, cpuMs: (cpu.user + cpu.system) / 1000, chars: text.length }));`;
  const ours = `${prelude}
const { extractQuotes } = await import(${JSON.stringify(distUrl)});
const t1 = performance.now();
extractQuotes(text);
${report}`;
  const winkOnly = `${prelude}
const { default: winkNLP } = await import('wink-nlp');
const { default: model } = await import('wink-eng-lite-web-model');
const nlp = winkNLP(model, ['sbd', 'pos']);
const t1 = performance.now();
nlp.readDoc(text).tokens().out(nlp.its.pos);
${report}`;
  const oursRuns = [];
  const winkRuns = [];
  for (let run = 0; run < BUDGET.freshRuns; run++) {
    oursRuns.push(runChild(ours));
    winkRuns.push(runChild(winkOnly));
  }
  const summarise = (runs) => {
    const of = (key) => median(runs.map((r) => r[key]));
    return { importMs: of('importMs'), callMs: of('callMs'), totalMs: of('totalMs'), cpuMs: of('cpuMs'), processWallMs: of('processWallMs') };
  };
  results.firstCall = { runs: BUDGET.freshRuns, chars: oursRuns[0].chars, extractQuotes: summarise(oursRuns), wink: summarise(winkRuns) };
  const { extractQuotes: first, wink: winkFirst } = results.firstCall;
  log(`\nFirst call in a fresh process (median of ${BUDGET.freshRuns}; a typical ${kb(results.firstCall.chars)} article; wall-clock time, CPU time beside it)`);
  row('', 'import ms', 'call ms', 'total ms', 'CPU ms', 'target');
  row('import package + extractQuotes()', fmt(first.importMs, 1), fmt(first.callMs, 1), fmt(first.totalMs, 1), fmt(first.cpuMs, 1), `≤ ${TARGETS.firstCallMs} ms ${verdict(first.totalMs <= TARGETS.firstCallMs)}`);
  row('wink import + model + readDoc (reference)', fmt(winkFirst.importMs, 1), fmt(winkFirst.callMs, 1), fmt(winkFirst.totalMs, 1), fmt(winkFirst.cpuMs, 1), '');
  log(`    whole child process, spawn to exit (wall): ours ${fmt(first.processWallMs)} ms, wink ${fmt(winkFirst.processWallMs)} ms`);
}

// ---------------------------------------------------------------- peak memory
{
  const memoryChild = (library) => {
    const call = library === 'extractQuotes'
      ? `const { extractQuotes } = await import(${JSON.stringify(distUrl)}); const run = (t) => extractQuotes(t).length;`
      : `const { default: winkNLP } = await import('wink-nlp'); const { default: model } = await import('wink-eng-lite-web-model');
const nlp = winkNLP(model, ['sbd', 'pos']); const run = (t) => nlp.readDoc(t).tokens().out(nlp.its.pos).length;`;
    const code = `import { articlePool, buildDocument } from ${JSON.stringify(textsUrl)};
${call}
const pool = articlePool(${JSON.stringify(polnearFile)});
const text = buildDocument(pool.articles, ${BUDGET.memoryChars}).slice(0, ${BUDGET.memoryChars});
run(pool.articles[0].text);
globalThis.gc();
const before = process.memoryUsage();
const t0 = performance.now();
const output = run(text);
const ms = performance.now() - t0;
const after = process.memoryUsage();
process.stdout.write(JSON.stringify({ source: pool.source, chars: text.length, utf8Bytes: Buffer.byteLength(text), ms, output,
  rssBeforeMB: before.rss / 2 ** 20, heapBeforeMB: before.heapUsed / 2 ** 20,
  peakRssMB: process.resourceUsage().maxRSS / 1024, heapAfterMB: after.heapUsed / 2 ** 20, heapTotalAfterMB: after.heapTotal / 2 ** 20 }));`;
    const child = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', code], { cwd: repoRoot, encoding: 'utf8', timeout: 120_000 });
    if (child.status !== 0) return { error: `child ${child.status ?? child.signal}: ${child.stderr.trim().split('\n').slice(-3).join(' | ')}` };
    return JSON.parse(child.stdout);
  };
  const ours = memoryChild('extractQuotes');
  const winkMemory = memoryChild('wink');
  results.memory = { extractQuotes: ours, wink: winkMemory };
  const header = ours.error ? '' : ` (${fmt(ours.chars / 2 ** 20, 1)} M chars, ${fmt(ours.utf8Bytes / 2 ** 20, 1)} MB UTF-8, ${ours.source} articles repeated)`;
  log(`\nPeak memory, one 10 MB input in a child process${header}`);
  row('', 'time s', 'peak RSS MB', 'RSS before', 'heap after MB');
  for (const [label, m] of [['extractQuotes', ours], ['wink readDoc (reference)', winkMemory]]) {
    if (m.error) log(`  ${label}: FAILED ${m.error}`);
    else row(label, fmt(m.ms / 1000, 2), fmt(m.peakRssMB), fmt(m.rssBeforeMB), fmt(m.heapAfterMB));
  }
  log('    peak RSS is the process high-water mark; heap after = V8 heap used with the result still referenced');
}

// ---------------------------------------------------------------- code size
{
  const esbuild = await import('esbuild');
  const bundle = await esbuild.build({ entryPoints: [distPath], bundle: true, minify: true, format: 'esm', platform: 'neutral', target: 'es2020', external: ['wink-nlp', 'wink-eng-lite-web-model'], write: false, logLevel: 'silent' });
  const code = bundle.outputFiles[0].contents;
  results.size = { minifiedBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length, distBytes: statSync(distPath).size };
  log('\nLibrary code size (esbuild --bundle --minify of dist/index.js, wink-nlp and the model external)');
  row('', 'bytes', 'gzip -9', 'target', '');
  row('minified', fmt(results.size.minifiedBytes), fmt(results.size.gzipBytes), `≤ ${fmt(TARGETS.minifiedBytes)}`, verdict(results.size.minifiedBytes <= TARGETS.minifiedBytes));
  log(`    dist/index.js unminified: ${fmt(results.size.distBytes)} bytes`);
}

// ---------------------------------------------------------------- adversarial inputs
if (!existsSync(adversarialPath)) {
  results.adversarial = { skipped: 'bench/adversarial.mjs does not exist yet' };
  log('\nAdversarial inputs: skipped, bench/adversarial.mjs does not exist yet');
} else {
  results.adversarial = await runAdversarial();
  log(`\nAdversarial inputs (bench/adversarial.mjs; median per-call ${clockName}, in a child process with a ${BUDGET.caseTimeoutMs / 1000} s timeout per case)`);
  row('', 'chars', 'extract ms', 'wink ms', 'ratio', 'target');
  for (const outcome of results.adversarial) {
    if (outcome.error) {
      log(`  ${outcome.name}: ${outcome.error}  ${verdict(false)}`);
      continue;
    }
    row(outcome.name.slice(0, 43), fmt(outcome.chars), fmt(outcome.extractMs, 2), fmt(outcome.winkMs, 2), `${fmtRate(outcome.ratio, 2)}×`, `≤ ${TARGETS.adversarialRatio}× ${verdict(outcome.ratio <= TARGETS.adversarialRatio)}`);
  }
}

/**
 * Runs every adversarial case in a child process so a hang cannot stall the
 * bench: a case that takes longer than the timeout is reported as such, and a
 * fresh child resumes with the next case.
 */
async function runAdversarial() {
  const childCode = `import { adversarialCases } from ${JSON.stringify(pathToFileURL(adversarialPath).href)};
import { cpuClockMs, wallClockMs } from ${JSON.stringify(pathToFileURL(join(repoRoot, 'bench', 'measure.mjs')).href)};
const { extractQuotes } = await import(${JSON.stringify(distUrl)});
const { default: winkNLP } = await import('wink-nlp');
const { default: model } = await import('wink-eng-lite-web-model');
const nlp = winkNLP(model, ['sbd', 'pos']);
const cases = adversarialCases();
const from = Number(process.argv[1]);
const emit = (value) => process.stdout.write(JSON.stringify(value) + '\\n');
// Median per-call time: each sample loops until it lasts >= 20 ms, so tiny inputs are timed accurately.
const now = ${wallClock ? 'wallClockMs' : 'cpuClockMs'};
const perCallMs = (fn) => {
  const samples = [];
  const deadline = performance.now() + ${BUDGET.caseMs};
  while (samples.length < 5 && (samples.length < 1 || performance.now() < deadline)) {
    let calls = 0;
    const t0 = now();
    do { fn(); calls++; } while (now() - t0 < 20);
    samples.push((now() - t0) / calls);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
};
extractQuotes('"Warm up," she said.');
nlp.readDoc('Warm up.');
emit({ names: cases.map((c) => c.name) });
for (let index = from; index < cases.length; index++) {
  const { name, text } = cases[index];
  emit({ index, started: true });
  const extractMs = perCallMs(() => extractQuotes(text));
  const winkMs = perCallMs(() => nlp.readDoc(text).tokens().out(nlp.its.pos));
  emit({ index, name, chars: text.length, extractMs, winkMs, ratio: extractMs / winkMs });
}`;
  const outcomes = [];
  let names = null;
  let from = 0;
  while (names === null || from < names.length) {
    const child = spawn(process.execPath, ['--input-type=module', '-e', childCode, String(from)], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (data) => (stderr += data));
    let current = from;
    let timer;
    const armTimer = () => {
      clearTimeout(timer);
      timer = setTimeout(() => child.kill('SIGKILL'), BUDGET.caseTimeoutMs);
    };
    armTimer();
    for await (const line of createInterface({ input: child.stdout })) {
      const message = JSON.parse(line);
      if (message.names) names = message.names;
      else if (message.started) {
        current = message.index;
        armTimer();
      } else outcomes[message.index] = message;
    }
    const exitCode = await new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(child.exitCode ?? child.signalCode) : child.on('close', (code, signal) => resolve(code ?? signal))));
    clearTimeout(timer);
    if (names === null) return [{ name: 'adversarial.mjs', error: `could not load: ${firstErrorLine(stderr)}` }];
    if (exitCode === 0) break;
    if (current >= names.length) break;
    outcomes[current] = { name: names[current], error: exitCode === 'SIGKILL' ? `TIMEOUT > ${BUDGET.caseTimeoutMs / 1000} s` : `crashed: ${firstErrorLine(stderr)}` };
    from = current + 1;
  }
  return outcomes.filter(Boolean);
}

/** The line of a child's stderr that names the error, for a one-line report. */
function firstErrorLine(stderr) {
  const lines = stderr.trim().split('\n');
  return lines.find((line) => /\b\w*Error\b/.test(line)) ?? lines.at(-1) ?? '(no output)';
}

// ---------------------------------------------------------------- summary
results.machine.loadAverage1mAtEnd = os.loadavg()[0];
const passed = verdicts.filter(Boolean).length;
log(`\n${passed} of ${verdicts.length} targets met. Load average at the end: ${os.loadavg()[0].toFixed(2)} (other processes on this ${machine.cores}-core machine skew absolute figures; the ratios are interleaved).`);
// Said again at the end, where a reader of the verdicts looks.
if (polnearFile === null) log('PolNeAR dev was left out (--no-polnear): no PolNeAR throughput rows, and the other figures come from the fixtures.');
if (asJson) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
