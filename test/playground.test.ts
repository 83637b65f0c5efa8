import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';
import { launchChromium } from './support/chromium.js';
import { seedArticles } from './support/seed-articles.js';

const playgroundScript = fileURLToPath(new URL('../scripts/playground.mjs', import.meta.url));
const screenshotPath = fileURLToPath(new URL('../docs/playground.png', import.meta.url));
const exampleArticlePath = fileURLToPath(new URL('../fixtures/seed-bush-nato-iraq/input.txt', import.meta.url));
const article = seedArticles().find((seed) => seed.path === exampleArticlePath) ?? seedArticles()[0];

let server: ChildProcessWithoutNullStreams;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

/** Start `npm run playground`'s script on a free port; resolve with the URL it prints. */
function startPlayground(): Promise<string> {
  server = spawn(process.execPath, [playgroundScript, '--port', '0']);
  return new Promise((resolve, reject) => {
    let output = '';
    server.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(output)?.[0];
      if (url) resolve(url);
    });
    server.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    server.on('exit', (code) => reject(new Error(`playground exited with ${code}: ${output}`)));
  });
}

beforeAll(async () => {
  const url = await startPlayground();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(url);
  await page.waitForSelector('body[data-state="ready"]');
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.kill();
});

describe('playground', () => {
  it('should highlight every quote of a pasted article in its speaker colour, with names beside', async () => {
    if (!article) throw new Error('no seed article');
    const quotes = extractQuotes(article.text);
    await page.fill('#input', article.text);
    await page.click('#extract');
    await page.waitForSelector('body[data-state="done"]');

    const marks = await page.$$eval('#article mark.quote', (elements) =>
      elements.map((element) => ({
        text: element.textContent,
        speakerId: (element as HTMLElement).dataset['speakerId'],
        colour: getComputedStyle(element).borderBottomColor,
      })),
    );
    expect(marks.map((mark) => mark.text)).toEqual(quotes.map((quote) => quote.text));
    expect(await page.textContent('#article')).toBe(article.text);

    // One colour per speaker id: equal ids share a colour, different ids do not.
    const colourBySpeaker = new Map(marks.map((mark) => [mark.speakerId, mark.colour]));
    for (const mark of marks) expect(mark.colour).toBe(colourBySpeaker.get(mark.speakerId));
    expect(new Set(colourBySpeaker.values()).size).toBe(colourBySpeaker.size);

    const listed = await page.$$eval('#quotes li[data-quote]', (items) =>
      items.map((item) => ({
        name: item.querySelector('.speaker-name')?.textContent,
        title: item.querySelector('.speaker-title')?.textContent ?? null,
      })),
    );
    expect(listed).toEqual(
      quotes.map((quote) => ({
        name: quote.speaker ? (quote.speaker.name ?? quote.speaker.mention.text) : 'unknown speaker',
        title: quote.speaker?.title ? `, ${quote.speaker.title}` : null,
      })),
    );
    expect(pageErrors).toEqual([]);

    // Hint: the committed screenshot is refreshed on purpose only, like the golden fixtures.
    if (process.env['UPDATE_SCREENSHOTS']) {
      mkdirSync(fileURLToPath(new URL('../docs', import.meta.url)), { recursive: true });
      await page.$eval('#input', (textarea) => textarea.scrollTo(0, 0));
      await page.screenshot({ path: screenshotPath, fullPage: true });
    }
  });

  it('should load and run the bundled example article', async () => {
    await page.fill('#input', '');
    await page.click('#example');
    await page.waitForSelector('body[data-state="done"]');
    const text = await page.inputValue('#input');
    expect(text).toBe(readFileSync(exampleArticlePath, 'utf8'));
    expect(await page.locator('#article mark.quote').count()).toBe(extractQuotes(text).length);
  });
});
