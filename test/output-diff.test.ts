import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../scripts/output-diff.mjs', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

function run(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Made-up recordings in the format `write` produces, with offsets that match the text.
const TEXT = 'Ada Lane said "We will reopen the bridge." Then she added "soon".';
const quote = (text: string, speakerName: string | null, cue: string | null) => {
  const start = TEXT.indexOf(text);
  const span = (part: string) => ({ text: part, start: TEXT.indexOf(part), end: TEXT.indexOf(part) + part.length });
  return {
    text, start, end: start + text.length, kind: 'direct', confidence: 0.9, rule: 'quote-cue-name',
    speaker: speakerName === null ? null : { id: 1, name: speakerName, title: null, mention: span('Ada Lane') },
    cue: cue === null ? null : span(cue),
  };
};

let workDir: string;

function writeRecording(name: string, documents: { id: string; quotes: unknown[] }[]): string {
  const dir = join(workDir, name);
  mkdirSync(dir);
  const quotes = documents.reduce((sum, document) => sum + document.quotes.length, 0);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ commit: name, corpora: { sample: { documents: documents.length, quotes } } }));
  writeFileSync(join(dir, 'sample.jsonl'), documents.map((document) => `${JSON.stringify(document)}\n`).join(''));
  return dir;
}

let before: string;
let after: string;

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'quote-attribution-output-diff-'));
  before = writeRecording('before', [
    { id: 'same', quotes: [quote('We will reopen the bridge.', 'Ada Lane', 'said')] },
    { id: 'changed', quotes: [quote('We will reopen the bridge.', 'Ada Lane', 'said'), quote('soon', 'Ada Lane', 'added')] },
  ]);
  after = writeRecording('after', [
    { id: 'same', quotes: [quote('We will reopen the bridge.', 'Ada Lane', 'said')] },
    { id: 'changed', quotes: [quote('We will reopen the bridge.', 'Lane', null)] },
    { id: 'new', quotes: [] },
  ]);
});

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('output-diff.mjs diff', () => {
  it('should list each changed field, removed quote and added document, and exit 1', () => {
    const { code, stdout, stderr } = run(['diff', before, after]);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout).toBe([
      `before: ${before} (commit before)`,
      `after: ${after} (commit after)`,
      'sample: 2 → 3 documents, 2 differ; 3 → 2 quotes: 1 changed, 1 removed, 0 added (fields: cue 1, speaker.name 1)',
      '  ~ changed @15-41 "We will reopen the bridge."',
      '      cue: "said" @9-13 → null',
      '      speaker.name: "Ada Lane" → "Lane"',
      '  - changed @59-63 "soon" (only in before)',
      '  + document new: only in after',
      'outputs differ',
      '',
    ].join('\n'));
  });

  it('should cut the list at --limit and say how many were left out', () => {
    const { code, stdout } = run(['diff', before, after, '--limit', '1']);
    expect(code).toBe(1);
    expect(stdout).toContain('      speaker.name: "Ada Lane" → "Lane"\n  … 2 more (raise --limit)\n');
    expect(stdout).not.toContain('only in');
  });

  it('should report no differences and exit 0 for the same recording', () => {
    const { code, stdout } = run(['diff', before, before]);
    expect(code).toBe(0);
    expect(stdout).toContain('sample: 2 → 2 documents, 0 differ; 3 → 3 quotes: 0 changed, 0 removed, 0 added\nno differences\n');
  });
});

describe('output-diff.mjs write', () => {
  it('should refuse an --out folder inside the repository and write nothing', () => {
    const out = join(repoRoot, 'output-diff-must-not-exist');
    const { code, stderr } = run(['write', '--out', out]);
    expect(code).toBe(1);
    expect(stderr).toContain(`--out ${out} is inside`);
    expect(stderr).toContain('must stay outside any repository');
    expect(existsSync(out)).toBe(false);
  });
});
