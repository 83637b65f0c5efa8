/**
 * The README's "Scaling out" recipe, run as written: GNU parallel cuts a JSONL
 * corpus into blocks at line ends and runs `quote-attribution --jsonl -` on
 * each; with --keep-order the concatenated output must be byte for byte what
 * one process writes for the whole corpus. `.ci/run` installs parallel, so
 * this is skipped only on a machine without it.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliPath, runProcess, type CliRun } from './support/run-cli.js';

const parallelVersion = spawnSync('parallel', ['--version'], { encoding: 'utf8' });
const hasParallel = parallelVersion.error === undefined;
if (!hasParallel) {
  console.warn('test/scaling-out.test.ts: SKIPPED, `parallel` is not on PATH (Debian: apt-get install -y parallel; .ci/run installs it)');
}

/** Blocks the corpus is cut into: enough that order across blocks is really tested. */
const BLOCKS = 6;

const SPEAKERS = ['Mayor Odile Varga', 'Councillor Tomas Brenning', 'Dr. Aisha Okonkwo', 'Coach Pell Hanrahan', 'the Marrow Valley Water Board'];
const TOPICS = ['the ferry timetable', 'the new library wing', 'flood defences on the Ashby road', 'the cricket ground lease', 'bus fares after dark'];
const VERBS = ['said', 'told reporters', 'added', 'wrote in a statement', 'insisted'];

/**
 * An invented corpus of `count` JSONL lines, the same on every run: short
 * stories with direct and partial quotes, pronouns, an organisation, curly
 * marks and accented names, and numeric and string ids.
 */
function generateCorpus(count: number): string {
  let seed = 20_261_201;
  const pick = <T>(items: readonly T[]): T => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return items[seed % items.length] as T;
  };
  const lines: string[] = [];
  for (let index = 0; index < count; index++) {
    const speaker = pick(SPEAKERS);
    const paragraphs = [
      `“We will settle ${pick(TOPICS)} before spring,” ${speaker} ${pick(VERBS)}.`,
      `${speaker.startsWith('the ') ? 'The board' : 'She'} said the plan was "long overdue" and would cost about ${index % 90} million.`,
      `"Nobody in Léonville should wait another year," ${speaker.startsWith('the ') ? 'it' : 'she'} added.`,
    ].slice(0, 1 + (index % 3));
    lines.push(JSON.stringify({ id: index % 2 === 0 ? index : `doc-${index}`, text: paragraphs.join('\n\n') }));
  }
  return `${lines.join('\n')}\n`;
}

/** Run `command args…` with stdin read from `inputPath`, and `bin` (the built CLI as `quote-attribution`) first on PATH. */
function runWithInput(command: string, args: readonly string[], inputPath: string, bin: string): Promise<CliRun> {
  const env = { ...process.env, PATH: `${bin}${delimiter}${process.env['PATH'] ?? ''}` };
  return runProcess(command, args, env, (stdin) => createReadStream(inputPath).pipe(stdin));
}

describe.skipIf(!hasParallel)('scaling out: quote-attribution --jsonl - as a map step under GNU parallel --pipe', () => {
  let workDir: string;
  let bin: string;

  beforeAll(() => {
    workDir = mkdtempSync(join(tmpdir(), 'quote-attribution-parallel-'));
    // The README's command names the installed bin; here it is the one test/global-setup.ts built.
    bin = join(workDir, 'bin');
    mkdirSync(bin);
    symlinkSync(cliPath, join(bin, 'quote-attribution'));
  });

  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  /** The README's recipe with a smaller block, so a test-sized corpus still makes {@link BLOCKS} jobs. */
  async function runBoth(corpus: string): Promise<{ single: CliRun; parallel: CliRun; jobs: number }> {
    const corpusPath = join(workDir, 'corpus.jsonl');
    const joblog = join(workDir, 'jobs.log');
    writeFileSync(corpusPath, corpus);
    const block = String(Math.ceil(Buffer.byteLength(corpus) / BLOCKS));
    const [single, parallel] = await Promise.all([
      runWithInput('quote-attribution', ['--jsonl', '-'], corpusPath, bin),
      runWithInput('parallel', ['--pipe', '--block', block, '--keep-order', '--joblog', joblog, 'quote-attribution', '--jsonl', '-'], corpusPath, bin),
    ]);
    // The job log has a header line, then one line per job run.
    const jobs = readFileSync(joblog, 'utf8').trim().split('\n').length - 1;
    return { single, parallel, jobs };
  }

  it('should be GNU parallel (moreutils has a different `parallel`)', () => {
    expect(parallelVersion.stdout).toMatch(/^GNU parallel /);
  });

  it('should write, block by block, exactly what one process writes for the whole corpus', async () => {
    const corpus = generateCorpus(3000);
    const { single, parallel, jobs } = await runBoth(corpus);
    expect(jobs).toBeGreaterThanOrEqual(BLOCKS - 1);
    expect(single).toMatchObject({ code: 0, stderr: '' });
    expect(parallel).toMatchObject({ code: 0, stderr: '' });
    expect(parallel.stdout).toBe(single.stdout);
    const records = parallel.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { id: unknown; quotes: unknown[] });
    expect(records.map((record) => record.id)).toEqual(corpus.trimEnd().split('\n').map((line) => (JSON.parse(line) as { id: unknown }).id));
    // Every story opens with an attributed quote, so an empty result would be a broken run, not a match.
    expect(records.every((record) => record.quotes.length > 0)).toBe(true);
  }, 120_000);

  it('should skip and report a bad line as one process does, with exit status 1 for the one block that had it', async () => {
    const lines = generateCorpus(3000).split('\n');
    lines[2000] = '{"id": "bad", "text": 42}';
    const { single, parallel } = await runBoth(lines.join('\n'));
    expect(single.code).toBe(1);
    expect(parallel.code).toBe(1);
    expect(parallel.stdout).toBe(single.stdout);
    expect(single.stderr).toMatch(/^stdin:2001: document "bad": "text" must be a string, got the number 42\n/);
    // Each block is its own stdin, so the line number counts from the block's start; the id is what finds the line.
    expect(parallel.stderr).toMatch(/^stdin:\d+: document "bad": "text" must be a string, got the number 42\n/);
  }, 120_000);
});
