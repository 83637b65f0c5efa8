import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';
import { checkGold, type GoldQuote } from '../src/testing/index.js';
import { seedArticles, type Article } from './support/seed-articles.js';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const tscPath = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const article = seedArticles()[0] as Article;

/** A consumer script per module system: print extractQuotes(file) as JSON. */
const consumerScripts = {
  'esm.mjs': `import { readFileSync } from 'node:fs';
import { extractQuotes } from 'quote-attribution';
process.stdout.write(JSON.stringify(extractQuotes(readFileSync(process.argv[2], 'utf8'))));
`,
  'cjs.cjs': `const { readFileSync } = require('node:fs');
const { extractQuotes } = require('quote-attribution');
process.stdout.write(JSON.stringify(extractQuotes(readFileSync(process.argv[2], 'utf8'))));
`,
};

/** A consumer script per module system: print checkGold(article, gold.json) as JSON. */
const testingScripts = {
  'testing-esm.mjs': `import { readFileSync } from 'node:fs';
import { checkGold } from 'quote-attribution/testing';
const [article, gold] = process.argv.slice(2).map((path) => readFileSync(path, 'utf8'));
process.stdout.write(JSON.stringify(checkGold(article, JSON.parse(gold))));
`,
  'testing-cjs.cjs': `const { readFileSync } = require('node:fs');
const { checkGold } = require('quote-attribution/testing');
const [article, gold] = process.argv.slice(2).map((path) => readFileSync(path, 'utf8'));
process.stdout.write(JSON.stringify(checkGold(article, JSON.parse(gold))));
`,
};

// Invented, with one gold that is right and one with a wrong title and type.
const checkedArticle = `"The ferry runs again on Monday," said Port Director Ines Corrigan.`;
const rightGold: GoldQuote[] = [
  { text: 'The ferry runs again on Monday', kind: 'direct', speaker: 'Ines Corrigan', title: 'Port Director', type: 'person', mention: 'Ines Corrigan', cue: 'said' },
];
const wrongGold: GoldQuote[] = [{ ...(rightGold[0] as GoldQuote), title: null, type: 'organization' }];

/** Type-checked, never run: the public types as a TypeScript user sees them. */
const typedConsumer = `import { extractQuotes, type ExtractOptions, type Quote, type Speaker, type Span } from 'quote-attribution';
import { checkGold, type GoldCheck, type GoldDifference, type GoldQuote } from 'quote-attribution/testing';

const options: ExtractOptions = { minConfidence: 0.5, kinds: ['direct'] };
const quotes: Quote[] = extractQuotes('She said, "Yes."', options);
const speaker: Speaker | null = quotes[0]?.speaker ?? null;
const mention: Span | undefined = speaker?.mention;
export const summary: string = \`\${quotes.length} \${speaker?.name ?? ''} \${mention?.start ?? -1}\`;
// @ts-expect-error a number is not an article
extractQuotes(42);
// @ts-expect-error "reported" is not a quote kind
extractQuotes('', { kinds: ['reported'] });
export const reported: Quote['kind'] = 'indirect';

const gold: GoldQuote[] = [{ text: 'Yes.', kind: 'direct', speaker: 'Ann Lee', title: null, type: 'person', mention: 'She', cue: 'said' }];
const check: GoldCheck = checkGold('Ann Lee smiled. She said, "Yes."', gold, options);
const firstQuote: Quote | undefined = check.quotes[0];
const fields: string[] = check.differences.map((difference: GoldDifference) => (difference.problem === 'field' ? difference.field : difference.message));
export const report = [check.fieldRight.type, firstQuote, fields] as const;
// @ts-expect-error "people" is not a speaker type
checkGold('', [{ ...gold[0]!, type: 'people' }]);
`;

/**
 * A tarball to test instead of packing this working tree: .ci/run sets it to
 * one packed from a fresh clone, where nothing was built before `npm pack`.
 */
const givenTarball = process.env['QUOTE_ATTRIBUTION_TARBALL'];

