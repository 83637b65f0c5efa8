import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';

// The README shows a call and says its output is real: keep it so.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('should show the real output of its first example', () => {
    const article = /const article = `([^`]*)`;/.exec(readme)?.[1];
    const shown = /Full output of that call[^\n]*\n\n```json\n([\s\S]*?)\n```/.exec(readme)?.[1];
    expect(article, 'the example article').toBeDefined();
    expect(shown, 'the JSON block after the example').toBeDefined();
    expect(extractQuotes(article!)).toEqual(JSON.parse(shown!));
  });
});
