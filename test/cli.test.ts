import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';
import { cliPath, runCli } from './support/run-cli.js';
import { seedArticles, type Article } from './support/seed-articles.js';

const articles = seedArticles();
const article = articles[0] as Article;
const tableWidth = 100;

/** The JSONL corpus: every seed article three times, so several workers get work at once. */
const documents = [0, 1, 2].flatMap((round) => articles.map((seed) => ({ id: `${seed.name}#${round}`, text: seed.text })));
const corpusLines = documents.map((document) => JSON.stringify(document));

let workDir: string;
let corpusPath: string;

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'quote-attribution-cli-'));
  corpusPath = join(workDir, 'corpus.jsonl');
  writeFileSync(corpusPath, `${corpusLines.join('\n')}\n`);
});

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** Parse JSONL output into its records. */
function parseLines(stdout: string): unknown[] {
  return stdout.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as unknown);
}

describe('quote-attribution <article>', () => {
  it('should print a table with one row per quote that fits the width', async () => {
    const { code, stdout, stderr } = await runCli([article.path], { env: { COLUMNS: String(tableWidth) } });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const quotes = extractQuotes(article.text);
    const lines = stdout.trimEnd().split('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(tableWidth);
    if (quotes.length === 0) {
      expect(lines).toEqual(['No quotes found.']);
      return;
    }
    expect(lines[0]).toMatch(/^SPEAKER\s+TITLE\s+QUOTE$/);
    const rows = lines.slice(2, 2 + quotes.length);
    expect(lines[2 + quotes.length]).toBe('');
    expect(lines.at(-1)).toMatch(new RegExp(`^${quotes.length} quotes? from \\d+ speakers?$`));
    rows.forEach((row, index) => {
      const quote = quotes[index];
      const speaker = quote?.speaker ? (quote.speaker.name ?? quote.speaker.mention.text) : '(unknown)';
      expect(row.startsWith(speaker.slice(0, 12))).toBe(true);
      expect(row).toContain(`“${quote?.text.replace(/\s+/g, ' ').trim().slice(0, 10)}`);
    });
  });

  it('should print the result array with --json, equal to the library output', async () => {
    const { code, stdout } = await runCli(['--json', article.path]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(extractQuotes(article.text));
  });

  it('should pass --min-confidence and --kinds to extractQuotes', async () => {
    const { code, stdout } = await runCli(['--json', '--min-confidence', '0.5', '--kinds', 'direct', article.path]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(extractQuotes(article.text, { minConfidence: 0.5, kinds: ['direct'] }));
  });

  it('should read stdin when the article is "-" or when stdin is piped', async () => {
    const expected = extractQuotes(article.text);
    const dash = await runCli(['--json', '-'], { input: article.text });
    const piped = await runCli(['--json'], { input: article.text });
    expect(JSON.parse(dash.stdout)).toEqual(expected);
    expect(JSON.parse(piped.stdout)).toEqual(expected);
  });

  it('should fail with a clear message when the file cannot be read', async () => {
    const missing = join(workDir, 'missing.txt');
    const { code, stdout, stderr } = await runCli([missing]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`quote-attribution: cannot read ${missing}: no such file\n`);
    const directory = await runCli([workDir]);
    expect(directory.code).toBe(1);
    expect(directory.stderr).toBe(`quote-attribution: cannot read ${workDir}: is a directory\n`);
  });

  it.each([
    [['--bogus'], 'Unknown option'],
    [['a.txt', 'b.txt'], 'expected one article, got 2'],
    [['--workers', '2', 'a.txt'], '--workers only applies to --jsonl'],
    [['--jsonl', 'c.jsonl', '--workers', '0'], '--workers must be a whole number from 1 to 256'],
    [['--min-confidence', '1.5', 'a.txt'], '--min-confidence must be a number from 0 to 1'],
    [['--kinds', 'indirect', 'a.txt'], '--kinds takes "direct" and/or "partial"'],
    [['--json', '--jsonl', 'c.jsonl'], '--json and --jsonl cannot be combined'],
  ])('should reject %j with exit code 2', async (args, message) => {
    const { code, stdout, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toContain("Try 'quote-attribution --help'");
  });
});

describe('quote-attribution --jsonl', () => {
  const expected = documents.map((document) => ({ id: document.id, quotes: extractQuotes(document.text) }));

  it('should write one {id, quotes} line per document, in input order', async () => {
    const { code, stdout, stderr } = await runCli(['--jsonl', corpusPath]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(parseLines(stdout)).toEqual(expected);
  });

  it('should read the corpus from stdin with "-"', async () => {
    const { code, stdout } = await runCli(['--jsonl', '-'], { input: corpusLines.join('\r\n') });
    expect(code).toBe(0);
    expect(parseLines(stdout)).toEqual(expected);
  });

  it('should give the same output with --workers 2 as with --workers 1', async () => {
    const one = await runCli(['--jsonl', corpusPath, '--workers', '1']);
    const two = await runCli(['--jsonl', corpusPath, '--workers', '2']);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(parseLines(two.stdout)).toEqual(expected);
  });

  it('should report malformed lines with their line number, go on, and exit 1', async () => {
    const lines = [...corpusLines];
    lines.splice(2, 0, '{"id": "broken", "text": ');
    lines.splice(4, 0, JSON.stringify({ id: 'no-text' }));
    lines.splice(5, 0, JSON.stringify({ text: 'No id here.' }));
    lines.splice(6, 0, '');
    const input = lines.join('\n');
    for (const workers of [[], ['--workers', '2']]) {
      const { code, stdout, stderr } = await runCli(['--jsonl', '-', ...workers], { input });
      expect(code).toBe(1);
      expect(parseLines(stdout)).toEqual(expected);
      expect(stderr.split('\n')).toEqual([
        expect.stringMatching(/^stdin:3: not valid JSON \(.+\)$/),
        'stdin:5: document "no-text": missing "text" (expected a string)',
        'stdin:6: missing "id" (expected a string or a number)',
        `quote-attribution: 3 line(s) skipped, ${expected.length} document(s) written`,
        '',
      ]);
    }
  });

  it('should fail with a clear message when the corpus cannot be read', async () => {
    const missing = join(workDir, 'missing.jsonl');
    const { code, stderr } = await runCli(['--jsonl', missing]);
    expect(code).toBe(1);
    expect(stderr).toBe(`quote-attribution: cannot read ${missing}: no such file\n`);
  });

  it('should write no progress bar when stderr is not a terminal', async () => {
    const { stderr } = await runCli(['--jsonl', corpusPath, '--workers', '2']);
    expect(stderr).toBe('');
  });

  it('should draw a progress bar on stderr when it is a terminal', () => {
    // Hint: util-linux `script` runs the command on a pseudo-terminal; stdout goes to a file so only stderr is on it.
    const outputPath = join(workDir, 'tty-out.jsonl');
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(cliPath)} --jsonl ${JSON.stringify(corpusPath)} > ${JSON.stringify(outputPath)}`;
    const terminal = execFileSync('script', ['--quiet', '--return', '--command', command, '/dev/null'], { encoding: 'utf8' });
    expect(terminal).toMatch(/\[[#-]{24}\] \d+% \d+ docs, \d+ docs\/s/);
    expect(parseLines(readFileSync(outputPath, 'utf8'))).toEqual(expected);
  });
});

describe('quote-attribution --help / --version', () => {
  it('should describe every option', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    for (const flag of ['--json', '--jsonl', '--workers', '--min-confidence', '--kinds', '--help', '--version']) {
      expect(stdout).toContain(flag);
    }
    expect((await runCli(['-h'])).stdout).toBe(stdout);
  });

  it('should print the package version', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect((await runCli(['--version'])).stdout).toBe(`${version}\n`);
    expect((await runCli(['-v'])).stdout).toBe(`${version}\n`);
  });
});
