import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { BROWSER_BUNDLE } from '../scripts/browser-bundle.mjs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractQuotes, type ExtractOptions, type Quote } from '../src/index.js';
import { launchChromium } from './support/chromium.js';
import { seedArticles } from './support/seed-articles.js';
import { serveFiles, type StaticServer } from './support/static-server.js';

/** The ESM build users' bundlers pick up; test/global-setup.ts builds it. */
const distEntry = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const articles = seedArticles();

/** Hint: the page, not page.evaluate, imports the library: vitest rewrites `import()` inside test code. */
const pageHtml = `<!doctype html><meta charset="utf-8"><title>quote-attribution</title>
<script type="module">
  import * as library from './quote-attribution.js';
  window.quoteAttribution = library;
</script>`;

type Library = typeof import('../src/index.js');
declare global {
  interface Window {
    quoteAttribution: Library;
  }
}

let server: StaticServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  const bundle = await build({
    ...BROWSER_BUNDLE,
    entryPoints: [distEntry],
  });
  server = await serveFiles({
    '/': { type: 'text/html', body: pageHtml },
    '/quote-attribution.js': { type: 'text/javascript', body: bundle.outputFiles[0]?.contents ?? '' },
  });
  browser = await launchChromium();
  page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(server.url);
  await page.waitForFunction(() => window.quoteAttribution !== undefined);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Run extractQuotes on each text inside the page, from the bundled library. */
function extractInBrowser(texts: readonly string[], options?: ExtractOptions): Promise<Quote[][]> {
  return page.evaluate(
    ({ texts, options }) => texts.map((text) => window.quoteAttribution.extractQuotes(text, options)),
    { texts, options },
  );
}

describe('extractQuotes in Chromium (esbuild bundle of dist/index.js)', () => {
  it.each(articles.map((article) => [article.name, article.text] as const))('should give the Node output on %s', async (_name, text) => {
    expect(await extractInBrowser([text])).toEqual([extractQuotes(text)]);
  });

  it('should apply options the same way as in Node', async () => {
    const options: ExtractOptions = { minConfidence: 0.5, kinds: ['direct'] };
    const texts = articles.map((article) => article.text);
    expect(await extractInBrowser(texts, options)).toEqual(texts.map((text) => extractQuotes(text, options)));
  });

  it('should throw the same TypeError for a non-string', async () => {
    const message = await page.evaluate(() => {
      try {
        window.quoteAttribution.extractQuotes(42 as unknown as string);
        return 'no error';
      } catch (error) {
        return `${(error as Error).name}: ${(error as Error).message}`;
      }
    });
    expect(message).toBe(captureError(() => extractQuotes(42 as unknown as string)));
  });

  it('should raise no page error', () => {
    expect(pageErrors).toEqual([]);
  });
});

function captureError(run: () => unknown): string {
  try {
    run();
    return 'no error';
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
}
