#!/usr/bin/env node
// @ts-check
// Checks that `npm run eval` and the reference scorer agree to 3 decimals on
// quoteP, quoteR, quoteF1 and speakerAcc, with the default options against
// `score.mjs --kinds direct --speaker-mode mention`.
// Two extractors are compared: the built package (dist/, so `npm run build` first)
// and a deliberately noisy oracle (scripts/eval-oracle.mjs) that exercises every
// matching branch even while the package finds nothing.
// A missing corpus or scorer is a failure (exit 1), never a skip: a check
// that did not run must not read as a pass.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { evaluate, parseGold } from './eval-core.mjs';
import { makeNoisyOracle } from './eval-oracle.mjs';
import { defaultPolnearDev, defaultScorer, existingPath, repoRoot as root } from './paths.mjs';

const USAGE = `usage: npm run eval:agree -- [gold.jsonl] [--scorer path/to/score.mjs]
  gold.jsonl   PolNeAR-format gold (default: ${relative(root, defaultPolnearDev)}, beside the repository)
  --scorer     the reference scorer (default: ${relative(root, defaultScorer)})
Needs the built package: run \`npm run build\` first.`;

/** @type {{ values: { scorer?: string, help?: boolean }, positionals: string[] }} */
let args;
try {
  args = parseArgs({ allowPositionals: true, options: { scorer: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
} catch (e) {
  console.error(`eval:agree: ${/** @type {Error} */ (e).message}\n${USAGE}`);
  process.exit(2);
}
if (args.values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (args.positionals.length > 1) {
  console.error(`eval:agree: expected at most one gold file, got ${args.positionals.length}\n${USAGE}`);
  process.exit(2);
}
const gold = existingPath('eval:agree', 'PolNeAR gold', args.positionals[0] ?? defaultPolnearDev,
  'Give the gold file as the first argument: npm run eval:agree -- path/to/dev.jsonl');
const scorer = existingPath('eval:agree', 'reference scorer', args.values.scorer ?? defaultScorer,
  'Give its path with --scorer path/to/score.mjs');

const KEYS = /** @type {const} */ (['quoteP', 'quoteR', 'quoteF1', 'speakerAcc']);

/** Runs score.mjs on the package in `pkgDir` and reads its summary line. @param {string} pkgDir */
function runScorer(pkgDir) {
  const out = execFileSync(process.execPath,
    [scorer, '--pkg', pkgDir, '--gold', gold, '--kinds', 'direct', '--speaker-mode', 'mention'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const line = out.trim().split('\n').pop() ?? '';
  const fields = Object.fromEntries([...line.matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1], m[2]]));
  return { line, fields };
}

/**
 * @param {string} label
 * @param {Record<string, number>} ours
 * @param {{ gold: number, pred: number }} counts
 * @param {{ line: string, fields: Record<string, string | undefined> }} theirs
 */
function compare(label, ours, counts, theirs) {
  const diffs = KEYS.filter((k) => ours[k]?.toFixed(3) !== theirs.fields[k]).map((k) => `${k} ${ours[k]?.toFixed(3)} vs ${theirs.fields[k]}`);
  if (String(counts.gold) !== theirs.fields.gold) diffs.push(`gold ${counts.gold} vs ${theirs.fields.gold}`);
  if (String(counts.pred) !== theirs.fields.pred) diffs.push(`pred ${counts.pred} vs ${theirs.fields.pred}`);
  const summary = KEYS.map((k) => `${k}=${ours[k]?.toFixed(3)}`).join(' ');
  console.log(`${diffs.length ? 'DIFFER' : 'agree '}  ${label}: ${summary} gold=${counts.gold} pred=${counts.pred}`);
  if (diffs.length) console.log(`        eval.mjs and score.mjs differ on ${diffs.join(', ')}\n        score.mjs: ${theirs.line}`);
  return diffs.length === 0;
}

let ok = true;

if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.log('FAIL: dist/index.js is missing: run `npm run build` first');
  process.exit(1);
}
const ours = JSON.parse(execFileSync(process.execPath, [join(root, 'scripts', 'eval.mjs'), gold, '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 }));
ok = compare('built package', ours.metrics, ours.counts, runScorer(root)) && ok;

const fakePkg = mkdtempSync(join(tmpdir(), 'eval-agree-'));
try {
  writeFileSync(join(fakePkg, 'package.json'), JSON.stringify({ name: 'noisy-oracle', type: 'module', exports: { '.': { import: './index.js' } } }));
  writeFileSync(join(fakePkg, 'index.js'), [
    `import { readFileSync } from 'node:fs';`,
    `import { parseGold } from ${JSON.stringify(pathToFileURL(join(root, 'scripts', 'eval-core.mjs')).href)};`,
    `import { makeNoisyOracle } from ${JSON.stringify(pathToFileURL(join(root, 'scripts', 'eval-oracle.mjs')).href)};`,
    `export const extractQuotes = makeNoisyOracle(parseGold(readFileSync(${JSON.stringify(gold)}, 'utf8')));`,
  ].join('\n'));
  const docs = parseGold(readFileSync(gold, 'utf8'));
  const oracle = evaluate(docs, makeNoisyOracle(docs));
  ok = compare('noisy oracle', { ...oracle.metrics }, oracle.counts, runScorer(fakePkg)) && ok;
} finally {
  rmSync(fakePkg, { recursive: true, force: true });
}

process.exit(ok ? 0 : 1);
