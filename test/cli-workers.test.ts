import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';
import { runCli } from './support/run-cli.js';
import { seedArticles } from './support/seed-articles.js';

/** Makes a worker fail for real when a document's text holds a marker; see the file. */
const faults = fileURLToPath(new URL('./support/worker-faults.mjs', import.meta.url));

const articles = seedArticles();
const fault = (marker: string): string => `The mayor said, "${marker} is what this text is for."`;

let workDir: string;

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'quote-attribution-workers-'));
});

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** A corpus of the seed articles with `faulty` documents put among them, and what the CLI should write for it. */
function corpus(faulty: Record<number, { id: string; text: string }>): { input: string; expected: unknown[] } {
  const documents = articles.map((article) => ({ id: article.name, text: article.text }));
  for (const [index, document] of Object.entries(faulty).reverse()) documents.splice(Number(index), 0, document);
  return {
    input: `${documents.map((document) => JSON.stringify(document)).join('\n')}\n`,
    expected: documents.map((document) => ({ id: document.id, quotes: extractQuotes(document.text) })),
  };
}

function parseLines(stdout: string): unknown[] {
  return stdout.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as unknown);
}

function withFaults(env: NodeJS.ProcessEnv = {}): { env: NodeJS.ProcessEnv } {
  return { env: { NODE_OPTIONS: `--import=${faults}`, ...env } };
}

describe('quote-attribution --jsonl --workers, when a worker fails', () => {
  it('should replace a worker that dies, retry its document once, then report it and go on', async () => {
    const broken = { id: 'exits', text: fault('WORKER-EXITS') };
    const { input, expected } = corpus({ 1: broken });
    for (const workers of ['1', '3']) {
      const { code, stdout, stderr } = await runCli(['--jsonl', '-', '--workers', workers], { input, ...withFaults() });
      expect(code).toBe(1);
      expect(parseLines(stdout)).toEqual(expected.filter((line) => (line as { id: string }).id !== broken.id));
      expect(stderr.split('\n')).toEqual([
        'stdin:2: document "exits": extraction failed: its worker died on each of 2 attempts (last: exit code 70)',
        expect.stringMatching(new RegExp(`^quote-attribution: ${articles.length} documents, \\d+ quotes, 1 error, \\d+\\.\\d s$`)),
        '',
      ]);
    }
  });

  it('should write a document whose worker died once, from its second attempt, and exit 0', async () => {
    const { input, expected } = corpus({ 2: { id: 'exits-once', text: fault('WORKER-EXITS-ONCE') } });
    const flag = join(workDir, 'exited-once');
    const { code, stdout, stderr } = await runCli(['--jsonl', '-', '--workers', '2'], { input, ...withFaults({ WORKER_FAULT_FLAG: flag }) });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(parseLines(stdout)).toEqual(expected);
    rmSync(flag);
  });

  it('should report a document whose worker ran out of memory', async () => {
    const { input, expected } = corpus({ 0: { id: 'hoards', text: fault('WORKER-RUNS-OUT-OF-MEMORY') } });
    const env = withFaults().env;
    const { code, stdout, stderr } = await runCli(['--jsonl', '-', '--workers', '1'], {
      input,
      env: { ...env, NODE_OPTIONS: `${env['NODE_OPTIONS']} --max-old-space-size=256` },
    });
    expect(code).toBe(1);
    expect(parseLines(stdout)).toEqual(expected.slice(1));
    expect(stderr.split('\n')[0]).toBe('stdin:1: document "hoards": extraction failed: its worker died on each of 2 attempts (last: out of memory)');
  });

  it('should stop a worker past --task-timeout and report its document without a retry', async () => {
    // Hint: 5 s, because a worker's first extraction, before V8 has optimised it, can take half a second on a busy machine.
    const { input, expected } = corpus({ 1: { id: 'hangs', text: fault('WORKER-HANGS') } });
    const { code, stdout, stderr } = await runCli(['--jsonl', '-', '--workers', '2', '--task-timeout', '5'], { input, ...withFaults() });
    expect(code).toBe(1);
    expect(parseLines(stdout)).toEqual(expected.filter((line) => (line as { id: string }).id !== 'hangs'));
    expect(stderr.split('\n')[0]).toBe('stdin:2: document "hangs": extraction failed: took longer than the time limit of 5 s');
    expect(stderr.split('\n')).toHaveLength(3);
  });

  it('should stop with one message when no worker can start', async () => {
    const { input } = corpus({});
    const { code, stdout, stderr } = await runCli(['--jsonl', '-', '--workers', '2'], { input, ...withFaults({ WORKER_FAULT_AT_START: '1' }) });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.split('\n')).toEqual([
      'stdin:1: no extraction worker could start (worker-faults: failing at start); stopped',
      expect.stringMatching(/^quote-attribution: 0 documents, 0 quotes, 1 error, \d+\.\d s \(stopped early\)$/),
      '',
    ]);
  });
});
