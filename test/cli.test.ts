import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
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
    expect(lines[0]).toMatch(/^SPEAKER\s+TYPE\s+TITLE\s+QUOTE$/);
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

  it('should return reported speech with --kinds direct,partial,indirect', async () => {
    const { code, stdout } = await runCli(['--json', '--kinds', 'direct,partial,indirect', article.path]);
    expect(code).toBe(0);
    const quotes = JSON.parse(stdout) as { kind: string }[];
    expect(quotes).toEqual(extractQuotes(article.text, { kinds: ['direct', 'partial', 'indirect'] }));
    expect(quotes.some((quote) => quote.kind === 'indirect')).toBe(true);
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

  it('should refuse a binary file with one message', async () => {
    // Hint: the first bytes of an ELF executable, then every byte value.
    const binaryPath = join(workDir, 'program');
    writeFileSync(binaryPath, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...Array.from({ length: 256 }, (_, byte) => byte)]));
    const gzipPath = join(workDir, 'article.txt.gz');
    writeFileSync(gzipPath, gzipSync(article.text));
    for (const path of [binaryPath, gzipPath]) {
      const { code, stdout, stderr } = await runCli([path]);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toMatch(new RegExp(`^quote-attribution: cannot read ${path}: not UTF-8 text \\(a NUL character at character \\d+\\)\n$`));
    }
    const piped = await runCli(['-'], { input: '\0\0\0' });
    expect(piped.code).toBe(1);
    expect(piped.stderr).toBe('quote-attribution: cannot read stdin: not UTF-8 text (a NUL character at character 1)\n');
  });

  it('should refuse text with more than 1% invalid UTF-8, and read it with less', async () => {
    const latin1Path = join(workDir, 'latin1.txt');
    // Hint: Latin-1 bytes for é, è and à are not UTF-8; here they are 3 of every 26 characters.
    writeFileSync(latin1Path, Buffer.from('Le café, la crème, voilà. '.repeat(20), 'latin1'));
    const latin1 = await runCli([latin1Path]);
    expect(latin1.code).toBe(1);
    expect(latin1.stderr).toBe(`quote-attribution: cannot read ${latin1Path}: not UTF-8 text (60 of 520 characters are invalid UTF-8, more than 1%)\n`);
    const strayPath = join(workDir, 'stray-byte.txt');
    writeFileSync(strayPath, Buffer.concat([Buffer.from(article.text), Buffer.from([0xe9])]));
    const stray = await runCli(['--json', strayPath]);
    expect(stray.stderr).toBe('');
    expect(stray.code).toBe(0);
    expect(JSON.parse(stray.stdout)).toEqual(extractQuotes(`${article.text}\uFFFD`));
  });

  it('should cut nothing when stdout is not a terminal and COLUMNS is not set', async () => {
    const longest = articles
      .map((seed) => ({ seed, quotes: extractQuotes(seed.text) }))
      .sort((a, b) => Math.max(...b.quotes.map((q) => q.text.length)) - Math.max(...a.quotes.map((q) => q.text.length)))[0];
    const { seed, quotes } = longest as { seed: Article; quotes: ReturnType<typeof extractQuotes> };
    expect(Math.max(...quotes.map((quote) => quote.text.length))).toBeGreaterThan(100);
    const { code, stdout } = await runCli([seed.path], { env: { COLUMNS: '' } });
    expect(code).toBe(0);
    const rows = stdout.split('\n').slice(2, 2 + quotes.length);
    rows.forEach((row, index) => {
      const quote = quotes[index] as (typeof quotes)[number];
      expect(row.endsWith(`“${quote.text.replace(/\s+/g, ' ').trim()}”`)).toBe(true);
      if (quote.speaker) expect(row.startsWith(quote.speaker.name ?? quote.speaker.mention.text)).toBe(true);
    });
  });

  it('should name an unknown option in its own words', async () => {
    const { code, stdout, stderr } = await runCli(['--bogus', 'a.txt']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`quote-attribution: unknown option "--bogus"\nTry 'quote-attribution --help' for more information.\n`);
  });

  it.each([
    [['-x'], 'unknown option "-x"'],
    [['--jsonl'], '--jsonl needs a value'],
    [['--jsonl', '--workers', '2'], '--jsonl needs a value (for one that starts with "-", write --jsonl=VALUE)'],
    [['--json=yes', 'a.txt'], '--json takes no value, got "yes"'],
    [['--jsonl', 'c.jsonl', '--task-timeout', '5'], '--task-timeout only applies with --workers'],
    [['--jsonl', 'c.jsonl', '--workers', '2', '--task-timeout', 'soon'], '--task-timeout must be a number of seconds (0 for no limit), got "soon"'],
    [['a.txt', 'b.txt'], 'expected one article, got 2'],
    [['--workers', '2', 'a.txt'], '--workers only applies to --jsonl'],
    [['--jsonl', 'c.jsonl', '--workers', '0'], '--workers must be a whole number from 1 to 256'],
    [['--min-confidence', '1.5', 'a.txt'], '--min-confidence must be a number from 0 to 1'],
    [['--kinds', 'reported', 'a.txt'], '--kinds takes "direct", "partial" and "indirect"'],
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

  it('should report malformed lines with their line number and what is wrong, go on, and exit 1', async () => {
    const lines = [...corpusLines];
    lines.splice(2, 0, '{"id": "broken", "text": ');
    lines.splice(4, 0, JSON.stringify({ id: 'no-text' }));
    lines.splice(5, 0, JSON.stringify({ text: 'No id here.' }));
    lines.splice(6, 0, '');
    lines.splice(7, 0, '{"text":42}');
    lines.splice(8, 0, JSON.stringify({ id: 7, text: null }));
    lines.splice(9, 0, JSON.stringify({ id: [1], text: 'x' }));
    lines.splice(10, 0, '"just a string"');
    const input = lines.join('\n');
    const quoteCount = expected.reduce((sum, document) => sum + document.quotes.length, 0);
    for (const workers of [[], ['--workers', '2']]) {
      const { code, stdout, stderr } = await runCli(['--jsonl', '-', ...workers], { input });
      expect(code).toBe(1);
      expect(parseLines(stdout)).toEqual(expected);
      expect(stderr.split('\n')).toEqual([
        expect.stringMatching(/^stdin:3: not valid JSON \(.+\)$/),
        'stdin:5: document "no-text": "text" is missing (expected a string)',
        'stdin:6: "id" is missing (expected a string or a number)',
        'stdin:8: "id" is missing (expected a string or a number); "text" must be a string, got the number 42',
        'stdin:9: document 7: "text" must be a string, got null',
        'stdin:10: "id" must be a string or a number, got an array',
        'stdin:11: expected a JSON object with "id" and "text", got the string "just a string"',
        expect.stringMatching(new RegExp(`^quote-attribution: ${expected.length} documents, ${quoteCount} quotes, 7 errors, \\d+\\.\\d s$`)),
        '',
      ]);
    }
  });

  it('should stop with one message at a line that is not text', async () => {
    const gzipPath = join(workDir, 'corpus.jsonl.gz');
    writeFileSync(gzipPath, gzipSync(`${corpusLines.join('\n')}\n`));
    const gzipped = await runCli(['--jsonl', gzipPath]);
    expect(gzipped.code).toBe(1);
    expect(gzipped.stdout).toBe('');
    expect(gzipped.stderr.split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^${gzipPath}:1: not UTF-8 text \\(a NUL character at character \\d+\\); stopped$`)),
      expect.stringMatching(/^quote-attribution: 0 documents, 0 quotes, 1 error, \d+\.\d s \(stopped early\)$/),
      '',
    ]);
    // Hint: the documents before the binary part are still written, in order, whatever the workers.
    const input = Buffer.concat([Buffer.from(`${corpusLines.slice(0, 3).join('\n')}\n`), gzipSync(article.text), Buffer.from(`\n${corpusLines[3]}\n`)]);
    const firstLines = documents.slice(0, 3).map((document) => ({ id: document.id, quotes: extractQuotes(document.text) }));
    for (const workers of [[], ['--workers', '2']]) {
      const { code, stdout, stderr } = await runCli(['--jsonl', '-', ...workers], { input });
      expect(code).toBe(1);
      expect(parseLines(stdout)).toEqual(firstLines);
      expect(stderr.split('\n')[0]).toMatch(/^stdin:4: not UTF-8 text \(.+\); stopped$/);
      expect(stderr.split('\n')).toHaveLength(3);
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
    const quoteCount = expected.reduce((sum, document) => sum + document.quotes.length, 0);
    // Hint: the bar is left at 100% on its own line, and the summary follows it.
    expect(terminal).toMatch(
      new RegExp(`\\[#{24}\\] 100% ${expected.length} docs, \\d+ docs/s\\r?\\nquote-attribution: ${expected.length} documents, ${quoteCount} quotes, 0 errors, \\d+\\.\\d s\\r?\\n$`),
    );
    expect(parseLines(readFileSync(outputPath, 'utf8'))).toEqual(expected);
  });
});

describe('quote-attribution check <dir>', () => {
  // Invented: a mayor, then a pronoun and a partial quote.
  const story = `"The bridge reopens in May," said Mayor Lena Brask.

She said the repairs were "nearly done."

"The deck is finished," she added.`;
  const right = [
    { text: 'The bridge reopens in May', kind: 'direct', speaker: 'Lena Brask', title: 'Mayor', type: 'person', mention: 'Lena Brask', cue: 'said' },
    { text: 'nearly done.', kind: 'partial', speaker: 'Lena Brask', title: 'Mayor', mention: 'She', cue: 'said' },
    { text: 'The deck is finished', kind: 'direct', speaker: 'Lena Brask', title: 'Mayor', mention: 'she', cue: 'added' },
  ];

  /** A folder of article folders: name → files (objects written as JSON). */
  function writeFolders(folders: Record<string, Record<string, string | object>>): string {
    const dir = mkdtempSync(join(workDir, 'check-'));
    for (const [name, files] of Object.entries(folders)) {
      mkdirSync(join(dir, name));
      for (const [file, content] of Object.entries(files)) {
        writeFileSync(join(dir, name, file), typeof content === 'string' ? content : JSON.stringify(content));
      }
    }
    return dir;
  }

  it('should exit 0 with no line on stdout when every gold matches, using options.json', async () => {
    const dir = writeFolders({
      all: { 'input.txt': story, 'gold.json': right },
      direct: { 'input.txt': story, 'gold.json': [right[0], right[2]], 'options.json': { kinds: ['direct'] } },
      notes: {},
    });
    expect(await runCli(['check', dir])).toEqual({ code: 0, stdout: '', stderr: 'quote-attribution: 2 articles checked, 0 differences\n' });
  });

  it('should print one line per difference and exit 1', async () => {
    const wrong = [{ ...right[0], title: null, type: 'organization' }, right[1], { ...right[2], text: 'The deck is done' }];
    const dir = writeFolders({
      right: { 'input.txt': story, 'gold.json': right },
      wrong: { 'input.txt': story, 'gold.json': wrong },
      lonely: { 'input.txt': story },
      typo: { 'input.txt': story, 'gold.json': '[{"text": ' },
      unknown: { 'input.txt': story, 'gold.json': right, 'options.json': { minConfidance: 1 } },
    });
    const { code, stdout, stderr } = await runCli(['check', dir]);
    expect(code).toBe(1);
    expect(stdout.split('\n')).toEqual([
      `${dir}/lonely: has input.txt but no gold.json`,
      expect.stringMatching(new RegExp(`^${dir}/typo/gold.json: not valid JSON \\(.+\\)$`)),
      expect.stringMatching(new RegExp(`^${dir}/unknown: extractQuotes: unknown option \`minConfidance\``)),
      `${dir}/wrong/gold.json: gold #2 "The deck is done" is not found between quote marks after offset 92`,
      `${dir}/wrong: gold #0 "The bridge reopens in May": title: expected null, got "Mayor"`,
      `${dir}/wrong: gold #0 "The bridge reopens in May": type: expected "organization", got "person"`,
      `${dir}/wrong: gold #2 missing: "The deck is done" [direct] speaker="Lena Brask" title="Mayor" mention="she" cue="added"`,
      `${dir}/wrong: extra output #2: "The deck is finished" [direct] speaker="Lena Brask" title="Mayor" type="person" mention="she" cue="added"`,
      '',
    ]);
    expect(stderr).toBe('quote-attribution: 4 articles checked, 8 differences\n');
  });

  it('should agree with the fixture test on the repository fixtures', async () => {
    expect(await runCli(['check', 'fixtures'])).toMatchObject({ code: 0, stdout: '' });
  });

  it('should refuse a folder without articles, a missing folder and a wrong command line', async () => {
    expect(await runCli(['check', writeFolders({ notes: {} })])).toMatchObject({ code: 1, stderr: expect.stringMatching(/: check: no sub-folder of .+ has both an input.txt and a gold.json\n$/) });
    expect(await runCli(['check', join(workDir, 'nowhere')])).toMatchObject({ code: 1, stderr: `quote-attribution: cannot read ${join(workDir, 'nowhere')}: no such file\n` });
    expect((await runCli(['check'])).code).toBe(2);
    expect(await runCli(['check', '--json', 'fixtures'])).toMatchObject({ code: 2, stderr: expect.stringContaining('check takes a folder and no options, got --json') });
  });
});

describe('quote-attribution --help / --version', () => {
  it('should describe every option', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    for (const flag of ['--json', '--jsonl', '--workers', '--task-timeout', '--min-confidence', '--kinds', '--help', '--version', 'check <dir>']) {
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
