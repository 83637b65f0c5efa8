import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';
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

/** Type-checked, never run: the public types as a TypeScript user sees them. */
const typedConsumer = `import { extractQuotes, type ExtractOptions, type Quote, type Speaker, type Span } from 'quote-attribution';

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
  for (const [name, source] of Object.entries(consumerScripts)) writeFileSync(join(consumerDir, name), source);
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
