import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The evaluation and bench scripts read the PolNeAR corpus and the reference
// scorer from ../shared, beside the repository, or from paths given to them.
// A path that is not there must fail loudly, never read as a pass.

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const defaultDev = resolve(repoRoot, '..', 'shared', 'corpora', 'polnear', 'dev.jsonl');

interface Run { code: number | null; stdout: string; stderr: string }

/** `node <repo>/<script> ...args` from `cwd`, resolving with its exit code whatever it is. */
function runScript(script: string, args: string[], cwd: string): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, [join(repoRoot, script), ...args], { cwd, maxBuffer: 1 << 26 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

/** Given relative, so each script must resolve it from its working directory, workDir. */
const missing = join('not-here', 'dev.jsonl');
let workDir: string;
let someFile: string;

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'quote-attribution-paths-'));
  someFile = join(workDir, 'gold.jsonl');
  writeFileSync(someFile, '');
});

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('a corpus or scorer path that does not exist', () => {
  it.each([
    ['scripts/eval.mjs', [missing]],
    ['scripts/eval-agree.mjs', [missing]],
    ['bench/extract.bench.mjs', ['--polnear', missing]],
    ['bench/profile.mjs', ['--polnear', missing]],
  ])('should make %s exit 1 and name the path, resolved from the working directory', async (script, args) => {
    const run = await runScript(script, args, workDir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${join(workDir, missing)} does not exist`);
    expect(run.stdout).not.toMatch(/SKIP/);
  });

  it('should make eval:agree exit 1 when the scorer is missing, naming it', async () => {
    const scorer = join(workDir, 'score.mjs');
    const run = await runScript('scripts/eval-agree.mjs', [someFile, '--scorer', scorer], workDir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`reference scorer not found: ${scorer} does not exist`);
  });
});

describe('the default corpus path', () => {
  // ../shared is beside this project's checkouts but need not be on a CI
  // machine, so which branch runs depends on the machine; each asserts.
  it(`should be ${defaultDev}, whatever the working directory`, async () => {
    const run = await runScript('scripts/eval.mjs', ['--json', '--limit', '1'], workDir);
    if (existsSync(defaultDev)) {
      expect(run.stderr).not.toContain('does not exist');
      expect(run.code).toBe(0);
      const report = JSON.parse(run.stdout) as { file: string; counts: { docs: number } };
      expect(report.file).toBe(defaultDev);
      expect(report.counts.docs).toBe(1);
    } else {
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`${defaultDev} does not exist`);
    }
  });

  it('should not be given to the bench together with --no-polnear', async () => {
    const run = await runScript('bench/extract.bench.mjs', ['--polnear', someFile, '--no-polnear'], workDir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--polnear and --no-polnear contradict each other');
  });
});
