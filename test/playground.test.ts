import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractQuotes, type Quote, type Span } from '../src/index.js';
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

    // Every quote is listed once, under the group of its speaker.
    const listed = await page.$$eval('#quotes .speaker-group', (groups) =>
      groups.flatMap((group) =>
        [...group.querySelectorAll('li[data-quote]')].map((item) => ({
          index: Number((item as HTMLElement).dataset['quote']),
          speaker: (group as HTMLElement).dataset['speaker'],
        })),
      ),
    );
    expect(listed.map((entry) => entry.index).sort((a, b) => a - b)).toEqual(quotes.map((_, index) => index));
    for (const entry of listed) expect(entry.speaker).toBe(String(quotes[entry.index]?.speaker?.id ?? 'none'));
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

/**
 * An article written for this test (invented people and places). It has a named speaker quoted
 * three times, once through a pronoun and twice through one shared cue and mention; an unnamed
 * source whose title repeats its mention; and quote texts with a comma, a line break and a
 * straight quote mark, which CSV must quote.
 */
const ownArticle = `Flood barriers along the Wennick River held overnight, officials in Marlow County said on Tuesday.

“The water came within a hand's width of the top, but the wall did its job,” said Odile Farrant, the county's emergency manager. She added that crews would “stay on the levee, in shifts, until Friday.”

“Please do not drive around the barriers,
even if the road looks dry,” a police spokesman said. Two roads near the old mill remained closed.

Tobias Quell, a farmer whose fields sit below the dam, was less sure. “Everyone calls it the "Quell wall" now, and I hope it earns the name,” Quell said.

“We were lucky this time,” Farrant said, “and next time we may not be.”
`;
const ownQuotes = extractQuotes(ownArticle);

