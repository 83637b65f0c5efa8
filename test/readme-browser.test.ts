/**
 * The README's browser snippet, run as written: bundled with esbuild at the
 * ES2020 target the README names (a top-level await, say, fails that build),
 * with `quote-attribution` resolved to the built `dist/index.js`, then run in
 * headless Chromium on a page holding a seed article. What it logs must be what
 * Node's `extractQuotes` returns for the article's `innerText`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_BUNDLE } from '../scripts/browser-bundle.mjs';
import { extractQuotes } from '../src/index.js';
import { launchChromium } from './support/chromium.js';
import { seedArticles } from './support/seed-articles.js';
import { serveFiles, type StaticServer } from './support/static-server.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const distEntry = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const article = seedArticles()[0]!;

/** The first `js` block of the README's "Browser" section. */
function browserSnippet(): string {
  const section = /^## Browser\n([\s\S]*?)^## /m.exec(readme)?.[1];
  const snippet = section === undefined ? undefined : /```js\n([\s\S]*?)```/.exec(section)?.[1];
  if (snippet === undefined) throw new Error('README.md has no ```js block under "## Browser"');
  return snippet;
}

/** Bundle `code` the way the README's size figures do (ES2020, ESM, browser), the library from dist/. */
async function bundle(code: string): Promise<string> {
  const result = await build({
    ...BROWSER_BUNDLE,
    stdin: { contents: code, loader: 'js', resolveDir: fileURLToPath(new URL('.', import.meta.url)) },
    alias: { 'quote-attribution': distEntry },
  });
  return result.outputFiles[0]?.text ?? '';
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

let server: StaticServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("README's browser snippet", () => {
  it('should bundle at ES2020 (the check would catch a top-level await)', async () => {
    await expect(bundle("const { extractQuotes } = await import('quote-attribution');\nextractQuotes('');\n")).rejects.toThrow(/await/i);
    expect(await bundle(browserSnippet())).toContain('extractQuotes');
  });

  it('should log, in Chromium, the quotes Node finds in the article', async () => {
    const page = `<!doctype html><meta charset="utf-8"><title>snippet</title>
<article style="white-space: pre-wrap">${escapeHtml(article.text)}</article>
<script type="module" src="./snippet.js"></script>`;
    server = await serveFiles({
      '/': { type: 'text/html', body: page },
      '/snippet.js': { type: 'text/javascript', body: await bundle(browserSnippet()) },
    });
    const tab = await browser!.newPage();
    const logged: string[] = [];
    const errors: string[] = [];
    tab.on('console', (message) => {
      if (message.type() === 'log') logged.push(message.text());
    });
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.goto(server.url);
    const text = await tab.evaluate(() => document.querySelector('article')!.innerText);
    const expected = extractQuotes(text).map((quote) => `${quote.speaker?.name ?? 'unknown'}: ${quote.text}`);
    expect(expected.length, 'the seed article has quotes').toBeGreaterThan(0);
    const deadline = Date.now() + 20_000;
    while (logged.length < expected.length && errors.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(errors).toEqual([]);
    expect(logged).toEqual(expected);
    await tab.close();
  }, 60_000);
});
