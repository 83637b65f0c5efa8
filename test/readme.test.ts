import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';

// The README shows a call and says its output is real: keep it so.
const readmeUrl = new URL('../README.md', import.meta.url);
const readme = readFileSync(readmeUrl, 'utf8');
/** The README without its code blocks, where `#0` or a hex string can be output rather than a reference. */
const prose = readme.replace(/```[\s\S]*?```/g, '');

/** GitHub's anchor for a heading. */
function anchor(heading: string): string {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
}

describe('README', () => {
  it('should show the real output of its first example', () => {
    const article = /const article = `([^`]*)`;/.exec(readme)?.[1];
    const shown = /Full output of that call[^\n]*\n\n```json\n([\s\S]*?)\n```/.exec(readme)?.[1];
    expect(article, 'the example article').toBeDefined();
    expect(shown, 'the JSON block after the example').toBeDefined();
    expect(extractQuotes(article!)).toEqual(JSON.parse(shown!));
  });

  it('should stay within 20 kB, for users: no issue numbers or commit hashes', () => {
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(20_000);
    expect(prose.match(/(?<![\w&])#\d+\b/g) ?? []).toEqual([]);
    expect(prose.match(/\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}\b/g) ?? []).toEqual([]);
  });

  it('should link only to files and headings that exist', () => {
    const headings = new Set([...prose.matchAll(/^#+ (.*)$/gm)].map((match) => anchor(match[1]!)));
    const broken: string[] = [];
    for (const [, target] of prose.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/.test(target!)) continue;
      const [path, hash] = target!.split('#');
      if (path) {
        if (!existsSync(fileURLToPath(new URL(`../${path}`, import.meta.url)))) broken.push(target!);
      } else if (!headings.has(hash!)) broken.push(target!);
    }
    expect(broken).toEqual([]);
  });
});
