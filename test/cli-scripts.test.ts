import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const script = (name: string): string => fileURLToPath(new URL(`../scripts/${name}`, import.meta.url));

/** Run a node script; resolves with its exit code and output whether it fails or not. */
async function runScript(path: string, args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [path, ...args], { encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const workDir = mkdtempSync(join(tmpdir(), 'quote-attribution-scripts-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('npm start (scripts/show.mjs)', () => {
  it('should say it is building when dist/cli.js is missing, and not when it is up to date', async () => {
    // Hint: a stand-in project whose `npm run build` writes a dist/cli.js that prints its arguments.
    mkdirSync(join(workDir, 'scripts'));
    mkdirSync(join(workDir, 'src'));
    copyFileSync(script('show.mjs'), join(workDir, 'scripts/show.mjs'));
    writeFileSync(join(workDir, 'src/index.ts'), 'export {};\n');
    writeFileSync(join(workDir, 'build.mjs'), `import { mkdirSync, writeFileSync } from 'node:fs';
mkdirSync('dist', { recursive: true });
writeFileSync('dist/cli.js', 'console.log(process.argv.slice(2).join(" "));\\n');
`);
    writeFileSync(join(workDir, 'package.json'), JSON.stringify({ name: 'stand-in', private: true, scripts: { build: 'node build.mjs' } }));
    const first = await runScript(join(workDir, 'scripts/show.mjs'), ['article.txt']);
    expect(first).toEqual({ code: 0, stdout: 'article.txt\n', stderr: 'Building dist/ (it is missing or older than src/)…\n' });
    const second = await runScript(join(workDir, 'scripts/show.mjs'), ['article.txt']);
    expect(second).toEqual({ code: 0, stdout: 'article.txt\n', stderr: '' });
  });
});

describe('npm run playground (scripts/playground.mjs)', () => {
  it('should print its usage with --help and exit 0', async () => {
    const { code, stdout, stderr } = await runScript(script('playground.mjs'), ['--help']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: npm run playground \[-- --port N\]\n/);
    expect(stdout).toContain('--port <N>');
  });

  it('should reject an unknown option with a message and no stack trace', async () => {
    const { code, stdout, stderr } = await runScript(script('playground.mjs'), ['--bogus']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^playground: .*'--bogus'.*\nTry 'npm run playground -- --help' for more information\.\n$/);
    expect(stderr).not.toMatch(/^\s+at /m);
  });
});