/** Parse RFC 4180 CSV (CRLF records, quoted fields with doubled quote marks). */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let at = 0; at < csv.length; at++) {
    const char = csv[at];
    if (quoted) {
      if (char === '"' && csv[at + 1] === '"') {
        field += '"';
        at++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && csv[at + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      at++;
    } else field += char;
  }
  return rows;
}

/** The text and kind of each article mark lit up now. */
function activeMarks(page: Page) {
  return page.$$eval('#article mark.active', (marks) =>
    marks.map((mark) => ({
      text: mark.textContent,
      kind: mark.className.replace('active', '').trim(),
      drawn: getComputedStyle(mark).backgroundColor !== 'rgba(0, 0, 0, 0)',
    })),
  );
}

/** What hovering or focusing `quote` must light up, in text order: the quote, its cue and its mention, each drawn. */
function expectedMarks(quote: Quote) {
  const marks: { span: Span; kind: string }[] = [{ span: quote, kind: 'quote' }];
  if (quote.cue) marks.push({ span: quote.cue, kind: 'cue' });
  if (quote.speaker) marks.push({ span: quote.speaker.mention, kind: 'mention' });
  return marks.sort((a, b) => a.span.start - b.span.start).map(({ span, kind }) => ({ text: span.text, kind, drawn: true }));
}

async function download(page: Page, button: string): Promise<{ name: string; body: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  return { name: file.suggestedFilename(), body: readFileSync(await file.path(), 'utf8') };
}

describe('playground on an article of our own', () => {
  beforeAll(async () => {
    // The article must still give what these tests are about; if the library changes, rewrite it.
    expect(ownQuotes.map((quote) => [quote.speaker?.name ?? null, quote.speaker?.title ?? null, quote.speaker?.mention.text])).toEqual([
      ['Odile Farrant', 'emergency manager', 'Odile Farrant'],
      ['Odile Farrant', 'emergency manager', 'She'],
      [null, 'police spokesman', 'a police spokesman'],
      ['Tobias Quell', 'farmer', 'Quell'],
      ['Odile Farrant', 'emergency manager', 'Farrant'],
      ['Odile Farrant', 'emergency manager', 'Farrant'],
    ]);
    expect(ownQuotes[4]?.cue).toEqual(ownQuotes[5]?.cue);
    expect(new Set(ownQuotes.map((quote) => quote.rule)).size).toBeGreaterThan(1);
    await page.mouse.move(0, 0);
    await page.fill('#input', ownArticle);
    await page.click('#extract');
    await page.waitForSelector('body[data-state="done"]');
  });

  it('should mark the cue and the mention of the quote under the pointer, in the article or in the list', async () => {
    expect(await page.textContent('#article')).toBe(ownArticle);
    expect(await activeMarks(page)).toEqual([]);

    for (const index of [0, 2, 5]) {
      const quote = ownQuotes[index];
      if (!quote) throw new Error(`no quote ${index}`);
      await page.hover(`#quote-${index}`);
      expect(await activeMarks(page)).toEqual(expectedMarks(quote));
      expect(await page.$$eval('#quotes li.active', (items) => items.map((item) => (item as HTMLElement).dataset['quote']))).toEqual([String(index)]);

      await page.hover(`#quotes li[data-quote="${index}"]`);
      expect(await activeMarks(page)).toEqual(expectedMarks(quote));
    }
    // Cues and mentions are not drawn while their quote is not pointed at.
    await page.mouse.move(0, 0);
    expect(await activeMarks(page)).toEqual([]);
    const plain = await page.$$eval('#article mark.cue, #article mark.mention', (marks) =>
      marks.map((mark) => getComputedStyle(mark).backgroundColor),
    );
    expect(new Set(plain)).toEqual(new Set(['rgba(0, 0, 0, 0)']));
  });

  it('should show the same marks for the quote with keyboard focus', async () => {
    await page.mouse.move(0, 0);
    await page.focus('#extract');
    await page.keyboard.press('Tab'); // the example button
    await page.keyboard.press('Tab'); // the reported-speech checkbox
    await page.keyboard.press('Tab'); // the first quote in the article
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('quote-0');
    expect(await activeMarks(page)).toEqual(expectedMarks(ownQuotes[0] as Quote));

    await page.focus('#quotes li[data-quote="2"]');
    expect(await activeMarks(page)).toEqual(expectedMarks(ownQuotes[2] as Quote));
    await page.focus('#extract');
    expect(await activeMarks(page)).toEqual([]);
  });

  it('should list the quotes by speaker, each with its confidence and rule, without doubled titles', async () => {
    const groups = await page.$$eval('#quotes .speaker-group', (elements) =>
      elements.map((group) => ({
        name: group.querySelector('.speaker-name')?.textContent,
        title: group.querySelector('.speaker-title')?.textContent ?? null,
        type: group.querySelector('.speaker-type')?.textContent ?? null,
        count: group.querySelector('.speaker-count')?.textContent,
        quotes: [...group.querySelectorAll('li[data-quote]')].map((item) => ({
          text: item.querySelector('.quote-text')?.textContent,
          confidence: item.querySelector('.confidence')?.textContent,
          rule: item.querySelector('.rule')?.textContent,
        })),
      })),
    );
    const listed = (indices: number[]) =>
      indices.map((index) => {
        const quote = ownQuotes[index] as Quote;
        return { text: quote.text, confidence: quote.confidence.toFixed(2), rule: quote.rule };
      });
    // "a police spokesman" already says "police spokesman", so the title is not repeated.
    expect(groups).toEqual([
      { name: 'Odile Farrant', title: 'emergency manager', type: 'person', count: '4 quotes', quotes: listed([0, 1, 4, 5]) },
      { name: 'a police spokesman', title: null, type: 'person', count: '1 quote', quotes: listed([2]) },
      { name: 'Tobias Quell', title: 'farmer', type: 'person', count: '1 quote', quotes: listed([3]) },
    ]);
  });

  it('should filter by speaker and export only the quotes shown, as JSON and as CSV', async () => {
    const options = await page.$$eval('#speaker-filter label', (labels) => labels.map((label) => label.textContent?.trim()));
    expect(options).toEqual(['Odile Farrant (4)', 'a police spokesman (1)', 'Tobias Quell (1)']);

    await page.getByLabel('Odile Farrant (4)').uncheck();
    const shown = ownQuotes.filter((quote) => quote.speaker?.name !== 'Odile Farrant');
    expect(await page.$$eval('#quotes .speaker-group:not([hidden]) .speaker-name', (names) => names.map((name) => name.textContent))).toEqual([
      'a police spokesman',
      'Tobias Quell',
    ]);
    expect(await page.locator('#article mark.quote[data-filtered]').count()).toBe(4);
    await page.hover('#quote-0');
    expect(await activeMarks(page)).toEqual([]);

    const json = await download(page, '#export-json');
    expect(json.name).toBe('quotes.json');
    expect(JSON.parse(json.body)).toEqual(shown);

    const csv = await download(page, '#export-csv');
    expect(csv.name).toBe('quotes.csv');
    expect(csv.body).toContain('"Everyone calls it the ""Quell wall"" now, and I hope it earns the name,"');
    expect(csv.body).toContain('"Please do not drive around the barriers,\neven if the road looks dry,"');
    expect(parseCsv(csv.body)).toEqual([
      ['start', 'end', 'kind', 'text', 'speaker', 'title', 'mention', 'cue', 'confidence', 'rule'],
      ...shown.map((quote) => [
        String(quote.start),
        String(quote.end),
        quote.kind,
        quote.text,
        quote.speaker?.name ?? '',
        quote.speaker?.title ?? '',
        quote.speaker?.mention.text ?? '',
        quote.cue?.text ?? '',
        String(quote.confidence),
        quote.rule,
      ]),
    ]);

    await page.getByLabel('Odile Farrant (4)').check();
    expect(JSON.parse((await download(page, '#export-json')).body)).toEqual(ownQuotes);
    expect(pageErrors).toEqual([]);
  });
});