let workDir: string;
let consumerDir: string;

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'quote-attribution-pack-'));
  let tarball = givenTarball;
  if (tarball !== undefined && !existsSync(tarball)) throw new Error(`QUOTE_ATTRIBUTION_TARBALL: ${tarball} does not exist`);
  if (tarball === undefined) {
    // --ignore-scripts: `prepare` would rebuild dist/, cleaning it under the
    // test files that run the bin and bundle meanwhile; test/global-setup.ts
    // has just built it.
    const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', workDir], { cwd: repoRoot });
    const [{ filename }] = JSON.parse(stdout) as [{ filename: string }];
    tarball = join(workDir, filename);
  }
  consumerDir = join(workDir, 'consumer');
  mkdirSync(consumerDir);
  writeFileSync(join(consumerDir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  // --prefer-offline: wink-nlp and its model come from the npm cache that
  // installed this repository when it can serve them; --offline failed with
  // ENOTCACHED once the install in .ci/run's git clone had cached their
  // metadata only in the abbreviated form, which this install does not accept.
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], { cwd: consumerDir });
  for (const [name, source] of Object.entries({ ...consumerScripts, ...testingScripts })) writeFileSync(join(consumerDir, name), source);
  writeFileSync(join(consumerDir, 'article.txt'), checkedArticle);
  writeFileSync(join(consumerDir, 'wrong.json'), JSON.stringify(wrongGold));
  for (const [name, gold] of Object.entries({ right: rightGold, wrong: wrongGold })) {
    mkdirSync(join(consumerDir, 'articles', name), { recursive: true });
    writeFileSync(join(consumerDir, 'articles', name, 'input.txt'), checkedArticle);
    writeFileSync(join(consumerDir, 'articles', name, 'gold.json'), JSON.stringify(gold));
  }
}, 120_000);

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe(`the packed tarball${givenTarball === undefined ? '' : ` ${givenTarball}`}, installed in an empty project`, () => {
  it('should carry the licence', () => {
    expect(existsSync(join(consumerDir, 'node_modules', 'quote-attribution', 'LICENSE'))).toBe(true);
  });

  it.each(Object.keys(consumerScripts))('should give the src output through %s', async (script) => {
    const { stdout } = await run(process.execPath, [script, article.path], { cwd: consumerDir });
    expect(JSON.parse(stdout)).toEqual(extractQuotes(article.text));
  });

  it('should install the quote-attribution bin', async () => {
    const bin = join(consumerDir, 'node_modules', '.bin', 'quote-attribution');
    const { stdout } = await run(bin, ['--json', article.path], { cwd: consumerDir });
    expect(JSON.parse(stdout)).toEqual(extractQuotes(article.text));
  });

  it.each(Object.keys(testingScripts))('should give the src comparison through quote-attribution/testing in %s', async (script) => {
    const { stdout } = await run(process.execPath, [script, 'article.txt', 'wrong.json'], { cwd: consumerDir });
    const result = JSON.parse(stdout) as ReturnType<typeof checkGold>;
    expect(result).toEqual(JSON.parse(JSON.stringify(checkGold(checkedArticle, wrongGold))));
    expect(result.differences.map((difference) => difference.message)).toEqual([
      'gold #0 "The ferry runs again on Monday": title: expected null, got "Port Director"',
      'gold #0 "The ferry runs again on Monday": type: expected "organization", got "person"',
    ]);
  });

  it('should check a folder of articles with the bin: one line per difference, exit 1', async () => {
    const bin = join(consumerDir, 'node_modules', '.bin', 'quote-attribution');
    const failure = await run(bin, ['check', 'articles'], { cwd: consumerDir }).then(
      () => undefined,
      (error: { code?: number; stdout?: string; stderr?: string }) => error,
    );
    expect(failure).toMatchObject({
      code: 1,
      stdout: [
        'articles/wrong: gold #0 "The ferry runs again on Monday": title: expected null, got "Port Director"',
        'articles/wrong: gold #0 "The ferry runs again on Monday": type: expected "organization", got "person"',
        '',
      ].join('\n'),
      stderr: 'quote-attribution: 2 articles checked, 2 differences\n',
    });
    rmSync(join(consumerDir, 'articles', 'wrong'), { recursive: true });
    expect(await run(bin, ['check', 'articles'], { cwd: consumerDir })).toEqual({ stdout: '', stderr: 'quote-attribution: 1 article checked, 0 differences\n' });
  });

  it('should type-check for a TypeScript user, ESM (.ts) and CJS (.cts), module nodenext', async () => {
    writeFileSync(join(consumerDir, 'esm.ts'), typedConsumer);
    writeFileSync(join(consumerDir, 'cjs.cts'), typedConsumer);
    writeFileSync(
      join(consumerDir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', strict: true, noEmit: true, types: [] },
        files: ['esm.ts', 'cjs.cts'],
      }),
    );
    const result = await run(process.execPath, [tscPath, '-p', consumerDir]).then(
      () => 'ok',
      (error: { stdout?: string }) => error.stdout ?? String(error),
    );
    expect(result).toBe('ok');
  }, 60_000);
});
